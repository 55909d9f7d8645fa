#pragma once

#include "common/wire/Application.h"
#include "common/wire/Message.h"
#include "common/wire/Page.h"

#include <QByteArray>
#include <QJsonObject>
#include <QObject>
#include <QStringList>

#include <functional>

namespace rathaus::client {

class Session;

// The citizen's applications on the backend (api.md "Citizen: applications"),
// as typed results. Every call goes through the Session (token, refresh).
class ApplicationsApi
{
public:
    template<typename T> using Callback = std::function<void(const Result<T> &)>;

    explicit ApplicationsApi(Session *session) : m_session(session) { }

    // POST /applications with the draft's Idempotency-Key: sending it again
    // after a lost answer files nothing twice.
    void submit(const QString &serviceId, const QJsonObject &data, const QByteArray &idempotencyKey,
                QObject *context, Callback<ApplicationSummary> callback);
    // GET /applications, one page; `cursor` empty for the first.
    void list(const QString &cursor, int limit, QObject *context,
              Callback<Page<ApplicationSummary>> callback);
    void detail(const QString &id, QObject *context, Callback<ApplicationDetail> callback);
    void withdraw(const QString &id, QObject *context, Callback<ApplicationDetail> callback);
    // GET /applications/{id}/messages, oldest first; reading marks the
    // office's messages read.
    void messages(const QString &id, const QString &cursor, QObject *context,
                  Callback<Page<Message>> callback);
    // POST /applications/{id}/messages with the ids of files uploaded before
    // (POST /uploads); the key makes a resend after a lost answer post the
    // message once.
    void sendMessage(const QString &id, const QString &body, const QStringList &uploads,
                     const QByteArray &idempotencyKey, QObject *context,
                     Callback<Message> callback);
    // POST /applications/{id}/answer {message, uploads}: answers the office's
    // open question; the case goes back to the office (info_requested -> in_review).
    void answer(const QString &id, const QString &message, const QStringList &uploads,
                QObject *context, Callback<ApplicationDetail> callback);
    // GET /uploads/{id}: a file of a thread (one's own, or the office's attachment).
    void fetchUpload(const QString &uploadId, QObject *context, Callback<QByteArray> callback);

private:
    Session *m_session;
};

} // namespace rathaus::client
