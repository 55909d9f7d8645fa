#include "server/domain/StaffAdminService.h"

#include "common/core/Clock.h"
#include "common/crypto/Crypto.h"
#include "common/crypto/PasswordHasher.h"
#include "common/crypto/Totp.h"
#include "server/Logging.h"
#include "server/domain/SessionService.h"
#include "server/store/CatalogueRepository.h"
#include "server/store/Database.h"
#include "server/store/Transaction.h"

#include <QRegularExpression>
#include <QUrl>
#include <QUuid>

namespace rathaus::server {

namespace {

constexpr qsizetype kMaxUsernameLength = 64;
constexpr qsizetype kMaxDisplayNameLength = 200;
constexpr qsizetype kMaxPasswordLength = 1024;
constexpr int kTotpSecretBytes = 20; // 160 bits, as RFC 4226 recommends for SHA-1

const QString kIssuer = QStringLiteral("Rathaus");

Problem validationProblem(const QMap<QString, QString> &errors)
{
    Problem problem =
        Problem::make(422, QStringLiteral("validation-failed"), QStringLiteral("Invalid request"),
                      QStringLiteral("Some fields are missing or invalid."));
    problem.fieldErrors = errors;
    return problem;
}

Problem notFound()
{
    return Problem::make(404, QStringLiteral("not-found"), QStringLiteral("Not found"),
                         QStringLiteral("There is no staff account with this id."));
}

QDateTime wireTime(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
}

// A string member: absent -> nullopt; present but not a string -> field error.
std::optional<QString> stringMember(const QJsonObject &body, const QString &key,
                                    QMap<QString, QString> *errors)
{
    const QJsonValue value = body.value(key);
    if (value.isUndefined())
        return std::nullopt;
    if (value.isNull())
        return QString();
    if (!value.isString()) {
        errors->insert(key, QStringLiteral("Must be a string."));
        return std::nullopt;
    }
    return value.toString();
}

std::optional<Role> staffRole(const QString &wire)
{
    const auto role = roleFromWire(wire);
    if (!role || *role == Role::Citizen)
        return std::nullopt;
    return role;
}

bool needsOffice(Role role)
{
    return role == Role::Caseworker || role == Role::Lead;
}

QString newTotpSecret()
{
    return base32::encode(crypto::randomBytes(kTotpSecretBytes), false);
}

} // namespace

StaffAdminService::StaffAdminService(Database &database, const Clock &clock,
                                     SessionService &sessions)
    : m_database(database), m_clock(clock), m_sessions(sessions)
{ }

StaffAccount StaffAdminService::toWire(const UserRecord &user)
{
    StaffAccount account;
    account.id = user.id;
    account.username = user.username;
    account.displayName = user.displayName;
    account.role = user.role;
    account.officeId = user.officeId;
    account.disabled = user.isDisabled();
    account.createdAt = wireTime(user.createdAt);
    if (user.lastLoginAt)
        account.lastLoginAt = wireTime(*user.lastLoginAt);
    return account;
}

QString StaffAdminService::otpauthUri(const QString &username, const QString &secret)
{
    // Key URI format of Google Authenticator, understood by every app:
    // otpauth://totp/ISSUER:ACCOUNT?secret=...&issuer=ISSUER
    const QString label = QString::fromLatin1(QUrl::toPercentEncoding(kIssuer)) + QLatin1Char(':') +
        QString::fromLatin1(QUrl::toPercentEncoding(username));
    return QStringLiteral("otpauth://totp/%1?secret=%2&issuer=%3&algorithm=SHA1&digits=6&period=30")
        .arg(label, secret, QString::fromLatin1(QUrl::toPercentEncoding(kIssuer)));
}

QList<StaffAccount> StaffAdminService::list() const
{
    QList<StaffAccount> accounts;
    for (const UserRecord &user : UserRepository(m_database.connection()).staff())
        accounts.append(toWire(user));
    return accounts;
}

Result<UserRecord> StaffAdminService::findStaff(const QString &id) const
{
    auto user = UserRepository(m_database.connection()).findById(id);
    if (!user || user->role == Role::Citizen) // citizens are not administered here
        return notFound();
    return std::move(*user);
}

Result<StaffAccount> StaffAdminService::get(const QString &id) const
{
    const auto user = findStaff(id);
    if (!user)
        return user.problem();
    return toWire(user.value());
}

bool StaffAdminService::isKnownOffice(const QString &officeId) const
{
    const QList<Office> offices = CatalogueRepository(m_database.connection()).offices();
    return std::any_of(offices.cbegin(), offices.cend(),
                       [&](const Office &office) { return office.id == officeId; });
}

Result<StaffEnrolment> StaffAdminService::create(const UserRecord &admin, const QJsonObject &body)
{
    static const QRegularExpression usernamePattern(QStringLiteral("^[a-z0-9][a-z0-9._-]*$"));
    QMap<QString, QString> errors;
    const QString username = stringMember(body, QStringLiteral("username"), &errors)
                                 .value_or(QString())
                                 .trimmed()
                                 .toLower();
    const QString displayName = stringMember(body, QStringLiteral("display_name"), &errors)
                                    .value_or(QString())
                                    .simplified();
    const QString roleWire =
        stringMember(body, QStringLiteral("role"), &errors).value_or(QString());
    const QString officeId =
        stringMember(body, QStringLiteral("office_id"), &errors).value_or(QString()).trimmed();
    const QString password =
        stringMember(body, QStringLiteral("password"), &errors).value_or(QString());

    if (!errors.contains(QStringLiteral("username"))) {
        if (username.size() < 3 || username.size() > kMaxUsernameLength)
            errors.insert(QStringLiteral("username"),
                          QStringLiteral("Between 3 and 64 characters."));
        else if (!usernamePattern.match(username).hasMatch())
            errors.insert(QStringLiteral("username"),
                          QStringLiteral("Only letters a-z, digits, '.', '_' and '-'."));
    }
    if (!errors.contains(QStringLiteral("display_name"))) {
        if (displayName.isEmpty())
            errors.insert(QStringLiteral("display_name"), QStringLiteral("Required."));
        else if (displayName.size() > kMaxDisplayNameLength)
            errors.insert(QStringLiteral("display_name"),
                          QStringLiteral("At most 200 characters."));
    }
    const auto role = staffRole(roleWire);
    if (!errors.contains(QStringLiteral("role")) && !role)
        errors.insert(QStringLiteral("role"), QStringLiteral("One of caseworker, lead, admin."));
    if (!errors.contains(QStringLiteral("office_id")) && role) {
        if (needsOffice(*role) && officeId.isEmpty())
            errors.insert(QStringLiteral("office_id"),
                          QStringLiteral("Caseworkers and leads belong to an office."));
        else if (needsOffice(*role) && !isKnownOffice(officeId))
            errors.insert(QStringLiteral("office_id"),
                          QStringLiteral("Not an office of the city."));
        else if (!needsOffice(*role) && !officeId.isEmpty())
            errors.insert(QStringLiteral("office_id"),
                          QStringLiteral("Administrators belong to no office."));
    }
    if (!errors.contains(QStringLiteral("password"))) {
        if (password.size() > kMaxPasswordLength)
            errors.insert(QStringLiteral("password"), QStringLiteral("At most 1024 characters."));
        else if (!PasswordHasher::isAcceptable(password))
            errors.insert(QStringLiteral("password"),
                          QStringLiteral("At least 8 characters and not a common password."));
    }
    if (!errors.isEmpty())
        return validationProblem(errors);

    UserRecord user;
    user.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    user.username = username;
    user.displayName = displayName;
    user.role = *role;
    user.officeId = needsOffice(*role) ? officeId : QString();
    user.passwordHash = PasswordHasher().hash(password);
    user.totpSecret = newTotpSecret();
    user.createdAt = m_clock.nowSeconds();
    if (!UserRepository(m_database.connection()).insertIfAbsent(user, user.createdAt)) {
        return Problem::make(409, QStringLiteral("username-taken"),
                             QStringLiteral("Username taken"),
                             QStringLiteral("An account with this username exists already."));
    }
    qCInfo(lcDomain) << "admin" << admin.id << "created staff account" << user.id << "role"
                     << roleToWire(user.role);
    return StaffEnrolment { toWire(user), user.totpSecret,
                            otpauthUri(user.username, user.totpSecret) };
}

Result<StaffAccount> StaffAdminService::update(const UserRecord &admin, const QString &id,
                                               const QJsonObject &body)
{
    const QSqlDatabase db = m_database.connection();
    Transaction transaction(db, m_database.dialect());
    auto found = findStaff(id);
    if (!found)
        return found.problem();
    UserRecord user = std::move(found).value();
    const UserRecord before = user;

    QMap<QString, QString> errors;
    if (const auto name = stringMember(body, QStringLiteral("display_name"), &errors)) {
        user.displayName = name->simplified();
        if (user.displayName.isEmpty())
            errors.insert(QStringLiteral("display_name"), QStringLiteral("Required."));
        else if (user.displayName.size() > kMaxDisplayNameLength)
            errors.insert(QStringLiteral("display_name"),
                          QStringLiteral("At most 200 characters."));
    }
    if (const auto roleWire = stringMember(body, QStringLiteral("role"), &errors)) {
        const auto role = staffRole(*roleWire);
        if (role)
            user.role = *role;
        else
            errors.insert(QStringLiteral("role"),
                          QStringLiteral("One of caseworker, lead, admin."));
    }
    const auto officeId = stringMember(body, QStringLiteral("office_id"), &errors);
    if (officeId)
        user.officeId = officeId->trimmed();
    else if (!needsOffice(user.role))
        user.officeId.clear(); // became an admin: no office
    if (!errors.contains(QStringLiteral("office_id")) && !errors.contains(QStringLiteral("role"))) {
        if (needsOffice(user.role) && user.officeId.isEmpty())
            errors.insert(QStringLiteral("office_id"),
                          QStringLiteral("Caseworkers and leads belong to an office."));
        else if (needsOffice(user.role) && user.officeId != before.officeId &&
                 !isKnownOffice(user.officeId))
            errors.insert(QStringLiteral("office_id"),
                          QStringLiteral("Not an office of the city."));
        else if (!needsOffice(user.role) && !user.officeId.isEmpty())
            errors.insert(QStringLiteral("office_id"),
                          QStringLiteral("Administrators belong to no office."));
    }
    const QJsonValue disabled = body.value(QLatin1String("disabled"));
    if (!disabled.isUndefined() && !disabled.isBool())
        errors.insert(QStringLiteral("disabled"), QStringLiteral("Must be true or false."));
    if (!errors.isEmpty())
        return validationProblem(errors);

    const qint64 now = m_clock.nowSeconds();
    if (disabled.isBool()) {
        if (disabled.toBool() && !user.disabledAt)
            user.disabledAt = now;
        else if (!disabled.toBool())
            user.disabledAt.reset();
    }
    if (user.id == admin.id && (user.isDisabled() || user.role != Role::Admin)) {
        return Problem::make(409, QStringLiteral("cannot-change-own-access"),
                             QStringLiteral("Not on your own account"),
                             QStringLiteral("Administrators cannot disable their own account or "
                                            "give up their own role. Ask another administrator."));
    }
    UserRepository(db).updateStaff(user);
    const bool nowDisabled = user.isDisabled() && !before.isDisabled();
    int revoked = 0;
    if (nowDisabled)
        revoked = m_sessions.revokeAllOf(user.id);
    transaction.commit();
    if (nowDisabled)
        qCInfo(lcDomain) << "admin" << admin.id << "disabled staff account" << user.id
                         << "and ended" << revoked << "sessions";
    else if (before.isDisabled() && !user.isDisabled())
        qCInfo(lcDomain) << "admin" << admin.id << "enabled staff account" << user.id;
    if (before.role != user.role || before.officeId != user.officeId)
        qCInfo(lcDomain) << "admin" << admin.id << "changed role/office of staff account" << user.id
                         << "to" << roleToWire(user.role);
    return toWire(user);
}

Result<StaffEnrolment> StaffAdminService::resetTotp(const UserRecord &admin, const QString &id)
{
    const auto found = findStaff(id);
    if (!found)
        return found.problem();
    const QString secret = newTotpSecret();
    UserRepository(m_database.connection()).replaceTotpSecret(id, secret);
    qCInfo(lcDomain) << "admin" << admin.id << "reset the TOTP secret of staff account" << id;
    return StaffEnrolment { toWire(found.value()), secret,
                            otpauthUri(found.value().username, secret) };
}

} // namespace rathaus::server
