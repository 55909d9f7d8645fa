#pragma once

#include "common/core/Result.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QString>
#include <QUrlQuery>

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

    static ApiRequest get(const QString &path)
    {
        return { QByteArrayLiteral("GET"), path, {}, {}, {}, {} };
    }
    static ApiRequest post(const QString &path, const QJsonDocument &body = {})
    {
        return { QByteArrayLiteral("POST"), path, {}, body, {}, {} };
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
};

using ApiResult = Result<ApiResponse>;
using ApiCallback = std::function<void(const ApiResult &)>;

} // namespace rathaus::client
