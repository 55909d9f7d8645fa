#include "server/store/UserRepository.h"

#include "server/store/CitizenNameIndex.h"
#include "server/store/Sql.h"

#include <QSqlQuery>

namespace rathaus::server {

namespace {

const QString kColumns = QStringLiteral(
    "id, username, display_name, role, office_id, trust_level, password_hash, totp_secret,"
    " totp_last_step, created_at, disabled_at, last_login_at");

UserRecord fromRow(const QSqlQuery &query)
{
    UserRecord user;
    user.id = query.value(0).toString();
    user.username = query.value(1).toString();
    user.displayName = query.value(2).toString();
    user.role = roleFromWire(query.value(3).toString()).value_or(Role::Citizen);
    user.officeId = query.value(4).toString();
    user.trustLevel = query.value(5).toString();
    user.passwordHash = query.value(6).toString();
    user.totpSecret = query.value(7).toString();
    user.totpLastStep = sql::optionalInt(query.value(8));
    user.createdAt = query.value(9).toLongLong();
    user.disabledAt = sql::optionalInt(query.value(10));
    user.lastLoginAt = sql::optionalInt(query.value(11));
    return user;
}

} // namespace

UserInfo UserRecord::toInfo() const
{
    UserInfo info;
    info.id = id;
    info.username = username;
    info.displayName = displayName;
    info.role = role;
    info.officeId = officeId;
    info.trustLevel = trustLevel;
    return info;
}

std::optional<UserRecord> UserRepository::findByUsername(const QString &username) const
{
    QSqlQuery query =
        sql::exec(m_db, QStringLiteral("SELECT %1 FROM users WHERE username = ?").arg(kColumns),
                  { username });
    if (!query.next())
        return std::nullopt;
    return fromRow(query);
}

std::optional<UserRecord> UserRepository::findById(const QString &id) const
{
    QSqlQuery query =
        sql::exec(m_db, QStringLiteral("SELECT %1 FROM users WHERE id = ?").arg(kColumns), { id });
    if (!query.next())
        return std::nullopt;
    return fromRow(query);
}

QStringList UserRepository::existingUsernames(const QStringList &usernames) const
{
    QStringList found;
    if (usernames.isEmpty())
        return found;
    QStringList marks;
    QVariantList values;
    for (const QString &name : usernames) {
        marks.append(QStringLiteral("?"));
        values.append(name);
    }
    QSqlQuery query = sql::exec(m_db,
                                QStringLiteral("SELECT username FROM users WHERE username IN (%1)")
                                    .arg(marks.join(QLatin1Char(','))),
                                values);
    while (query.next())
        found.append(query.value(0).toString());
    return found;
}

bool UserRepository::insertIfAbsent(const UserRecord &user, qint64 createdAt)
{
    const bool inserted =
        sql::execAffected(
            m_db,
            QStringLiteral("INSERT INTO users (id, username, display_name, role, office_id,"
                           " trust_level, password_hash, totp_secret, totp_last_step, created_at)"
                           " VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL, ?)"
                           " ON CONFLICT (username) DO NOTHING"),
            { user.id, user.username, sql::text(user.displayName), roleToWire(user.role),
              sql::nullableText(user.officeId), user.trustLevel, user.passwordHash,
              sql::nullableText(user.totpSecret), createdAt }) == 1;
    // The staff case search finds citizens by the words of their name.
    if (inserted && user.role == Role::Citizen)
        CitizenNameIndex::store(m_db, user.id, user.displayName);
    return inserted;
}

bool UserRepository::claimTotpStep(const QString &userId, qint64 step)
{
    return sql::execAffected(m_db,
                             QStringLiteral("UPDATE users SET totp_last_step = ?"
                                            " WHERE id = ? AND (totp_last_step IS NULL"
                                            " OR totp_last_step < ?)"),
                             { step, userId, step }) == 1;
}

void UserRepository::updatePasswordHash(const QString &userId, const QString &passwordHash)
{
    sql::exec(m_db, QStringLiteral("UPDATE users SET password_hash = ? WHERE id = ?"),
              { passwordHash, userId });
}

void UserRepository::recordLogin(const QString &userId, qint64 now)
{
    sql::exec(m_db, QStringLiteral("UPDATE users SET last_login_at = ? WHERE id = ?"),
              { now, userId });
}

QList<UserRecord> UserRepository::staff() const
{
    QSqlQuery query =
        sql::exec(m_db,
                  QStringLiteral("SELECT %1 FROM users WHERE role <> 'citizen' ORDER BY username")
                      .arg(kColumns));
    QList<UserRecord> users;
    while (query.next())
        users.append(fromRow(query));
    return users;
}

void UserRepository::updateStaff(const UserRecord &user)
{
    sql::exec(m_db,
              QStringLiteral("UPDATE users SET display_name = ?, role = ?, office_id = ?,"
                             " disabled_at = ? WHERE id = ?"),
              { sql::text(user.displayName), roleToWire(user.role),
                sql::nullableText(user.officeId), sql::nullable(user.disabledAt), user.id });
}

void UserRepository::replaceTotpSecret(const QString &userId, const QString &secret)
{
    sql::exec(
        m_db,
        QStringLiteral("UPDATE users SET totp_secret = ?, totp_last_step = NULL WHERE id = ?"),
        { secret, userId });
}

} // namespace rathaus::server
