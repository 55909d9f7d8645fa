#include "app/client/staff/StaffCase.h"

#include "common/wire/JsonReader.h"
#include "common/wire/WireTime.h"

#include <QJsonArray>
#include <QJsonValue>

#include <initializer_list>

namespace rathaus::client {

namespace {

// The first non-empty string among `keys`; a nested {display_name|name}
// object counts too ("citizen": {"id", "display_name"}).
QString firstString(const QJsonObject &object, std::initializer_list<const char *> keys)
{
    for (const char *key : keys) {
        const QJsonValue value = object.value(QLatin1String(key));
        if (value.isString() && !value.toString().isEmpty())
            return value.toString();
        if (value.isObject()) {
            const QJsonObject nested = value.toObject();
            for (const char *nestedKey : { "display_name", "name" }) {
                const QString text = nested.value(QLatin1String(nestedKey)).toString();
                if (!text.isEmpty())
                    return text;
            }
        }
    }
    return {};
}

QString idOf(const QJsonObject &object, const char *key)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (value.isObject())
        return value.toObject().value(QLatin1String("id")).toString();
    return value.toString();
}

QDateTime timeOf(const QJsonObject &object, std::initializer_list<const char *> keys)
{
    for (const char *key : keys) {
        const QJsonValue value = object.value(QLatin1String(key));
        if (value.isString()) {
            if (auto time = wire::fromWireTime(value.toString()))
                return *time;
            const QDateTime parsed = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
            if (parsed.isValid())
                return parsed.toUTC();
        }
    }
    return {};
}

bool isOpen(ApplicationStatus status)
{
    return !isFinal(status) && status != ApplicationStatus::Approved &&
        status != ApplicationStatus::AwaitingPayment;
}

} // namespace

bool StaffCaseSummary::isOverdue(const QDateTime &now) const
{
    if (overdue)
        return true;
    return deadline.isValid() && deadline < now && isOpen(status);
}

Result<StaffCaseSummary> StaffCaseSummary::fromJson(const QJsonObject &object)
{
    wire::JsonReader reader(object, "Case");
    StaffCaseSummary summary;
    summary.id = reader.string("id");
    summary.reference = reader.string("reference");
    summary.serviceId = reader.string("service_id");
    const QString status = reader.string("status");
    if (!reader.ok())
        return reader.problem();
    const auto parsed = applicationStatusFromWire(status);
    if (!parsed)
        return wire::malformed(QStringLiteral("Case: unknown status \"%1\".").arg(status));
    summary.status = *parsed;
    summary.citizenId = idOf(object, "citizen_id");
    if (summary.citizenId.isEmpty())
        summary.citizenId = idOf(object, "citizen");
    summary.serviceTitle = firstString(object, { "service_title" });
    summary.citizenName = firstString(object, { "citizen_name", "citizen" });
    summary.receivedAt = timeOf(object, { "submitted_at", "received_at", "created_at" });
    summary.assignee = idOf(object, "assignee");
    summary.assigneeName = firstString(object, { "assignee_name" });
    if (summary.assigneeName.isEmpty() && object.value(QLatin1String("assignee")).isObject())
        summary.assigneeName = firstString(object, { "assignee" });
    summary.deadline = timeOf(object, { "deadline" });
    summary.overdue = object.value(QLatin1String("overdue")).toBool();
    summary.version = object.value(QLatin1String("version")).toInt();
    return summary;
}

QList<CaseMessage> StaffCase::messagesFromJson(const QJsonArray &array)
{
    QList<CaseMessage> messages;
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        CaseMessage message;
        message.id = object.value(QLatin1String("id")).toString();
        const QString sender = firstString(object, { "sender", "from", "author_role", "direction" });
        message.fromCitizen = sender == QLatin1String("citizen") || sender == QLatin1String("in") ||
            sender == QLatin1String("inbound");
        message.senderName = firstString(object, { "sender_name", "author_name", "from_name" });
        message.body = object.value(QLatin1String("body")).toString();
        message.at = timeOf(object, { "at", "created_at", "sent_at" });
        const QJsonArray uploads = object.value(QLatin1String("uploads")).toArray();
        for (const QJsonValue &upload : uploads)
            message.uploadIds.append(upload.isObject()
                                         ? upload.toObject().value(QLatin1String("id")).toString()
                                         : upload.toString());
        messages.append(message);
    }
    return messages;
}

Result<StaffCase> StaffCase::fromJson(const QJsonObject &object)
{
    auto detail = ApplicationDetail::fromJson(object);
    if (!detail.ok())
        return detail.problem();
    StaffCase result;
    result.detail = std::move(detail).value();
    if (result.detail.assignee.isEmpty())
        result.detail.assignee = idOf(object, "assignee");
    if (result.detail.citizenId.isEmpty())
        result.detail.citizenId = idOf(object, "citizen");
    result.citizenName = firstString(object, { "citizen_name", "citizen" });
    result.assigneeName = firstString(object, { "assignee_name" });
    result.officeId = object.value(QLatin1String("office_id")).toString();
    result.overdue = object.value(QLatin1String("overdue")).toBool();

    const QJsonValue notes = object.value(QLatin1String("notes"));
    for (const QJsonValue &value : notes.toArray()) {
        const QJsonObject note = value.toObject();
        result.notes.append({ note.value(QLatin1String("id")).toString(),
                              idOf(note, "author_id").isEmpty() ? idOf(note, "author")
                                                                : idOf(note, "author_id"),
                              firstString(note, { "author_name", "author" }),
                              note.value(QLatin1String("body")).toString(),
                              timeOf(note, { "created_at", "at" }) });
    }
    const QJsonValue messages = object.value(QLatin1String("messages"));
    result.hasMessages = messages.isArray();
    result.messages = messagesFromJson(messages.toArray());
    return result;
}

} // namespace rathaus::client
