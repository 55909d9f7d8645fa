#include "common/wire/Session.h"

#include "common/wire/JsonReader.h"

#include <array>
#include <utility>

namespace rathaus {

namespace {

constexpr std::array<std::pair<Role, const char *>, 4> kRoles { {
    { Role::Citizen, "citizen" },
    { Role::Caseworker, "caseworker" },
    { Role::Lead, "lead" },
    { Role::Admin, "admin" },
} };

} // namespace

QString roleToWire(Role role)
{
    for (const auto &[value, name] : kRoles) {
        if (value == role)
            return QString::fromLatin1(name);
    }
    return {};
}

std::optional<Role> roleFromWire(const QString &wire)
{
    for (const auto &[value, name] : kRoles) {
        if (wire == QLatin1String(name))
            return value;
    }
    return std::nullopt;
}

QJsonObject UserInfo::toJson() const
{
    QJsonObject object { { QStringLiteral("id"), id },
                         { QStringLiteral("username"), username },
                         { QStringLiteral("display_name"), displayName },
                         { QStringLiteral("role"), roleToWire(role) },
                         { QStringLiteral("trust_level"), trustLevel } };
    if (!officeId.isEmpty())
        object.insert(QStringLiteral("office_id"), officeId);
    return object;
}

Result<UserInfo> UserInfo::fromJson(const QJsonObject &object)
{
    wire::JsonReader reader(object, "User");
    UserInfo user;
    user.id = reader.string("id");
    user.username = reader.optionalString("username");
    user.displayName = reader.string("display_name");
    const QString role = reader.string("role");
    user.officeId = reader.optionalString("office_id");
    user.trustLevel = reader.optionalString("trust_level", QStringLiteral("basic"));
    if (!reader.ok())
        return reader.problem();
    const auto parsedRole = roleFromWire(role);
    if (!parsedRole)
        return wire::malformed(QStringLiteral("User: unknown role \"%1\".").arg(role));
    user.role = *parsedRole;
    return user;
}

QJsonObject TokenPair::toJson() const
{
    return { { QStringLiteral("access_token"), accessToken },
             { QStringLiteral("refresh_token"), refreshToken },
             { QStringLiteral("expires_in"), expiresIn },
             { QStringLiteral("user"), user.toJson() } };
}

Result<TokenPair> TokenPair::fromJson(const QJsonObject &object)
{
    wire::JsonReader reader(object, "Login answer");
    TokenPair pair;
    pair.accessToken = reader.string("access_token");
    pair.refreshToken = reader.string("refresh_token");
    pair.expiresIn = static_cast<int>(reader.integer("expires_in"));
    const QJsonObject userObject = reader.object("user");
    if (!reader.ok())
        return reader.problem();
    if (pair.accessToken.isEmpty() || pair.refreshToken.isEmpty() || pair.expiresIn <= 0)
        return wire::malformed(QStringLiteral("Login answer: empty token or lifetime."));
    auto user = UserInfo::fromJson(userObject);
    if (!user)
        return user.problem();
    pair.user = std::move(user).value();
    return pair;
}

} // namespace rathaus
