#include "common/wire/Application.h"

#include "common/wire/Catalogue.h"
#include "common/wire/JsonReader.h"
#include "common/wire/WireTime.h"

#include <QJsonArray>

namespace rathaus {

namespace {

void readSummary(wire::JsonReader &reader, ApplicationSummary &summary)
{
    summary.id = reader.string("id");
    summary.reference = reader.string("reference");
    summary.serviceId = reader.string("service_id");
    const QString status = reader.string("status");
    summary.feeCents = reader.optionalInteger("fee_cents");
    summary.currency = reader.optionalString("currency", QStringLiteral("EUR"));
    const QString paymentStatus = reader.optionalString("payment_status");
    summary.unreadMessages = static_cast<int>(reader.optionalInteger("unread_messages"));
    summary.createdAt = wire::readOptionalTime(reader, "created_at");
    summary.updatedAt = wire::readOptionalTime(reader, "updated_at");
    if (!reader.ok())
        return;
    if (const auto parsed = applicationStatusFromWire(status))
        summary.status = *parsed;
    else
        reader.fail(QStringLiteral("Application: unknown status \"%1\".").arg(status));
    if (!paymentStatus.isEmpty()) {
        summary.paymentStatus = paymentStatusFromWire(paymentStatus);
        if (!summary.paymentStatus)
            reader.fail(
                QStringLiteral("Application: unknown payment status \"%1\".").arg(paymentStatus));
    }
    if (summary.feeCents < 0 || summary.unreadMessages < 0)
        reader.fail(QStringLiteral("Application: negative fee or count."));
}

} // namespace

QJsonObject ApplicationHistoryEntry::toJson() const
{
    QJsonObject object { { QStringLiteral("at"), wire::toWireTime(at) },
                         { QStringLiteral("from"),
                           from ? QJsonValue(applicationStatusToWire(*from))
                                : QJsonValue(QJsonValue::Null) },
                         { QStringLiteral("to"), applicationStatusToWire(to) },
                         { QStringLiteral("actor"), actorToWire(actor) } };
    if (!actorName.isEmpty())
        object.insert(QStringLiteral("actor_name"), actorName);
    if (!staffName.isEmpty())
        object.insert(QStringLiteral("staff_name"), staffName);
    if (!staffRole.isEmpty())
        object.insert(QStringLiteral("staff_role"), staffRole);
    if (!note.isEmpty())
        object.insert(QStringLiteral("note"), note);
    if (!reason.isEmpty())
        object.insert(QStringLiteral("reason"), reason);
    if (until.isValid())
        object.insert(QStringLiteral("until"), wire::toWireTime(until));
    return object;
}

Result<ApplicationHistoryEntry> ApplicationHistoryEntry::fromJson(const QJsonObject &object)
{
    wire::JsonReader reader(object, "History entry");
    ApplicationHistoryEntry entry;
    entry.at = wire::readTime(reader, "at");
    const QString from = reader.optionalString("from");
    const QString to = reader.string("to");
    const QString actor = reader.string("actor");
    entry.actorName = reader.optionalString("actor_name");
    entry.staffName = reader.optionalString("staff_name");
    entry.staffRole = reader.optionalString("staff_role");
    entry.note = reader.optionalString("note");
    entry.reason = reader.optionalString("reason");
    entry.until = wire::readOptionalTime(reader, "until");
    if (!reader.ok())
        return reader.problem();
    if (!from.isEmpty()) {
        entry.from = applicationStatusFromWire(from);
        if (!entry.from)
            return wire::malformed(
                QStringLiteral("History entry: unknown status \"%1\".").arg(from));
    }
    const auto parsedTo = applicationStatusFromWire(to);
    if (!parsedTo)
        return wire::malformed(QStringLiteral("History entry: unknown status \"%1\".").arg(to));
    entry.to = *parsedTo;
    const auto parsedActor = actorFromWire(actor);
    if (!parsedActor)
        return wire::malformed(QStringLiteral("History entry: unknown actor \"%1\".").arg(actor));
    entry.actor = *parsedActor;
    return entry;
}

QJsonObject ApplicationSummary::toJson() const
{
    QJsonObject object { { QStringLiteral("id"), id },
                         { QStringLiteral("reference"), reference },
                         { QStringLiteral("service_id"), serviceId },
                         { QStringLiteral("status"), applicationStatusToWire(status) },
                         { QStringLiteral("fee_cents"), feeCents },
                         { QStringLiteral("currency"), currency },
                         { QStringLiteral("unread_messages"), unreadMessages },
                         { QStringLiteral("created_at"), wire::toWireTimeValue(createdAt) },
                         { QStringLiteral("updated_at"), wire::toWireTimeValue(updatedAt) } };
    if (paymentStatus)
        object.insert(QStringLiteral("payment_status"), paymentStatusToWire(*paymentStatus));
    return object;
}

Result<ApplicationSummary> ApplicationSummary::fromJson(const QJsonObject &object)
{
    wire::JsonReader reader(object, "Application");
    ApplicationSummary summary;
    readSummary(reader, summary);
    if (!reader.ok())
        return reader.problem();
    return summary;
}

QJsonObject ApplicationDetail::toJson() const
{
    QJsonObject object = summary.toJson();
    QJsonArray historyArray;
    for (const ApplicationHistoryEntry &entry : history)
        historyArray.append(entry.toJson());
    QJsonArray documentArray;
    for (const Document &document : documents)
        documentArray.append(document.toJson());
    object.insert(QStringLiteral("citizen_id"), citizenId);
    object.insert(QStringLiteral("schema_version"), schemaVersion);
    object.insert(QStringLiteral("data"), data);
    object.insert(QStringLiteral("status_label"), statusLabel);
    object.insert(QStringLiteral("next_step"), nextStep);
    if (!assignee.isEmpty())
        object.insert(QStringLiteral("assignee"), assignee);
    object.insert(QStringLiteral("deadline"), wire::toWireTimeValue(deadline));
    object.insert(QStringLiteral("version"), version);
    object.insert(QStringLiteral("history"), historyArray);
    object.insert(QStringLiteral("payment"),
                  payment ? QJsonValue(payment->toJson()) : QJsonValue(QJsonValue::Null));
    object.insert(QStringLiteral("documents"), documentArray);
    return object;
}

Result<ApplicationDetail> ApplicationDetail::fromJson(const QJsonObject &object)
{
    wire::JsonReader reader(object, "Application");
    ApplicationDetail detail;
    readSummary(reader, detail.summary);
    detail.citizenId = reader.optionalString("citizen_id");
    detail.schemaVersion = static_cast<int>(reader.optionalInteger("schema_version"));
    detail.data = reader.object("data");
    detail.statusLabel = reader.optionalString("status_label");
    detail.nextStep = reader.optionalString("next_step");
    detail.assignee = reader.optionalString("assignee");
    detail.deadline = wire::readOptionalTime(reader, "deadline");
    detail.version = static_cast<int>(reader.optionalInteger("version"));
    const QJsonArray historyArray = reader.optionalArray("history");
    const QJsonArray documentArray = reader.optionalArray("documents");
    const QJsonValue paymentValue = object.value(QLatin1String("payment"));
    if (!wire::isAbsent(paymentValue) && !paymentValue.isObject())
        reader.fail(QStringLiteral("Application: \"payment\" is not an object."));
    if (!reader.ok())
        return reader.problem();

    auto history = listFromJson<ApplicationHistoryEntry>(historyArray);
    if (!history)
        return history.problem();
    detail.history = std::move(history).value();
    auto documents = listFromJson<Document>(documentArray);
    if (!documents)
        return documents.problem();
    detail.documents = std::move(documents).value();
    if (paymentValue.isObject()) {
        auto payment = Payment::fromJson(paymentValue.toObject());
        if (!payment)
            return payment.problem();
        detail.payment = std::move(payment).value();
    }
    return detail;
}

} // namespace rathaus
