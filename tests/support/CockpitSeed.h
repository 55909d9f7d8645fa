#pragma once

// Seeding the data cockpit for client tests: staff reads of a citizen's
// records (each read writes access-log entries, as in production), and
// tampering with the stored log the way an attacker with database access would.
#include "common/wire/Session.h"
#include "server/store/Database.h"
#include "server/store/Sql.h"
#include "tests/support/TestBackend.h"

#include <QUrl>
#include <QUrlQuery>

namespace rathaus::test {

inline QString userId(TestBackend &backend, const QString &username)
{
    const auto pair = TokenPair::fromJson(backend.login(username).json());
    return pair.ok() ? pair.value().user.id : QString();
}

// One staff read of all records `staffUser`'s office holds about the citizen;
// returns the HTTP status (200). Advances the clock (fresh TOTP code).
inline int staffRead(TestBackend &backend, const QString &staffUser, const QString &citizenId,
                     const QString &purpose)
{
    backend.clock().advance(31);
    const auto pair = TokenPair::fromJson(
        backend.login(staffUser, QStringLiteral("rathaus-demo"), backend.staffTotp()).json());
    if (!pair.ok())
        return 0;
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("purpose"),
                       QString::fromLatin1(QUrl::toPercentEncoding(purpose)));
    const QString path = QStringLiteral("/api/v1/staff/citizens/%1/records?").arg(citizenId) +
        query.query(QUrl::FullyEncoded);
    return backend.http().get(path, pair.value().accessToken).status;
}

// Runs `statement` (with `citizenId` as its only parameter) on the test database.
inline void tamper(TestBackend &backend, const QString &statement, const QString &citizenId)
{
    server::Database database(server::DatabaseUrl::parse(backend.database().url()).value());
    server::sql::exec(database.connection(), statement, { citizenId });
}

} // namespace rathaus::test
