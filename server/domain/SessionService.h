#pragma once

#include "common/core/Result.h"
#include "common/wire/Session.h"
#include "server/store/UserRepository.h"

#include <QString>

namespace rathaus {
class Clock;
}

namespace rathaus::server {

class Database;

// Bearer sessions (api.md "Session", quality.md "Sessions"):
// - access and refresh tokens are 256-bit random, stored only as SHA-256;
// - an access token dies after 15 min without use or 12 h after the login,
//   whichever is first (the refresh token too: 12 h after the login);
// - refresh rotates: the presented pair is used up (its access token dies
//   with it) and a new pair of the same family is issued;
// - a refresh token presented a second time means it was copied: the whole
//   family (every pair since that login) is revoked;
// - logout revokes the pair at once.
// Thread-safe: every call uses the calling thread's connection.
class SessionService
{
public:
    static constexpr qint64 kIdleSeconds = 15 * 60;
    static constexpr qint64 kAbsoluteSeconds = 12 * 60 * 60;
    // last_used_at is written at most this often per session: one write per
    // request would make every read a disk sync; idle expiry is then exact
    // to within this margin (earlier, never later).
    static constexpr qint64 kTouchGranularitySeconds = 30;

    struct Authenticated
    {
        QString sessionId;
        UserRecord user;
    };

    SessionService(Database &database, const Clock &clock);

    TokenPair issue(const UserRecord &user);
    Result<Authenticated> authenticate(const QString &accessToken);
    Result<TokenPair> refresh(const QString &refreshToken);
    void revoke(const QString &sessionId);
    // Ends every session of the account at once (it was disabled).
    int revokeAllOf(const QString &userId);

    static QString tokenHash(const QString &token);

private:
    TokenPair issueInFamily(const UserRecord &user, const QString &familyId, qint64 familyStartedAt,
                            qint64 now);

    Database &m_database;
    const Clock &m_clock;
};

} // namespace rathaus::server
