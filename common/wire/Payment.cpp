#include "common/wire/Payment.h"

#include "common/wire/JsonReader.h"
#include "common/wire/WireTime.h"

namespace rathaus {

QJsonObject Payment::toJson() const
{
    QJsonObject object { { QStringLiteral("id"), id },
                         { QStringLiteral("application_id"), applicationId },
                         { QStringLiteral("amount_cents"), amountCents },
                         { QStringLiteral("refunded_cents"), refundedCents },
                         { QStringLiteral("currency"), currency },
                         { QStringLiteral("provider"), provider },
                         { QStringLiteral("status"), paymentStatusToWire(status) },
                         { QStringLiteral("created_at"), wire::toWireTimeValue(createdAt) },
                         { QStringLiteral("updated_at"), wire::toWireTimeValue(updatedAt) } };
    if (failureCode != PaymentFailure::None)
        object.insert(QStringLiteral("failure_code"), paymentFailureToWire(failureCode));
    if (!nextUrl.isEmpty())
        object.insert(QStringLiteral("next_url"), nextUrl.toString(QUrl::FullyEncoded));
    return object;
}

Result<Payment> Payment::fromJson(const QJsonObject &object)
{
    wire::JsonReader reader(object, "Payment");
    Payment payment;
    payment.id = reader.string("id");
    payment.applicationId = reader.optionalString("application_id");
    payment.amountCents = reader.integer("amount_cents");
    payment.refundedCents = reader.optionalInteger("refunded_cents");
    payment.currency = reader.optionalString("currency", QStringLiteral("EUR"));
    payment.provider = reader.optionalString("provider");
    const QString status = reader.string("status");
    const QString failure = reader.optionalString("failure_code");
    const QString nextUrl = reader.optionalString("next_url");
    payment.createdAt = wire::readOptionalTime(reader, "created_at");
    payment.updatedAt = wire::readOptionalTime(reader, "updated_at");
    if (!reader.ok())
        return reader.problem();

    const auto parsedStatus = paymentStatusFromWire(status);
    if (!parsedStatus)
        return wire::malformed(QStringLiteral("Payment: unknown status \"%1\".").arg(status));
    payment.status = *parsedStatus;
    if (!failure.isEmpty()) {
        // An unknown code from a newer backend still means "failed": show the
        // general sentence rather than refuse the whole payment.
        payment.failureCode = paymentFailureFromWire(failure).value_or(PaymentFailure::None);
    }
    if (payment.amountCents < 0 || payment.refundedCents < 0 ||
        payment.refundedCents > payment.amountCents) {
        return wire::malformed(QStringLiteral("Payment: impossible amounts."));
    }
    if (!nextUrl.isEmpty()) {
        payment.nextUrl = QUrl(nextUrl, QUrl::StrictMode);
        const QString scheme = payment.nextUrl.scheme();
        // The client opens it in the browser: only web addresses, never file: or a custom scheme.
        if (!payment.nextUrl.isValid() ||
            (scheme != QLatin1String("https") && scheme != QLatin1String("http"))) {
            return wire::malformed(QStringLiteral("Payment: next_url is not a web address."));
        }
    }
    return payment;
}

} // namespace rathaus
