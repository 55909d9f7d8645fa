#pragma once

#include "common/core/LocalizedText.h"
#include "common/core/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace rathaus {

// GET /payments/{id}/receipt: what the client prints (domain.md "Receipts":
// amount, service, reference, time, office, payment id).
struct Receipt
{
    QString paymentId;
    QString applicationId;
    QString reference; // LUN-2026-000123
    QString serviceId;
    LocalizedText serviceTitle;
    QString officeId;
    LocalizedText officeName;
    qint64 amountCents = 0;
    qint64 refundedCents = 0;
    QString currency = QStringLiteral("EUR");
    QDateTime paidAt;

    QJsonObject toJson() const;
    static Result<Receipt> fromJson(const QJsonObject &object);

    friend bool operator==(const Receipt &, const Receipt &) = default;
};

} // namespace rathaus
