#pragma once

#include "common/core/Result.h"
#include "common/domain/PaymentStatus.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QUrl>

namespace rathaus {

// GET /payments/{id}; also the answer of POST /applications/{id}/payments
// (which carries next_url, the provider's page to open in the browser).
struct Payment
{
    QString id;
    QString applicationId;
    qint64 amountCents = 0;
    qint64 refundedCents = 0;
    QString currency = QStringLiteral("EUR");
    QString provider; // e.g. "demo"
    PaymentStatus status = PaymentStatus::Created;
    PaymentFailure failureCode = PaymentFailure::None; // set only when failed
    QUrl nextUrl; // empty unless the citizen still has to act
    QDateTime createdAt;
    QDateTime updatedAt;

    QJsonObject toJson() const;
    static Result<Payment> fromJson(const QJsonObject &object);

    friend bool operator==(const Payment &, const Payment &) = default;
};

} // namespace rathaus
