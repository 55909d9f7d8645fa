#include "common/wire/Message.h"

#include "common/core/WireNames.h"
#include "common/wire/JsonReader.h"
#include "common/wire/WireTime.h"

#include <QJsonArray>

namespace rathaus {

namespace {

constexpr WireNameTable<MessageSender, 2> kSenderNames { {
    { MessageSender::Citizen, "citizen" },
    { MessageSender::Office, "office" },
} };

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

} // namespace

QString messageSenderToWire(MessageSender sender)
{
    return enumToWire(kSenderNames, sender);
}

std::optional<MessageSender> messageSenderFromWire(const QString &wire)
{
    return enumFromWire(kSenderNames, wire);
}

QJsonObject Message::toJson() const
{
    QJsonArray named;
    for (const MessageAttachment &attachment : attachments)
        named.append(QJsonObject { { QStringLiteral("id"), attachment.id },
                                   { QStringLiteral("filename"), attachment.filename },
                                   { QStringLiteral("media_type"), attachment.mediaType },
                                   { QStringLiteral("size"), attachment.size } });
    return { { QStringLiteral("id"), id },
             { QStringLiteral("application_id"), textOrNull(applicationId) },
             { QStringLiteral("record_id"), textOrNull(recordId) },
             { QStringLiteral("office_id"), officeId },
             { QStringLiteral("sender"), messageSenderToWire(sender) },
             { QStringLiteral("sender_pseudonym"), textOrNull(senderPseudonym) },
             { QStringLiteral("sender_name"), textOrNull(senderName) },
             { QStringLiteral("body"), body },
             { QStringLiteral("uploads"), QJsonArray::fromStringList(uploads) },
             { QStringLiteral("attachments"), named },
             { QStringLiteral("created_at"), wire::toWireTime(createdAt) },
             { QStringLiteral("read_by_citizen_at"), wire::toWireTimeValue(readByCitizenAt) },
             { QStringLiteral("read_by_office_at"), wire::toWireTimeValue(readByOfficeAt) } };
}

Result<Message> Message::fromJson(const QJsonObject &object)
{
    wire::JsonReader reader(object, "Message");
    Message message;
    message.id = reader.string("id");
    message.applicationId = reader.optionalString("application_id");
    message.recordId = reader.optionalString("record_id");
    message.officeId = reader.string("office_id");
    const QString sender = reader.string("sender");
    message.senderPseudonym = reader.optionalString("sender_pseudonym");
    message.senderName = reader.optionalString("sender_name");
    message.body = reader.string("body");
    for (const QJsonValue &value : reader.optionalArray("uploads")) {
        if (!value.isString()) {
            reader.fail(QStringLiteral("Message: an upload id is not a string."));
            break;
        }
        message.uploads.append(value.toString());
    }
    for (const QJsonValue &value : reader.optionalArray("attachments")) {
        const QJsonObject fields = value.toObject(); // the reader keeps a reference
        wire::JsonReader item(fields, "MessageAttachment");
        MessageAttachment attachment;
        attachment.id = item.string("id");
        attachment.filename = item.string("filename");
        attachment.mediaType = item.string("media_type");
        attachment.size = item.integer("size");
        if (!value.isObject() || !item.ok()) {
            reader.fail(QStringLiteral("Message: an attachment is malformed."));
            break;
        }
        message.attachments.append(attachment);
    }
    message.createdAt = wire::readTime(reader, "created_at");
    message.readByCitizenAt = wire::readOptionalTime(reader, "read_by_citizen_at");
    message.readByOfficeAt = wire::readOptionalTime(reader, "read_by_office_at");
    if (!reader.ok())
        return reader.problem();
    const auto parsedSender = messageSenderFromWire(sender);
    if (!parsedSender)
        return wire::malformed(QStringLiteral("Message: unknown sender \"%1\".").arg(sender));
    message.sender = *parsedSender;
    return message;
}

QJsonObject Feedback::toJson() const
{
    return { { QStringLiteral("id"), id },
             { QStringLiteral("service_id"), textOrNull(serviceId) },
             { QStringLiteral("office_id"), textOrNull(officeId) },
             { QStringLiteral("text"), text },
             { QStringLiteral("status"), status },
             { QStringLiteral("created_at"), wire::toWireTime(createdAt) } };
}

Result<Feedback> Feedback::fromJson(const QJsonObject &object)
{
    wire::JsonReader reader(object, "Feedback");
    Feedback feedback;
    feedback.id = reader.string("id");
    feedback.serviceId = reader.optionalString("service_id");
    feedback.officeId = reader.optionalString("office_id");
    feedback.text = reader.string("text");
    feedback.status = reader.string("status");
    feedback.createdAt = wire::readTime(reader, "created_at");
    if (!reader.ok())
        return reader.problem();
    return feedback;
}

} // namespace rathaus
