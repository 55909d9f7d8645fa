#include "server/domain/SessionService.h"

#include "common/core/Clock.h"
#include "common/crypto/Crypto.h"
#include "server/Logging.h"
#include "server/store/Database.h"
#include "server/store/SessionRepository.h"
#include "server/store/Transaction.h"

#include <QUuid>

namespace rathaus::server {

namespace {

Problem unauthenticated(const QString &detail)
{
    return Problem::make(401, QStringLiteral("unauthenticated"), QStringLiteral("Not signed in"),
                         detail);
}

Problem expired()
{
    return Problem::make(401, QStringLiteral("token-expired"), QStringLiteral("Session expired"),
                         QStringLiteral("The session has expired. Please sign in again."));
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

SessionService::SessionService(Database &database, const Clock &clock)
    : m_database(database), m_clock(clock)
{ }

QString SessionService::tokenHash(const QString &token)
{
    return crypto::sha256Hex(token.toUtf8());
}

TokenPair SessionService::issue(const UserRecord &user)
{
    const qint64 now = m_clock.nowSeconds();
    return issueInFamily(user, newId(), now, now);
}

TokenPair SessionService::issueInFamily(const UserRecord &user, const QString &familyId,
                                        qint64 familyStartedAt, qint64 now)
{
    TokenPair pair;
    pair.accessToken = crypto::randomToken();
    pair.refreshToken = crypto::randomToken();
    pair.expiresIn = int(kIdleSeconds);
    pair.user = user.toInfo();

    SessionRecord session;
    session.id = newId();
    session.familyId = familyId;
    session.userId = user.id;
    session.familyStartedAt = familyStartedAt;
    session.createdAt = now;
    session.lastUsedAt = now;
    SessionRepository(m_database.connection())
        .insert(session, tokenHash(pair.accessToken), tokenHash(pair.refreshToken));
    return pair;
}

Result<SessionService::Authenticated> SessionService::authenticate(const QString &accessToken)
{
    if (accessToken.isEmpty())
        return unauthenticated(QStringLiteral("This request needs a bearer token."));
    const QSqlDatabase db = m_database.connection();
    SessionRepository sessions(db);
    const auto session = sessions.findByAccessHash(tokenHash(accessToken));
    if (!session || session->revokedAt)
        return unauthenticated(QStringLiteral("The token is not valid."));
    const qint64 now = m_clock.nowSeconds();
    if (now - session->lastUsedAt > kIdleSeconds ||
        now >= session->familyStartedAt + kAbsoluteSeconds) {
        return expired();
    }
    auto user = UserRepository(db).findById(session->userId);
    if (!user || user->isDisabled()) // disabling revokes too; this covers a race with it
        return unauthenticated(QStringLiteral("The token is not valid."));
    if (now - session->lastUsedAt >= kTouchGranularitySeconds)
        sessions.touch(session->id, now);
    return Authenticated { session->id, std::move(*user) };
}

Result<TokenPair> SessionService::refresh(const QString &refreshToken)
{
    if (refreshToken.isEmpty())
        return unauthenticated(QStringLiteral("The refresh token is not valid."));
    const QSqlDatabase db = m_database.connection();
    SessionRepository sessions(db);
    const qint64 now = m_clock.nowSeconds();
    Transaction transaction(db, m_database.dialect());
    const auto session = sessions.findByRefreshHash(tokenHash(refreshToken));
    if (!session)
        return unauthenticated(QStringLiteral("The refresh token is not valid."));
    const auto reuse = [&] {
        // Two holders of one refresh token: the thief or the owner came
        // second, we cannot tell which, so nobody keeps the session.
        sessions.revokeFamily(session->familyId, now);
        transaction.commit();
        qCWarning(lcDomain) << "refresh token reuse: revoked session family" << session->familyId;
        return unauthenticated(
            QStringLiteral("The refresh token was already used; the session has ended."));
    };
    if (session->refreshUsedAt)
        return reuse();
    if (session->revokedAt)
        return unauthenticated(QStringLiteral("The session has ended."));
    if (now >= session->familyStartedAt + kAbsoluteSeconds)
        return expired();
    if (!sessions.markRefreshUsed(session->id, now))
        return reuse(); // a concurrent refresh with the same token won the race
    const auto user = UserRepository(db).findById(session->userId);
    if (!user || user->isDisabled())
        return unauthenticated(QStringLiteral("The refresh token is not valid."));
    TokenPair pair = issueInFamily(*user, session->familyId, session->familyStartedAt, now);
    transaction.commit();
    return pair;
}

int SessionService::revokeAllOf(const QString &userId)
{
    return SessionRepository(m_database.connection()).revokeUser(userId, m_clock.nowSeconds());
}

void SessionService::revoke(const QString &sessionId)
{
    SessionRepository(m_database.connection()).revoke(sessionId, m_clock.nowSeconds());
}

} // namespace rathaus::server
