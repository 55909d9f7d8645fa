#include "server/store/IdempotencyRepository.h"

#include "server/store/Sql.h"

#include <QSqlQuery>

namespace rathaus::server {

std::optional<StoredIdempotency>
IdempotencyRepository::find(const QString &userId, const QString &key, qint64 notBefore) const
{
    QSqlQuery query =
        sql::exec(m_db,
                  QStringLiteral("SELECT request_hash, status, response, resource_id, created_at"
                                 " FROM idempotency_keys"
                                 " WHERE user_id = ? AND idem_key = ? AND created_at >= ?"),
                  { userId, key, notBefore });
    if (!query.next())
        return std::nullopt;
    StoredIdempotency row;
    row.requestHash = query.value(0).toString();
    if (!query.value(1).isNull())
        row.status = query.value(1).toInt();
    row.body = query.value(2).toString().toUtf8();
    row.resourceId = query.value(3).toString();
    row.createdAt = query.value(4).toLongLong();
    return row;
}

bool IdempotencyRepository::claim(const QString &userId, const QString &key,
                                  const QString &requestHash, qint64 now, qint64 notBefore)
{
    sql::exec(m_db,
              QStringLiteral("DELETE FROM idempotency_keys"
                             " WHERE user_id = ? AND idem_key = ? AND created_at < ?"),
              { userId, key, notBefore });
    return sql::execAffected(
               m_db,
               QStringLiteral("INSERT INTO idempotency_keys (user_id, idem_key, request_hash,"
                              " created_at) VALUES (?, ?, ?, ?)"
                              " ON CONFLICT (user_id, idem_key) DO NOTHING"),
               { userId, key, requestHash, now }) == 1;
}

void IdempotencyRepository::complete(const QString &userId, const QString &key, int status,
                                     const QByteArray &body, const QString &resourceId)
{
    sql::exec(m_db,
              QStringLiteral("UPDATE idempotency_keys SET status = ?, response = ?, resource_id = ?"
                             " WHERE user_id = ? AND idem_key = ?"),
              { status, QString::fromUtf8(body), sql::nullableText(resourceId), userId, key });
}

int IdempotencyRepository::purgeOlderThan(qint64 cutoff)
{
    return sql::execAffected(
        m_db, QStringLiteral("DELETE FROM idempotency_keys WHERE created_at < ?"), { cutoff });
}

} // namespace rathaus::server
