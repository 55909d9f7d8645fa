#pragma once

#include "common/core/Result.h"
#include "common/wire/StaffAccount.h"
#include "server/store/UserRepository.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace rathaus {
class Clock;
}

namespace rathaus::server {

class Database;
class SessionService;

// The administrator's staff accounts (api.md "Admin"): list, create with a
// password and a fresh TOTP secret, change name, role, office, disable (which
// ends the account's sessions at once), and reset the TOTP secret. The secret
// is answered once, at creation or reset, and never again. Callers check that
// `admin` is an administrator; an administrator cannot lock themselves out.
// Thread-safe like the services it uses; create() hashes (argon2id): call it
// on a worker thread.
class StaffAdminService
{
public:
    StaffAdminService(Database &database, const Clock &clock, SessionService &sessions);

    QList<StaffAccount> list() const;
    Result<StaffAccount> get(const QString &id) const;
    // {username, display_name, role, office_id, password} -> 201; 409 when the
    // username exists; 422 with field errors.
    Result<StaffEnrolment> create(const UserRecord &admin, const QJsonObject &body);
    // Any of {display_name, role, office_id, disabled}.
    Result<StaffAccount> update(const UserRecord &admin, const QString &id,
                                const QJsonObject &body);
    Result<StaffEnrolment> resetTotp(const UserRecord &admin, const QString &id);

    static StaffAccount toWire(const UserRecord &user);
    static QString otpauthUri(const QString &username, const QString &secret);

private:
    Result<UserRecord> findStaff(const QString &id) const;
    bool isKnownOffice(const QString &officeId) const;

    Database &m_database;
    const Clock &m_clock;
    SessionService &m_sessions;
};

} // namespace rathaus::server
