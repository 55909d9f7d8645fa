#pragma once

#include "common/core/Result.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QString>
#include <QUrlQuery>

#include <QList>
#include <QPair>

#include <functional>

namespace rathaus::client {

// One call of the HTTP contract (api.md), relative to the base path /api/v1.
struct ApiRequest
{
    QByteArray method = QByteArrayLiteral("GET");
    QString path; // "/services/meldebescheinigung"
    QUrlQuery query;
    QJsonDocument body; // null: no body
    QByteArray bearerToken; // empty: anonymous
    QByteArray idempotencyKey; // writes that create something
    QByteArray ifMatch; // optimistic concurrency: the version the caller last saw
    bool rawResponse = false; // the answer is a file (an upload), not JSON
    // A body sent as it is instead of `body` (uploads: the file itself).
    QByteArray rawBody;
    QByteArray rawContentType;
    QList<QPair<QByteArray, QByteArray>> headers; // further headers (X-Filename)
    // Called while the body goes out (sent, total), for a progress bar.
    std::function<void(qint64, qint64)> uploadProgress;

    static ApiRequest get(const QString &path)
    {
        ApiRequest request;
        request.path = path;
        return request;
    }
    static ApiRequest post(const QString &path, const QJsonDocument &body = {})
    {
        ApiRequest request;
        request.method = QByteArrayLiteral("POST");
        request.path = path;
        request.body = body;
        return request;
    }
    static ApiRequest postRaw(const QString &path, const QByteArray &content,
                              const QByteArray &contentType)
    {
        ApiRequest request = post(path);
        request.rawBody = content;
        request.rawContentType = contentType;
        return request;
    }

    // Safe to send again after a lost answer: reads, and writes carrying an
    // idempotency key (the backend then answers the first result again).
    bool isRetryable() const
    {
        return method == "GET" || method == "HEAD" || !idempotencyKey.isEmpty();
    }
};

struct ApiResponse
{
    int status = 0;
    QJsonDocument json; // null for 204 and empty bodies
    QByteArray requestId; // X-Request-Id, for support and logs
    QByteArray body; // only for requests with rawBody
    QByteArray contentType; // only for requests with rawBody
};

using ApiResult = Result<ApiResponse>;
using ApiCallback = std::function<void(const ApiResult &)>;

} // namespace rathaus::client
