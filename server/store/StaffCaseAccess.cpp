#include "server/store/StaffCaseAccess.h"

#include "common/core/Clock.h"
#include "server/store/AccessLogRepository.h"
#include "server/store/Database.h"
#include "server/store/Sql.h"
#include "server/store/StaffPseudonymRepository.h"
#include "server/store/Transaction.h"

#include <QUuid>

namespace rathaus::server {

std::optional<StaffCaseRead> StaffCaseAccess::readCase(const QString &applicationId,
                                                       const StaffAccess &access)
{
    const QSqlDatabase db = m_database.connection();
    Transaction transaction(db, m_database.dialect());
    ApplicationRepository applications(db, m_database.dialect());
    const auto row = applications.findById(applicationId);
    if (!row || access.officeId.isEmpty() || row->officeId != access.officeId)
        return std::nullopt; // rolled back: nothing was read

    StaffCaseRead read;
    read.application = *row;
    read.citizenName = sql::scalar(db, QStringLiteral("SELECT display_name FROM users WHERE id = ?"),
                                   { row->citizenId })
                           .value_or(QVariant())
                           .toString();
    if (!row->assignee.isEmpty())
        read.assigneeName =
            sql::scalar(db, QStringLiteral("SELECT display_name FROM users WHERE id = ?"),
                        { row->assignee })
                .value_or(QVariant())
                .toString();
    read.history = applications.history(row->id);
    read.notes = CaseRepository(db).notes(row->id);
    read.documents = DocumentRepository(db).forApplication(row->id, /*citizenView=*/false);
    const QString legalBasis =
        sql::scalar(db, QStringLiteral("SELECT legal_basis FROM services WHERE id = ?"),
                    { row->serviceId })
            .value_or(QVariant())
            .toString();

    const QDateTime now = m_clock.now();
    AccessLogEntry entry;
    entry.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    // Milliseconds: the wire's (and so the hash's) precision.
    entry.at = QDateTime::fromMSecsSinceEpoch(now.toMSecsSinceEpoch(), Qt::UTC);
    entry.category = QStringLiteral("application");
    entry.action = AccessAction::Read;
    entry.officeId = access.officeId;
    entry.actor = StaffPseudonymRepository(db).pseudonymFor(access.userId, now.toSecsSinceEpoch());
    entry.purpose = access.purpose.isEmpty()
        ? QStringLiteral("Bearbeitung des Antrags %1").arg(row->reference)
        : access.purpose;
    entry.legalBasis = access.legalBasis.isEmpty() ? legalBasis : access.legalBasis;
    entry.applicationId = row->id;
    AccessLogRepository(db, m_database.dialect()).append(row->citizenId, { entry });
    transaction.commit();
    return read;
}

} // namespace rathaus::server
