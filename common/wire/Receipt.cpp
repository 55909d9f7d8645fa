#include "common/wire/Receipt.h"

#include "common/wire/JsonReader.h"
#include "common/wire/WireTime.h"

namespace rathaus {

QJsonObject Receipt::toJson() const
{
    return { { QStringLiteral("payment_id"), paymentId },
             { QStringLiteral("application_id"), applicationId },
             { QStringLiteral("reference"), reference },
             { QStringLiteral("service_id"), serviceId },
             { QStringLiteral("service_title"), serviceTitle.toJson() },
             { QStringLiteral("office_id"), officeId },
             { QStringLiteral("office_name"), officeName.toJson() },
             { QStringLiteral("amount_cents"), amountCents },
             { QStringLiteral("refunded_cents"), refundedCents },
             { QStringLiteral("currency"), currency },
             { QStringLiteral("paid_at"), wire::toWireTime(paidAt) } };
}

Result<Receipt> Receipt::fromJson(const QJsonObject &object)
{
    wire::JsonReader reader(object, "Receipt");
    Receipt receipt;
    receipt.paymentId = reader.string("payment_id");
    receipt.applicationId = reader.optionalString("application_id");
    receipt.reference = reader.string("reference");
    receipt.serviceId = reader.string("service_id");
    receipt.serviceTitle = reader.optionalText("service_title");
    receipt.officeId = reader.string("office_id");
    receipt.officeName = reader.optionalText("office_name");
    receipt.amountCents = reader.integer("amount_cents");
    receipt.refundedCents = reader.optionalInteger("refunded_cents");
    receipt.currency = reader.optionalString("currency", QStringLiteral("EUR"));
    receipt.paidAt = wire::readTime(reader, "paid_at");
    if (!reader.ok())
        return reader.problem();
    if (receipt.amountCents < 0 || receipt.refundedCents < 0 ||
        receipt.refundedCents > receipt.amountCents) {
        return wire::malformed(QStringLiteral("Receipt: impossible amounts."));
    }
    return receipt;
}

} // namespace rathaus
