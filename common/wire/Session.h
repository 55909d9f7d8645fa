#pragma once

#include "common/core/Result.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace rathaus {

enum class Role { Citizen, Caseworker, Lead, Admin };
QString roleToWire(Role role);
std::optional<Role> roleFromWire(const QString &wire);

// GET /me and the `user` of a login answer.
struct UserInfo
{
    QString id;
    QString username;
    QString displayName;
    Role role = Role::Citizen;
    QString officeId; // staff only
    QString trustLevel = QStringLiteral("basic");

    bool isStaff() const { return role != Role::Citizen; }

    QJsonObject toJson() const;
    static Result<UserInfo> fromJson(const QJsonObject &object);

    friend bool operator==(const UserInfo &, const UserInfo &) = default;
};

// POST /auth/login and /auth/refresh answer.
struct TokenPair
{
    QString accessToken;
    QString refreshToken;
    int expiresIn = 0; // seconds of idle lifetime of the access token
    UserInfo user;

    QJsonObject toJson() const;
    static Result<TokenPair> fromJson(const QJsonObject &object);

    friend bool operator==(const TokenPair &, const TokenPair &) = default;
};

} // namespace rathaus
