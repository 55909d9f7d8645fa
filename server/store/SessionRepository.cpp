#include "server/store/SessionRepository.h"

#include "server/store/Sql.h"

#include <QSqlQuery>

namespace rathaus::server {

void SessionRepository::insert(const SessionRecord &session, const QString &accessHash,
                               const QString &refreshHash)
{
    sql::exec(m_db,
              QStringLiteral("INSERT INTO sessions (id, family_id, user_id, access_hash,"
                             " refresh_hash, family_started_at, created_at, last_used_at,"
                             " refresh_used_at, revoked_at)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL, NULL)"),
              { session.id, session.familyId, session.userId, accessHash, refreshHash,
                session.familyStartedAt, session.createdAt, session.lastUsedAt });
}

std::optional<SessionRecord> SessionRepository::findBy(const char *column,
                                                       const QString &hash) const
{
    QSqlQuery query = sql::exec(
        m_db,
        QStringLiteral("SELECT id, family_id, user_id, family_started_at, created_at,"
                       " last_used_at, refresh_used_at, revoked_at FROM sessions WHERE %1 = ?")
            .arg(QLatin1String(column)),
        { hash });
    if (!query.next())
        return std::nullopt;
    SessionRecord session;
    session.id = query.value(0).toString();
    session.familyId = query.value(1).toString();
    session.userId = query.value(2).toString();
    session.familyStartedAt = query.value(3).toLongLong();
    session.createdAt = query.value(4).toLongLong();
    session.lastUsedAt = query.value(5).toLongLong();
    session.refreshUsedAt = sql::optionalInt(query.value(6));
    session.revokedAt = sql::optionalInt(query.value(7));
    return session;
}

std::optional<SessionRecord> SessionRepository::findByAccessHash(const QString &accessHash) const
{
    return findBy("access_hash", accessHash);
}

std::optional<SessionRecord> SessionRepository::findByRefreshHash(const QString &refreshHash) const
{
    return findBy("refresh_hash", refreshHash);
}

void SessionRepository::touch(const QString &id, qint64 now)
{
    sql::exec(
        m_db,
        QStringLiteral("UPDATE sessions SET last_used_at = ? WHERE id = ? AND last_used_at < ?"),
        { now, id, now });
}

bool SessionRepository::markRefreshUsed(const QString &id, qint64 now)
{
    return sql::execAffected(
               m_db,
               QStringLiteral("UPDATE sessions SET refresh_used_at = ?, revoked_at = ?"
                              " WHERE id = ? AND refresh_used_at IS NULL"
                              " AND revoked_at IS NULL"),
               { now, now, id }) == 1;
}

void SessionRepository::revoke(const QString &id, qint64 now)
{
    sql::exec(
        m_db,
        QStringLiteral("UPDATE sessions SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL"),
        { now, id });
}

void SessionRepository::revokeFamily(const QString &familyId, qint64 now)
{
    sql::exec(m_db,
              QStringLiteral("UPDATE sessions SET revoked_at = ? WHERE family_id = ?"
                             " AND revoked_at IS NULL"),
              { now, familyId });
}

int SessionRepository::revokeUser(const QString &userId, qint64 now)
{
    return sql::execAffected(m_db,
                             QStringLiteral("UPDATE sessions SET revoked_at = ? WHERE user_id = ?"
                                            " AND revoked_at IS NULL"),
                             { now, userId });
}

} // namespace rathaus::server
