#pragma once

#include "common/core/Result.h"
#include "common/wire/Session.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace rathaus {

// A staff account as the administrator sees it (GET /admin/staff). Never the
// password hash or the TOTP secret.
struct StaffAccount
{
    QString id;
    QString username;
    QString displayName;
    Role role = Role::Caseworker;
    QString officeId; // empty for admins
    bool disabled = false;
    QDateTime createdAt;
    QDateTime lastLoginAt; // null: never signed in (or not known)

    QJsonObject toJson() const;
    static Result<StaffAccount> fromJson(const QJsonObject &object);

    friend bool operator==(const StaffAccount &, const StaffAccount &) = default;
};

// The answer of creating an account or resetting its TOTP: the secret is
// shown this once (enrolment) and never again.
struct StaffEnrolment
{
    StaffAccount account;
    QString totpSecret; // base32, no padding
    QString otpauthUri; // otpauth://totp/...

    QJsonObject toJson() const;
    static Result<StaffEnrolment> fromJson(const QJsonObject &object);
};

} // namespace rathaus
