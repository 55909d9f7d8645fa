#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QString>

namespace rathaus::client {

// An application being filled in, kept on this computer until it is sent.
// `idempotencyKey` is made with the draft and sent with every attempt, so a
// submission retried after a lost answer (or after a crash) is filed once.
struct Draft
{
    enum class State {
        Editing, // the citizen is still filling it in
        Queued, // submitted: waits in the outbox until the backend takes it
    };

    QString id; // UUID, local only
    QString serviceId;
    QByteArray idempotencyKey; // UUID
    State state = State::Editing;
    QJsonObject data; // the FormState's values
    QJsonObject submission; // Queued: the request's `data` (visible values only)
    int step = 0; // where the citizen was in the form
    int progress = 0; // percent of the form's steps passed (shown in lists)
    QMap<QString, QString> fieldErrors; // the backend's verdict on the last attempt
    QString notice; // why the draft came back from the outbox (user's language)
    QDateTime createdAt;
    QDateTime updatedAt;
};

// What a list shows of a draft without its sealed values.
struct DraftInfo
{
    QString id;
    QString serviceId;
    Draft::State state = Draft::State::Editing;
    int progress = 0;
    QDateTime updatedAt;
    bool readable = true; // false: wrong key or changed bytes; can only be discarded
};

} // namespace rathaus::client
