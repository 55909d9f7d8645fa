#pragma once

#include "server/store/DatabaseUrl.h"

#include <QSqlDatabase>
#include <QString>

namespace rathaus::server {

// Limits evaluated password attempts per account and per client address over a
// rolling hour (quality.md: <= 100 per account per hour, no permanent lockout:
// the oldest attempt ages out and the next one is evaluated again). The state
// is in the database so that several backend instances share it.
//
// The account key is the username as typed (normalised), whether or not such
// an account exists: an unknown name is throttled exactly like a known one,
// so the 429 reveals nothing either.
class LoginThrottle
{
public:
    struct Limits
    {
        int perAccount = 100;
        int perAddress = 300;
        qint64 windowSeconds = 3600;
    };
    struct Decision
    {
        bool allowed = true;
        qint64 retryAfterSeconds = 0; // when refused: until the oldest counted attempt ages out
    };

    explicit LoginThrottle(Limits limits) : m_limits(limits) { }

    // Checks both limits and, when allowed, records the attempt: one
    // transaction, so concurrent attempts cannot overshoot a limit.
    Decision acquire(const QSqlDatabase &db, Dialect dialect, const QString &account,
                     const QString &address, qint64 now) const;

    const Limits &limits() const { return m_limits; }

private:
    Limits m_limits;
};

} // namespace rathaus::server
