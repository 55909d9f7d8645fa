#include "common/wire/Transfer.h"

#include "common/wire/JsonReader.h"
#include "common/wire/WireTime.h"

#include <QJsonArray>

namespace rathaus {

namespace {

QStringList readStrings(wire::JsonReader &reader, const char *key)
{
    QStringList strings;
    for (const QJsonValue &value : reader.optionalArray(key)) {
        if (!value.isString()) {
            reader.fail(QStringLiteral("Transfer: \"%1\" holds a value that is not a string.")
                            .arg(QLatin1String(key)));
            return {};
        }
        strings.append(value.toString());
    }
    return strings;
}

} // namespace

QJsonObject Transfer::toJson() const
{
    return { { QStringLiteral("id"), id },
             { QStringLiteral("citizen_id"), citizenId },
             { QStringLiteral("from_office_id"), fromOfficeId },
             { QStringLiteral("to_office_id"), toOfficeId },
             { QStringLiteral("categories"), QJsonArray::fromStringList(categories) },
             { QStringLiteral("record_ids"), QJsonArray::fromStringList(recordIds) },
             { QStringLiteral("purpose"), purpose },
             { QStringLiteral("legal_basis"), legalBasis },
             { QStringLiteral("application_id"),
               applicationId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(applicationId) },
             { QStringLiteral("application_reference"),
               applicationReference.isEmpty() ? QJsonValue(QJsonValue::Null)
                                              : QJsonValue(applicationReference) },
             { QStringLiteral("service_title"),
               serviceTitle.isEmpty() ? QJsonValue(QJsonValue::Null) : serviceTitle.toJson() },
             { QStringLiteral("requested_by"), requestedBy },
             { QStringLiteral("status"), transferStatusToWire(status) },
             { QStringLiteral("expires_at"), wire::toWireTimeValue(expiresAt) },
             { QStringLiteral("request_expires_at"), wire::toWireTimeValue(requestExpiresAt) },
             { QStringLiteral("created_at"), wire::toWireTime(createdAt) } };
}

Result<Transfer> Transfer::fromJson(const QJsonObject &object)
{
    wire::JsonReader reader(object, "Transfer");
    Transfer transfer;
    transfer.id = reader.string("id");
    transfer.citizenId = reader.string("citizen_id");
    transfer.fromOfficeId = reader.string("from_office_id");
    transfer.toOfficeId = reader.string("to_office_id");
    transfer.categories = readStrings(reader, "categories");
    transfer.recordIds = readStrings(reader, "record_ids");
    transfer.purpose = reader.string("purpose");
    transfer.legalBasis = reader.optionalString("legal_basis");
    transfer.applicationId = reader.optionalString("application_id");
    transfer.applicationReference = reader.optionalString("application_reference");
    transfer.serviceTitle = LocalizedText::fromJson(object.value(QLatin1String("service_title")));
    transfer.requestedBy = reader.string("requested_by");
    const QString status = reader.string("status");
    transfer.expiresAt = wire::readOptionalTime(reader, "expires_at");
    transfer.requestExpiresAt = wire::readOptionalTime(reader, "request_expires_at");
    transfer.createdAt = wire::readTime(reader, "created_at");
    if (!reader.ok())
        return reader.problem();
    const auto parsed = transferStatusFromWire(status);
    if (!parsed)
        return wire::malformed(QStringLiteral("Transfer: unknown status \"%1\".").arg(status));
    transfer.status = *parsed;
    if (transfer.categories.isEmpty() && transfer.recordIds.isEmpty())
        return wire::malformed(QStringLiteral("Transfer: neither categories nor records."));
    return transfer;
}

} // namespace rathaus
