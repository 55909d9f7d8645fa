#include "server/store/AccessLogRepository.h"

#include "common/domain/AccessLogChain.h"
#include "server/store/DatabaseError.h"
#include "server/store/Sql.h"

#include <QSqlQuery>

#include <limits>

namespace rathaus::server {

namespace {

const QString kColumns = QStringLiteral(
    "seq, id, at, citizen_id, record_id, category, action, office_id, actor, purpose,"
    " legal_basis, consent_id, application_id, hidden_until, hidden_reason, prev_hash, hash");

QVariant optionalTimeMs(const QDateTime &time)
{
    return sql::nullable(time.isValid() ? std::optional<qint64>(time.toMSecsSinceEpoch())
                                        : std::nullopt);
}

QDateTime timeFromMs(const QVariant &value)
{
    if (value.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

StoredAccessLogEntry fromRow(const QSqlQuery &query)
{
    StoredAccessLogEntry stored;
    stored.seq = query.value(0).toLongLong();
    AccessLogEntry &entry = stored.entry;
    entry.id = query.value(1).toString();
    entry.at = timeFromMs(query.value(2));
    entry.citizenId = query.value(3).toString();
    entry.recordId = query.value(4).toString();
    entry.category = query.value(5).toString();
    // An action this version does not know (a newer writer) reads as "read":
    // the hash then fails on the client, which flags the entry, rather than
    // the entry silently vanishing from the page.
    entry.action = accessActionFromWire(query.value(6).toString()).value_or(AccessAction::Read);
    entry.officeId = query.value(7).toString();
    entry.actor = query.value(8).toString();
    entry.purpose = query.value(9).toString();
    entry.legalBasis = query.value(10).toString();
    entry.consentId = query.value(11).toString();
    entry.applicationId = query.value(12).toString();
    entry.hiddenUntil = timeFromMs(query.value(13));
    entry.hiddenReason = query.value(14).toString();
    entry.prevHash = query.value(15).toString();
    entry.hash = query.value(16).toString();
    return stored;
}

} // namespace

QList<AccessLogEntry> AccessLogRepository::append(const QString &citizenId,
                                                  QList<AccessLogEntry> entries)
{
    if (entries.isEmpty())
        return entries;
    // The head row: created once per citizen, then locked by every append.
    sql::exec(m_db,
              QStringLiteral("INSERT INTO access_log_heads (citizen_id, seq, hash) VALUES (?, 0, ?)"
                             " ON CONFLICT (citizen_id) DO NOTHING"),
              { citizenId, AccessLogChain::genesisHash() });
    qint64 seq = 0;
    QString head;
    {
        QSqlQuery query = sql::exec(
            m_db,
            QStringLiteral("SELECT seq, hash FROM access_log_heads WHERE citizen_id = ?%1")
                .arg(m_dialect == Dialect::Postgres ? QStringLiteral(" FOR UPDATE") : QString()),
            { citizenId });
        if (!query.next())
            throw DatabaseError(QStringLiteral("access log head missing after insert"));
        seq = query.value(0).toLongLong();
        head = query.value(1).toString();
    }
    for (AccessLogEntry &entry : entries) {
        entry.citizenId = citizenId;
        entry = AccessLogChain::seal(std::move(entry), head);
        ++seq;
        sql::exec(m_db,
                  QStringLiteral("INSERT INTO access_log (%1) VALUES"
                                 " (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                      .arg(kColumns),
                  { seq, entry.id, entry.at.toMSecsSinceEpoch(), entry.citizenId,
                    sql::nullableText(entry.recordId), sql::nullableText(entry.category),
                    accessActionToWire(entry.action), entry.officeId, entry.actor,
                    sql::nullableText(entry.purpose), sql::nullableText(entry.legalBasis),
                    sql::nullableText(entry.consentId), sql::nullableText(entry.applicationId),
                    optionalTimeMs(entry.hiddenUntil), sql::nullableText(entry.hiddenReason),
                    entry.prevHash, entry.hash });
        head = entry.hash;
    }
    if (sql::execAffected(m_db,
                          QStringLiteral("UPDATE access_log_heads SET seq = ?, hash = ?"
                                         " WHERE citizen_id = ?"),
                          { seq, head, citizenId }) != 1)
        throw DatabaseError(QStringLiteral("access log head not moved"));
    return entries;
}

QList<StoredAccessLogEntry> AccessLogRepository::page(const AccessLogFilter &filter) const
{
    QString statement = QStringLiteral("SELECT %1 FROM access_log WHERE citizen_id = ? AND seq < ?"
                                       " AND (hidden_until IS NULL OR hidden_until <= ?)")
                            .arg(kColumns);
    QVariantList values { filter.citizenId,
                          filter.beforeSeq.value_or(std::numeric_limits<qint64>::max()),
                          filter.nowMs };
    if (!filter.officeId.isEmpty()) {
        statement += QStringLiteral(" AND office_id = ?");
        values.append(filter.officeId);
    }
    if (filter.action) {
        statement += QStringLiteral(" AND action = ?");
        values.append(accessActionToWire(*filter.action));
    }
    statement += QStringLiteral(" ORDER BY seq DESC LIMIT ?");
    values.append(filter.limit);

    QList<StoredAccessLogEntry> result;
    QSqlQuery query = sql::exec(m_db, statement, values);
    while (query.next())
        result.append(fromRow(query));
    return result;
}

} // namespace rathaus::server
