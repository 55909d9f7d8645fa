#pragma once

#include "common/core/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace rathaus {

enum class AccessAction { Read, Update, TransferOut, TransferIn };
QString accessActionToWire(AccessAction action);
std::optional<AccessAction> accessActionFromWire(const QString &wire);

// One access to a citizen's data by someone else (domain.md "Access log");
// GET /me/access-log item. Entries of one citizen form a hash chain: see
// domain/AccessLogChain.h.
//
// toJson() always writes every member, an unset optional one as null, so
// that the hashed form (toJson() without "hash") is a function of the
// struct alone: the backend and the client compute it from the same values.
struct AccessLogEntry
{
    QString id;
    QDateTime at; // UTC, milliseconds (hashed as its wire text)
    QString citizenId;
    QString recordId; // optional: a transfer by category names no single record
    QString category;
    AccessAction action = AccessAction::Read;
    QString officeId;
    QString actor; // pseudonymous staff id, or "system"
    QString purpose;
    QString legalBasis;
    QString consentId; // optional: the transfer whose consent allowed it
    QString applicationId; // optional: the case it served
    QDateTime hiddenUntil; // optional: deferred disclosure (rare)
    QString hiddenReason; // optional, with hiddenUntil
    QString prevHash; // 64 hex digits; AccessLogChain::genesisHash() for the first
    QString hash; // 64 hex digits, over all members above

    QJsonObject toJson() const;
    // toJson() without "hash": what the chain hashes.
    QJsonObject hashedJson() const;
    // Also checks that both hashes are 64 lower-case hex digits.
    static Result<AccessLogEntry> fromJson(const QJsonObject &object);

    friend bool operator==(const AccessLogEntry &, const AccessLogEntry &) = default;
};

} // namespace rathaus
