#include "common/wire/AccessLogEntry.h"

#include "common/wire/JsonReader.h"
#include "common/wire/WireTime.h"

#include <array>
#include <utility>

namespace rathaus {

namespace {

constexpr std::array<std::pair<AccessAction, const char *>, 4> kActions { {
    { AccessAction::Read, "read" },
    { AccessAction::Update, "update" },
    { AccessAction::TransferOut, "transfer_out" },
    { AccessAction::TransferIn, "transfer_in" },
} };

QJsonValue optional(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

bool isHash(const QString &text)
{
    if (text.size() != 64)
        return false;
    for (const QChar c : text) {
        if (!((c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
              (c >= QLatin1Char('a') && c <= QLatin1Char('f')))) {
            return false;
        }
    }
    return true;
}

} // namespace

QString accessActionToWire(AccessAction action)
{
    for (const auto &[value, name] : kActions) {
        if (value == action)
            return QString::fromLatin1(name);
    }
    return {};
}

std::optional<AccessAction> accessActionFromWire(const QString &wire)
{
    for (const auto &[value, name] : kActions) {
        if (wire == QLatin1String(name))
            return value;
    }
    return std::nullopt;
}

QJsonObject AccessLogEntry::toJson() const
{
    QJsonObject object = hashedJson();
    object.insert(QStringLiteral("hash"), hash);
    return object;
}

QJsonObject AccessLogEntry::hashedJson() const
{
    return { { QStringLiteral("id"), id },
             { QStringLiteral("at"), wire::toWireTime(at) },
             { QStringLiteral("citizen_id"), citizenId },
             { QStringLiteral("record_id"), optional(recordId) },
             { QStringLiteral("category"), optional(category) },
             { QStringLiteral("action"), accessActionToWire(action) },
             { QStringLiteral("office_id"), officeId },
             { QStringLiteral("actor"), actor },
             { QStringLiteral("purpose"), optional(purpose) },
             { QStringLiteral("legal_basis"), optional(legalBasis) },
             { QStringLiteral("consent_id"), optional(consentId) },
             { QStringLiteral("application_id"), optional(applicationId) },
             { QStringLiteral("hidden_until"), wire::toWireTimeValue(hiddenUntil) },
             { QStringLiteral("hidden_reason"), optional(hiddenReason) },
             { QStringLiteral("prev_hash"), prevHash } };
}

Result<AccessLogEntry> AccessLogEntry::fromJson(const QJsonObject &object)
{
    wire::JsonReader reader(object, "Access log entry");
    AccessLogEntry entry;
    entry.id = reader.string("id");
    entry.at = wire::readTime(reader, "at");
    entry.citizenId = reader.string("citizen_id");
    entry.recordId = reader.optionalString("record_id");
    entry.category = reader.optionalString("category");
    const QString action = reader.string("action");
    entry.officeId = reader.string("office_id");
    entry.actor = reader.string("actor");
    entry.purpose = reader.optionalString("purpose");
    entry.legalBasis = reader.optionalString("legal_basis");
    entry.consentId = reader.optionalString("consent_id");
    entry.applicationId = reader.optionalString("application_id");
    entry.hiddenUntil = wire::readOptionalTime(reader, "hidden_until");
    entry.hiddenReason = reader.optionalString("hidden_reason");
    entry.prevHash = reader.string("prev_hash");
    entry.hash = reader.string("hash");
    if (!reader.ok())
        return reader.problem();
    const auto parsed = accessActionFromWire(action);
    if (!parsed)
        return wire::malformed(
            QStringLiteral("Access log entry: unknown action \"%1\".").arg(action));
    entry.action = *parsed;
    if (!isHash(entry.prevHash) || !isHash(entry.hash))
        return wire::malformed(QStringLiteral("Access log entry: a hash is not 64 hex digits."));
    return entry;
}

} // namespace rathaus
