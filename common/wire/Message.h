#pragma once

#include "common/core/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace rathaus {

// Who wrote a message of a thread (domain.md "Messages and notifications").
enum class MessageSender { Citizen, Office };

QString messageSenderToWire(MessageSender sender);
std::optional<MessageSender> messageSenderFromWire(const QString &wire);

// A file attached to a message, as the thread lists it: enough to name it
// and to fetch it (GET /uploads/{id}: its sender and the thread's other side).
struct MessageAttachment
{
    QString id; // the upload id
    QString filename; // the server's sanitised display name
    QString mediaType;
    qint64 size = 0;

    friend bool operator==(const MessageAttachment &, const MessageAttachment &) = default;
};

// One message between a citizen and an office: in the thread of an
// application, or (application id empty) a citizen's request to correct one
// of the office's records. GET/POST /applications/{id}/messages and
// /staff/cases/{id}/messages.
struct Message
{
    QString id;
    QString applicationId; // empty: not tied to an application
    QString recordId; // a correction request's record; else empty
    QString officeId;
    MessageSender sender = MessageSender::Citizen;
    // Office messages: the staff member's pseudonym ("staff-..."), never a
    // username, and the office's name as the citizen sees it.
    QString senderPseudonym;
    QString senderName;
    QString body;
    QStringList uploads; // attachment upload ids
    QList<MessageAttachment> attachments; // the same uploads, named (in that order)
    QDateTime createdAt;
    QDateTime readByCitizenAt; // null: not (yet) read by that side
    QDateTime readByOfficeAt;

    QJsonObject toJson() const;
    static Result<Message> fromJson(const QJsonObject &object);

    friend bool operator==(const Message &, const Message &) = default;
};

// An improvement suggestion (POST /feedback; GET /staff/feedback item). The
// author is not part of the wire: staff read suggestions, not who sent them.
struct Feedback
{
    QString id;
    QString serviceId; // empty: about the city's services in general
    QString officeId; // the service's office; empty when general
    QString text;
    QString status; // "new" (triage states may follow)
    QDateTime createdAt;

    QJsonObject toJson() const;
    static Result<Feedback> fromJson(const QJsonObject &object);

    friend bool operator==(const Feedback &, const Feedback &) = default;
};

} // namespace rathaus
