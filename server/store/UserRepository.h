#pragma once

#include "common/wire/Session.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace rathaus::server {

// An account as stored. The password hash and TOTP secret never leave the
// server: toInfo() is what the wire sees.
struct UserRecord
{
    QString id;
    QString username; // lower case
    QString displayName;
    Role role = Role::Citizen;
    QString officeId;
    QString trustLevel = QStringLiteral("basic");
    QString passwordHash;
    QString totpSecret; // base32; empty: no TOTP enrolled
    std::optional<qint64> totpLastStep;
    qint64 createdAt = 0;
    std::optional<qint64> disabledAt; // set: the account may not sign in
    std::optional<qint64> lastLoginAt;

    bool isDisabled() const { return disabledAt.has_value(); }

    UserInfo toInfo() const;
};

class UserRepository
{
public:
    explicit UserRepository(QSqlDatabase db) : m_db(std::move(db)) { }

    std::optional<UserRecord> findByUsername(const QString &username) const;
    std::optional<UserRecord> findById(const QString &id) const;
    QStringList existingUsernames(const QStringList &usernames) const;
    // Inserts unless the username exists; true when inserted.
    bool insertIfAbsent(const UserRecord &user, qint64 createdAt);
    // Records that TOTP step `step` was used; false when it (or a later one)
    // already was: a code is good once.
    bool claimTotpStep(const QString &userId, qint64 step);
    void updatePasswordHash(const QString &userId, const QString &passwordHash);
    void recordLogin(const QString &userId, qint64 now);

    // Staff administration (GET|POST|PUT /admin/staff).
    QList<UserRecord> staff() const; // every non-citizen account, by username
    // Writes display name, role, office and disabled_at of `user.id`.
    void updateStaff(const UserRecord &user);
    // A new TOTP secret; the old one's codes stop working at once.
    void replaceTotpSecret(const QString &userId, const QString &secret);

private:
    QSqlDatabase m_db;
};

} // namespace rathaus::server
