#include "common/wire/Catalogue.h"

#include "common/wire/JsonReader.h"

namespace rathaus {

namespace {

bool isTrustLevel(const QString &level)
{
    return level == QLatin1String("basic") || level == QLatin1String("substantial") ||
        level == QLatin1String("high");
}

// The summary members, shared by the list item and the flat detail object.
ServiceSummary readSummary(wire::JsonReader &reader)
{
    ServiceSummary summary;
    summary.id = reader.string("id");
    summary.officeId = reader.string("office_id");
    summary.title = reader.text("title");
    summary.summary = reader.optionalText("summary");
    summary.fee = FeeRule::fromJson(reader.object("fee"));
    summary.requiredTrustLevel =
        reader.optionalString("required_trust_level", QStringLiteral("basic"));
    if (!isTrustLevel(summary.requiredTrustLevel))
        reader.fail(
            QStringLiteral("Service: unknown trust level \"%1\".").arg(summary.requiredTrustLevel));
    summary.processingDays = static_cast<int>(reader.optionalInteger("processing_days"));
    return summary;
}

} // namespace

QJsonObject Office::toJson() const
{
    return { { QStringLiteral("id"), id },
             { QStringLiteral("name"), name.toJson() },
             { QStringLiteral("public_key"), publicKeyPem } };
}

Result<Office> Office::fromJson(const QJsonObject &object)
{
    wire::JsonReader reader(object, "Office");
    Office office;
    office.id = reader.string("id");
    office.name = reader.text("name");
    office.publicKeyPem = reader.optionalString("public_key");
    if (!reader.ok())
        return reader.problem();
    return office;
}

QJsonObject ServiceSummary::toJson() const
{
    return { { QStringLiteral("id"), id },
             { QStringLiteral("office_id"), officeId },
             { QStringLiteral("title"), title.toJson() },
             { QStringLiteral("summary"), summary.toJson() },
             { QStringLiteral("fee"), fee.toJson() },
             { QStringLiteral("required_trust_level"), requiredTrustLevel },
             { QStringLiteral("processing_days"), processingDays } };
}

Result<ServiceSummary> ServiceSummary::fromJson(const QJsonObject &object)
{
    wire::JsonReader reader(object, "Service");
    ServiceSummary summary = readSummary(reader);
    if (!reader.ok())
        return reader.problem();
    return summary;
}

QJsonObject ServiceDetail::toJson() const
{
    QJsonObject object = summary.toJson();
    QJsonArray requirementArray;
    for (const LocalizedText &requirement : requirements)
        requirementArray.append(requirement.toJson());
    object.insert(QStringLiteral("description"), description.toJson());
    object.insert(QStringLiteral("requirements"), requirementArray);
    object.insert(QStringLiteral("legal_basis"), legalBasis);
    object.insert(QStringLiteral("form"), form.toJson());
    return object;
}

Result<ServiceDetail> ServiceDetail::fromJson(const QJsonObject &object)
{
    wire::JsonReader reader(object, "Service");
    ServiceDetail detail;
    detail.summary = readSummary(reader);
    detail.description = reader.optionalText("description");
    detail.legalBasis = reader.optionalString("legal_basis");
    for (const QJsonValue &requirement : reader.optionalArray("requirements")) {
        if (!requirement.isString() && !requirement.isObject())
            reader.fail(QStringLiteral("Service: a requirement is not a text."));
        detail.requirements.append(LocalizedText::fromJson(requirement));
    }
    const QJsonObject formObject = reader.object("form");
    if (!reader.ok())
        return reader.problem();
    auto form = FormSchema::fromJson(formObject);
    if (!form)
        return wire::malformed(
            QStringLiteral("Service \"%1\": %2").arg(detail.summary.id, form.problem().detail));
    detail.form = std::move(form).value();
    return detail;
}

} // namespace rathaus
