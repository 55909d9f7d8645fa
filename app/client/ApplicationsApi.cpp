#include "app/client/ApplicationsApi.h"

#include "app/client/Session.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QUrl>

namespace rathaus::client {

namespace {

Problem malformed(int status)
{
    return Problem::make(
        status, QStringLiteral("malformed-response"),
        QCoreApplication::translate("ApiClient",
                                    "The city's server sent an answer that could not be read."));
}

template<typename T> Result<T> objectFrom(const ApiResult &result)
{
    if (!result.ok())
        return result.problem();
    if (!result.value().json.isObject())
        return malformed(result.value().status);
    return T::fromJson(result.value().json.object());
}

QString applicationPath(const QString &id, const QString &suffix = {})
{
    return QStringLiteral("/applications/") + QString::fromLatin1(QUrl::toPercentEncoding(id)) +
        suffix;
}

} // namespace

void ApplicationsApi::submit(const QString &serviceId, const QJsonObject &data,
                             const QByteArray &idempotencyKey, QObject *context,
                             Callback<ApplicationSummary> callback)
{
    const QJsonObject body { { QStringLiteral("service_id"), serviceId },
                             { QStringLiteral("data"), data } };
    ApiRequest request = ApiRequest::post(QStringLiteral("/applications"), QJsonDocument(body));
    request.idempotencyKey = idempotencyKey;
    m_session->send(request, context, [callback](const ApiResult &result) {
        callback(objectFrom<ApplicationSummary>(result));
    });
}

void ApplicationsApi::list(const QString &cursor, int limit, QObject *context,
                           Callback<Page<ApplicationSummary>> callback)
{
    ApiRequest request = ApiRequest::get(QStringLiteral("/applications"));
    request.query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    if (!cursor.isEmpty())
        request.query.addQueryItem(QStringLiteral("cursor"), cursor);
    m_session->send(request, context, [callback](const ApiResult &result) {
        callback(objectFrom<Page<ApplicationSummary>>(result));
    });
}

void ApplicationsApi::detail(const QString &id, QObject *context,
                             Callback<ApplicationDetail> callback)
{
    m_session->send(
        ApiRequest::get(applicationPath(id)), context,
        [callback](const ApiResult &result) { callback(objectFrom<ApplicationDetail>(result)); });
}

void ApplicationsApi::withdraw(const QString &id, QObject *context,
                               Callback<ApplicationDetail> callback)
{
    m_session->send(ApiRequest::post(applicationPath(id, QStringLiteral("/withdraw")),
                                     QJsonDocument(QJsonObject())),
                    context, [callback](const ApiResult &result) {
                        callback(objectFrom<ApplicationDetail>(result));
                    });
}

void ApplicationsApi::messages(const QString &id, const QString &cursor, QObject *context,
                               Callback<Page<Message>> callback)
{
    ApiRequest request = ApiRequest::get(applicationPath(id, QStringLiteral("/messages")));
    request.query.addQueryItem(QStringLiteral("limit"), QStringLiteral("100"));
    if (!cursor.isEmpty())
        request.query.addQueryItem(QStringLiteral("cursor"), cursor);
    m_session->send(request, context, [callback](const ApiResult &result) {
        callback(objectFrom<Page<Message>>(result));
    });
}

void ApplicationsApi::sendMessage(const QString &id, const QString &body,
                                  const QStringList &uploads, const QByteArray &idempotencyKey,
                                  QObject *context, Callback<Message> callback)
{
    QJsonObject json { { QStringLiteral("body"), body } };
    if (!uploads.isEmpty())
        json.insert(QStringLiteral("uploads"), QJsonArray::fromStringList(uploads));
    ApiRequest request =
        ApiRequest::post(applicationPath(id, QStringLiteral("/messages")), QJsonDocument(json));
    request.idempotencyKey = idempotencyKey;
    m_session->send(request, context,
                    [callback](const ApiResult &result) { callback(objectFrom<Message>(result)); });
}

void ApplicationsApi::answer(const QString &id, const QString &message, const QStringList &uploads,
                             QObject *context, Callback<ApplicationDetail> callback)
{
    QJsonObject json { { QStringLiteral("message"), message } };
    if (!uploads.isEmpty())
        json.insert(QStringLiteral("uploads"), QJsonArray::fromStringList(uploads));
    const ApiRequest request =
        ApiRequest::post(applicationPath(id, QStringLiteral("/answer")), QJsonDocument(json));
    m_session->send(request, context, [callback](const ApiResult &result) {
        callback(objectFrom<ApplicationDetail>(result));
    });
}

void ApplicationsApi::fetchUpload(const QString &uploadId, QObject *context,
                                  Callback<QByteArray> callback)
{
    ApiRequest request = ApiRequest::get(QStringLiteral("/uploads/") +
                                         QString::fromLatin1(QUrl::toPercentEncoding(uploadId)));
    request.rawResponse = true;
    m_session->send(request, context, [callback](const ApiResult &result) {
        if (!result.ok())
            return callback(result.problem());
        callback(result.value().body);
    });
}

} // namespace rathaus::client
