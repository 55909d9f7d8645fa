#pragma once

#include "common/core/Result.h"
#include "common/wire/Session.h"
#include "server/domain/LoginThrottle.h"

#include <QString>

namespace rathaus {
class Clock;
}

namespace rathaus::server {

class Database;
class SessionService;

// Password (+ TOTP for staff, always) -> a new session. Slow on purpose
// (argon2id): call it on a worker thread, never on the event loop.
class LoginService
{
public:
    struct Request
    {
        QString username;
        QString password;
        QString totp; // empty: none sent
        QString address; // the client's IP, for the per-address limit
    };
    struct Outcome
    {
        Result<TokenPair> result;
        qint64 retryAfterSeconds = 0; // set with a 429
    };

    LoginService(Database &database, const Clock &clock, SessionService &sessions,
                 LoginThrottle::Limits limits);

    Outcome login(const Request &request);

private:
    Database &m_database;
    const Clock &m_clock;
    SessionService &m_sessions;
    LoginThrottle m_throttle;
};

} // namespace rathaus::server
