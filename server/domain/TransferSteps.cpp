#include "server/domain/TransferSteps.h"

#include "server/store/AccessLogRepository.h"

#include <QJsonDocument>
#include <QUuid>

namespace rathaus::server {

namespace {

// What marking a copy for deletion rests on (logged as an `update`).
const QString kErasureLegalBasis = QStringLiteral("Art. 7 Abs. 3, Art. 17 Abs. 1 lit. b DSGVO");
const QString kSystemActor = QStringLiteral("system");

} // namespace

QDateTime millisecondsOf(const QDateTime &time)
{
    // The access log's (and so the hash's) precision.
    return QDateTime::fromMSecsSinceEpoch(time.toMSecsSinceEpoch(), Qt::UTC);
}

AccessLogEntry logEntry(const StoredTransfer &t, const QString &recordId, const QString &category,
                        AccessAction action, const QString &officeId, const QDateTime &at)
{
    AccessLogEntry entry;
    entry.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    entry.at = at;
    entry.recordId = recordId;
    entry.category = category;
    entry.action = action;
    entry.officeId = officeId;
    entry.actor = kSystemActor;
    entry.purpose = t.purpose;
    entry.legalBasis = t.legalBasis;
    entry.consentId = t.id;
    entry.applicationId = t.applicationId;
    return entry;
}

bool changeStatus(TransferRepository &repository, StoredTransfer &t, TransferStatus to, Actor actor,
                  qint64 now, const QString &note)
{
    const TransferStatus from = t.status;
    const int version = t.version;
    t.status = to;
    t.updatedAt = now;
    if (from != to) {
        if (to == TransferStatus::Approved || to == TransferStatus::Declined ||
            to == TransferStatus::Expired)
            t.decidedAt = now;
        if (to == TransferStatus::Delivered)
            t.deliveredAt = now;
        if (to == TransferStatus::Withdrawn)
            t.withdrawnAt = now;
    }
    if (!repository.update(t, version))
        return false;
    t.version = version + 1;
    StoredTransferHistoryEntry entry;
    entry.seq = t.version;
    entry.at = now;
    entry.from = from;
    entry.to = to;
    entry.actor = actor;
    entry.note = note;
    repository.appendHistory(t, entry);
    return true;
}

bool deliver(const QSqlDatabase &db, Dialect dialect, StoredTransfer &t,
             const QList<StoredRecord> &records, const QDateTime &now)
{
    TransferRepository repository(db);
    const qint64 seconds = now.toSecsSinceEpoch();
    QList<AccessLogEntry> entries;
    for (const StoredRecord &record : records) {
        StoredTransferCopy copy;
        copy.transferId = t.id;
        copy.recordId = record.id;
        copy.citizenId = t.citizenId;
        copy.officeId = t.toOfficeId;
        copy.sourceOfficeId = record.officeId;
        copy.category = record.category;
        copy.title = QString::fromUtf8(
            QJsonDocument(record.title.toJson().toObject()).toJson(QJsonDocument::Compact));
        copy.fields =
            QString::fromUtf8(QJsonDocument(record.fields).toJson(QJsonDocument::Compact));
        copy.legalBasis = record.legalBasis;
        copy.recordUpdatedAt = record.updatedAt;
        copy.copiedAt = seconds;
        repository.insertCopy(copy);
        entries.append(logEntry(t, record.id, record.category, AccessAction::TransferOut,
                                t.fromOfficeId, millisecondsOf(now)));
        entries.append(logEntry(t, record.id, record.category, AccessAction::TransferIn,
                                t.toOfficeId, millisecondsOf(now)));
    }
    AccessLogRepository(db, dialect).append(t.citizenId, entries);
    return changeStatus(repository, t, TransferStatus::Delivered, Actor::System, seconds,
                        QStringLiteral("%1 record(s) copied").arg(records.size()));
}

void markCopies(const QSqlDatabase &db, Dialect dialect, StoredTransfer &t, const QDateTime &now,
                const QString &purpose)
{
    TransferRepository repository(db);
    const QList<StoredTransferCopy> marked =
        repository.markCopiesForDeletion(t.id, now.toSecsSinceEpoch());
    QList<AccessLogEntry> entries;
    for (const StoredTransferCopy &copy : marked) {
        AccessLogEntry entry = logEntry(t, copy.recordId, copy.category, AccessAction::Update,
                                        copy.officeId, millisecondsOf(now));
        entry.purpose = purpose;
        entry.legalBasis = kErasureLegalBasis;
        entries.append(entry);
    }
    AccessLogRepository(db, dialect).append(t.citizenId, entries);
    t.copiesMarkedAt = now.toSecsSinceEpoch();
}

} // namespace rathaus::server
