#pragma once

#include "common/core/LocalizedText.h"
#include "common/core/Result.h"
#include "common/domain/TransferStatus.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace rathaus {

// A transfer between offices and the consent behind it (domain.md
// "Transfers and consents"); GET /me/transfers and /staff/transfers items.
struct Transfer
{
    QString id;
    QString citizenId;
    QString fromOfficeId; // holds the data
    QString toOfficeId; // wants it
    QStringList categories; // what was asked for (record categories) ...
    QStringList recordIds; // ... or which records; the citizen may narrow it
    QString purpose;
    QString legalBasis;
    QString applicationId; // the case it serves; empty when none
    // What the citizen knows the case by: "LUN-2026-000123" and the service's
    // name (both empty when there is no case, or from a backend before them).
    QString applicationReference;
    LocalizedText serviceTitle;
    QString requestedBy; // an office id, or "citizen"
    TransferStatus status = TransferStatus::Requested;
    QDateTime expiresAt; // null when the consent does not expire
    QDateTime requestExpiresAt; // until when an open request can be answered; null: no limit
    QDateTime createdAt;

    bool requestedByCitizen() const { return requestedBy == QLatin1String("citizen"); }

    QJsonObject toJson() const;
    static Result<Transfer> fromJson(const QJsonObject &object);

    friend bool operator==(const Transfer &, const Transfer &) = default;
};

} // namespace rathaus
