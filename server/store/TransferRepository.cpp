#include "server/store/TransferRepository.h"

#include "server/store/DatabaseError.h"
#include "server/store/Sql.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace rathaus::server {

namespace {

const QString kColumns = QStringLiteral(
    "id, citizen_id, from_office_id, to_office_id, categories, record_ids, approved_record_ids,"
    " purpose, legal_basis, application_id, requested_by, status, expires_at, consent_expires_at,"
    " created_at, updated_at, decided_at, delivered_at, withdrawn_at, copies_marked_at, version");

const QString kCopyColumns = QStringLiteral(
    "transfer_id, record_id, citizen_id, office_id, source_office_id, category, title, fields,"
    " legal_basis, record_updated_at, copied_at, marked_for_deletion_at");

// "requested" sorts first in a pending-first list.
const QString kPendingExpression =
    QStringLiteral("(CASE WHEN status = 'requested' THEN 1 ELSE 0 END)");

QString toJsonText(const QStringList &strings)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(strings)).toJson(QJsonDocument::Compact));
}

QStringList fromJsonText(const QVariant &value)
{
    QStringList strings;
    if (value.isNull())
        return strings;
    const QJsonArray array = QJsonDocument::fromJson(value.toString().toUtf8()).array();
    for (const QJsonValue &item : array)
        strings.append(item.toString());
    return strings;
}

TransferStatus statusFromColumn(const QVariant &value)
{
    const auto status = transferStatusFromWire(value.toString());
    if (!status)
        throw DatabaseError(QStringLiteral("unknown transfer status in the database"));
    return *status;
}

StoredTransferCopy copyFromRow(const QSqlQuery &query)
{
    StoredTransferCopy copy;
    copy.transferId = query.value(0).toString();
    copy.recordId = query.value(1).toString();
    copy.citizenId = query.value(2).toString();
    copy.officeId = query.value(3).toString();
    copy.sourceOfficeId = query.value(4).toString();
    copy.category = query.value(5).toString();
    copy.title = query.value(6).toString();
    copy.fields = query.value(7).toString();
    copy.legalBasis = query.value(8).toString();
    copy.recordUpdatedAt = query.value(9).toLongLong();
    copy.copiedAt = query.value(10).toLongLong();
    copy.markedForDeletionAt = sql::optionalInt(query.value(11));
    return copy;
}

} // namespace

QString TransferRepository::columns()
{
    return kColumns;
}

StoredTransfer TransferRepository::fromRow(const QSqlQuery &query)
{
    StoredTransfer t;
    t.id = query.value(0).toString();
    t.citizenId = query.value(1).toString();
    t.fromOfficeId = query.value(2).toString();
    t.toOfficeId = query.value(3).toString();
    t.categories = fromJsonText(query.value(4));
    t.recordIds = fromJsonText(query.value(5));
    t.approvedRecordIds = fromJsonText(query.value(6));
    t.purpose = query.value(7).toString();
    t.legalBasis = query.value(8).toString();
    t.applicationId = query.value(9).toString();
    t.requestedBy = query.value(10).toString();
    t.status = statusFromColumn(query.value(11));
    t.expiresAt = sql::optionalInt(query.value(12));
    t.consentExpiresAt = sql::optionalInt(query.value(13));
    t.createdAt = query.value(14).toLongLong();
    t.updatedAt = query.value(15).toLongLong();
    t.decidedAt = sql::optionalInt(query.value(16));
    t.deliveredAt = sql::optionalInt(query.value(17));
    t.withdrawnAt = sql::optionalInt(query.value(18));
    t.copiesMarkedAt = sql::optionalInt(query.value(19));
    t.version = query.value(20).toInt();
    return t;
}

void TransferRepository::insert(const StoredTransfer &t)
{
    sql::exec(m_db,
              QStringLiteral("INSERT INTO transfers (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                             " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                  .arg(kColumns),
              { t.id,
                t.citizenId,
                t.fromOfficeId,
                t.toOfficeId,
                toJsonText(t.categories),
                toJsonText(t.recordIds),
                t.approvedRecordIds.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                              : QVariant(toJsonText(t.approvedRecordIds)),
                t.purpose,
                sql::text(t.legalBasis),
                sql::nullableText(t.applicationId),
                t.requestedBy,
                transferStatusToWire(t.status),
                sql::nullable(t.expiresAt),
                sql::nullable(t.consentExpiresAt),
                t.createdAt,
                t.updatedAt,
                sql::nullable(t.decidedAt),
                sql::nullable(t.deliveredAt),
                sql::nullable(t.withdrawnAt),
                sql::nullable(t.copiesMarkedAt),
                t.version });
}

bool TransferRepository::update(const StoredTransfer &t, int expectedVersion)
{
    return sql::execAffected(
               m_db,
               QStringLiteral("UPDATE transfers SET status = ?, approved_record_ids = ?,"
                              " consent_expires_at = ?, updated_at = ?, decided_at = ?,"
                              " delivered_at = ?, withdrawn_at = ?, copies_marked_at = ?,"
                              " version = ? WHERE id = ? AND version = ?"),
               { transferStatusToWire(t.status),
                 t.approvedRecordIds.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                               : QVariant(toJsonText(t.approvedRecordIds)),
                 sql::nullable(t.consentExpiresAt), t.updatedAt, sql::nullable(t.decidedAt),
                 sql::nullable(t.deliveredAt), sql::nullable(t.withdrawnAt),
                 sql::nullable(t.copiesMarkedAt), expectedVersion + 1, t.id, expectedVersion }) ==
        1;
}

void TransferRepository::appendHistory(const StoredTransfer &t, const StoredTransferHistoryEntry &e)
{
    sql::exec(
        m_db,
        QStringLiteral("INSERT INTO transfer_history (citizen_id, transfer_id, seq, at,"
                       " from_status, to_status, actor, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        { t.citizenId, t.id, e.seq, e.at,
          sql::nullableText(e.from ? transferStatusToWire(*e.from) : QString()),
          transferStatusToWire(e.to), actorToWire(e.actor), sql::text(e.note) });
}

std::optional<StoredTransfer> TransferRepository::find(const QString &id) const
{
    QSqlQuery query = sql::exec(
        m_db, QStringLiteral("SELECT %1 FROM transfers WHERE id = ?").arg(kColumns), { id });
    if (!query.next())
        return std::nullopt;
    return fromRow(query);
}

QList<StoredTransferHistoryEntry> TransferRepository::history(const QString &transferId) const
{
    QList<StoredTransferHistoryEntry> result;
    QSqlQuery query = sql::exec(m_db,
                                QStringLiteral("SELECT seq, at, from_status, to_status, actor, note"
                                               " FROM transfer_history WHERE transfer_id = ?"
                                               " ORDER BY seq"),
                                { transferId });
    while (query.next()) {
        StoredTransferHistoryEntry entry;
        entry.seq = query.value(0).toInt();
        entry.at = query.value(1).toLongLong();
        if (!query.value(2).isNull())
            entry.from = statusFromColumn(query.value(2));
        entry.to = statusFromColumn(query.value(3));
        entry.actor = actorFromWire(query.value(4).toString()).value_or(Actor::System);
        entry.note = query.value(5).toString();
        result.append(entry);
    }
    return result;
}

QList<StoredTransfer> TransferRepository::page(const TransferListFilter &filter) const
{
    QString statement = QStringLiteral("SELECT %1 FROM transfers WHERE ").arg(kColumns);
    QVariantList values;
    if (!filter.citizenId.isEmpty()) {
        statement += QStringLiteral("citizen_id = ?");
        values.append(filter.citizenId);
    } else {
        statement += QStringLiteral("(from_office_id = ? OR to_office_id = ?)");
        values << filter.officeId << filter.officeId;
    }
    if (filter.status) {
        statement += QStringLiteral(" AND status = ?");
        values.append(transferStatusToWire(*filter.status));
    }
    if (!filter.applicationId.isEmpty()) {
        statement += QStringLiteral(" AND application_id = ?");
        values.append(filter.applicationId);
    }
    if (filter.after) {
        const QString newer = QStringLiteral("(created_at < ? OR (created_at = ? AND id < ?))");
        if (filter.pendingFirst) {
            statement +=
                QStringLiteral(" AND (%1 < ? OR (%1 = ? AND %2))").arg(kPendingExpression, newer);
            values << filter.after->pending << filter.after->pending;
        } else {
            statement += QStringLiteral(" AND ") + newer;
        }
        values << filter.after->createdAt << filter.after->createdAt << filter.after->id;
    }
    statement += filter.pendingFirst
        ? QStringLiteral(" ORDER BY %1 DESC, created_at DESC, id DESC LIMIT ?")
              .arg(kPendingExpression)
        : QStringLiteral(" ORDER BY created_at DESC, id DESC LIMIT ?");
    values.append(filter.limit);
    QList<StoredTransfer> result;
    QSqlQuery query = sql::exec(m_db, statement, values);
    while (query.next())
        result.append(fromRow(query));
    return result;
}

QStringList TransferRepository::expiredRequests(qint64 now, int limit) const
{
    QStringList ids;
    QSqlQuery query = sql::exec(m_db,
                                QStringLiteral("SELECT id FROM transfers WHERE status = ?"
                                               " AND expires_at <= ? ORDER BY expires_at LIMIT ?"),
                                { transferStatusToWire(TransferStatus::Requested), now, limit });
    while (query.next())
        ids.append(query.value(0).toString());
    return ids;
}

QStringList TransferRepository::expiredConsents(qint64 now, int limit) const
{
    QStringList ids;
    QSqlQuery query =
        sql::exec(m_db,
                  QStringLiteral("SELECT id FROM transfers WHERE consent_expires_at <= ?"
                                 " AND copies_marked_at IS NULL AND status IN (?, ?)"
                                 " ORDER BY consent_expires_at LIMIT ?"),
                  { now, transferStatusToWire(TransferStatus::Approved),
                    transferStatusToWire(TransferStatus::Delivered), limit });
    while (query.next())
        ids.append(query.value(0).toString());
    return ids;
}

void TransferRepository::insertCopy(const StoredTransferCopy &c)
{
    sql::exec(m_db,
              QStringLiteral("INSERT INTO transfer_copies (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?,"
                             " ?, ?, ?)")
                  .arg(kCopyColumns),
              { c.transferId, c.recordId, c.citizenId, c.officeId, c.sourceOfficeId, c.category,
                c.title, c.fields, sql::text(c.legalBasis), c.recordUpdatedAt, c.copiedAt,
                sql::nullable(c.markedForDeletionAt) });
}

QList<StoredTransferCopy> TransferRepository::copies(const QString &transferId,
                                                     bool includeMarked) const
{
    QList<StoredTransferCopy> result;
    QSqlQuery query = sql::exec(
        m_db,
        QStringLiteral("SELECT %1 FROM transfer_copies WHERE transfer_id = ?%2 ORDER BY record_id")
            .arg(kCopyColumns,
                 includeMarked ? QString() : QStringLiteral(" AND marked_for_deletion_at IS NULL")),
        { transferId });
    while (query.next())
        result.append(copyFromRow(query));
    return result;
}

QList<StoredTransferCopy> TransferRepository::markCopiesForDeletion(const QString &transferId,
                                                                    qint64 now)
{
    QList<StoredTransferCopy> marked = copies(transferId, false);
    sql::exec(m_db,
              QStringLiteral("UPDATE transfer_copies SET marked_for_deletion_at = ?"
                             " WHERE transfer_id = ? AND marked_for_deletion_at IS NULL"),
              { now, transferId });
    for (StoredTransferCopy &copy : marked)
        copy.markedForDeletionAt = now;
    return marked;
}

int TransferRepository::purgeMarkedCopies(qint64 markedBefore)
{
    return sql::execAffected(m_db,
                             QStringLiteral("DELETE FROM transfer_copies"
                                            " WHERE marked_for_deletion_at <= ?"),
                             { markedBefore });
}

} // namespace rathaus::server
