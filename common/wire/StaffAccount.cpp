#include "common/wire/StaffAccount.h"

#include "common/wire/JsonReader.h"
#include "common/wire/WireTime.h"

namespace rathaus {

QJsonObject StaffAccount::toJson() const
{
    return { { QStringLiteral("id"), id },
             { QStringLiteral("username"), username },
             { QStringLiteral("display_name"), displayName },
             { QStringLiteral("role"), roleToWire(role) },
             { QStringLiteral("office_id"),
               officeId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(officeId) },
             { QStringLiteral("disabled"), disabled },
             { QStringLiteral("created_at"), wire::toWireTime(createdAt) },
             { QStringLiteral("last_login_at"), wire::toWireTimeValue(lastLoginAt) } };
}

Result<StaffAccount> StaffAccount::fromJson(const QJsonObject &object)
{
    wire::JsonReader reader(object, "StaffAccount");
    StaffAccount account;
    account.id = reader.string("id");
    account.username = reader.string("username");
    account.displayName = reader.string("display_name");
    const QString role = reader.string("role");
    account.officeId = reader.optionalString("office_id");
    account.createdAt = wire::readTime(reader, "created_at");
    account.lastLoginAt = wire::readOptionalTime(reader, "last_login_at");
    const QJsonValue disabled = object.value(QLatin1String("disabled"));
    if (!disabled.isBool())
        reader.fail(QStringLiteral("StaffAccount: \"disabled\" is missing or not a boolean."));
    account.disabled = disabled.toBool();
    if (!reader.ok())
        return reader.problem();
    const auto parsed = roleFromWire(role);
    if (!parsed || *parsed == Role::Citizen)
        return wire::malformed(QStringLiteral("StaffAccount: unknown role \"%1\".").arg(role));
    account.role = *parsed;
    return account;
}

QJsonObject StaffEnrolment::toJson() const
{
    QJsonObject object = account.toJson();
    object.insert(QStringLiteral("totp_secret"), totpSecret);
    object.insert(QStringLiteral("otpauth_uri"), otpauthUri);
    return object;
}

Result<StaffEnrolment> StaffEnrolment::fromJson(const QJsonObject &object)
{
    auto account = StaffAccount::fromJson(object);
    if (!account)
        return account.problem();
    wire::JsonReader reader(object, "StaffEnrolment");
    StaffEnrolment enrolment;
    enrolment.account = std::move(account).value();
    enrolment.totpSecret = reader.string("totp_secret");
    enrolment.otpauthUri = reader.string("otpauth_uri");
    if (!reader.ok())
        return reader.problem();
    return enrolment;
}

} // namespace rathaus
