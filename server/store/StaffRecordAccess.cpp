#include "server/store/StaffRecordAccess.h"

#include "common/core/Clock.h"
#include "server/store/AccessLogRepository.h"
#include "server/store/Database.h"
#include "server/store/Sql.h"
#include "server/store/StaffPseudonymRepository.h"
#include "server/store/Transaction.h"

#include <QUuid>

namespace rathaus::server {

QList<StoredRecord> StaffRecordAccess::readRecords(const QString &citizenId,
                                                   const StaffAccess &access)
{
    const QSqlDatabase db = m_database.connection();
    Transaction transaction(db, m_database.dialect());
    QList<StoredRecord> records;
    {
        QSqlQuery query =
            sql::exec(db,
                      QStringLiteral("SELECT %1 FROM records WHERE citizen_id = ? AND office_id = ?"
                                     " ORDER BY id")
                          .arg(RecordRepository::columns()),
                      { citizenId, access.officeId });
        while (query.next())
            records.append(RecordRepository::fromRow(query, citizenId));
    }
    if (!records.isEmpty()) {
        const QDateTime now = m_clock.now();
        // Milliseconds: the wire's (and so the hash's) precision.
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(now.toMSecsSinceEpoch(), Qt::UTC);
        const QString actor =
            StaffPseudonymRepository(db).pseudonymFor(access.userId, now.toSecsSinceEpoch());
        QList<AccessLogEntry> entries;
        for (const StoredRecord &record : std::as_const(records)) {
            AccessLogEntry entry;
            entry.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            entry.at = at;
            entry.recordId = record.id;
            entry.category = record.category;
            entry.action = AccessAction::Read;
            entry.officeId = access.officeId;
            entry.actor = actor;
            entry.purpose = access.purpose;
            entry.legalBasis = access.legalBasis.isEmpty() ? record.legalBasis : access.legalBasis;
            entry.applicationId = access.applicationId;
            entries.append(entry);
        }
        AccessLogRepository(db, m_database.dialect()).append(citizenId, entries);
    }
    transaction.commit();
    return records;
}

} // namespace rathaus::server
