#include "app/client/CitizenApi.h"

#include "app/client/Session.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QUrl>

namespace rathaus::client {

namespace {

QString encoded(const QString &id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}

// The typed value of a JSON object answer, or the problem to show.
template<typename T> Result<T> objectAs(const ApiResult &result)
{
    if (!result.ok())
        return result.problem();
    if (!result.value().json.isObject())
        return Problem::make(result.value().status, QStringLiteral("malformed-response"),
                             QCoreApplication::translate(
                                 "ApiClient",
                                 "The city's server sent an answer that could not be read."));
    return T::fromJson(result.value().json.object());
}

} // namespace

void CitizenApi::fetchReceipt(const QString &paymentId, QObject *context,
                              std::function<void(const Result<Receipt> &)> callback)
{
    m_session->send(
        ApiRequest::get(QStringLiteral("/payments/%1/receipt").arg(encoded(paymentId))), context,
        [callback](const ApiResult &result) { callback(objectAs<Receipt>(result)); });
}

void CitizenApi::fetchDocument(const QString &documentId, QObject *context,
                               std::function<void(const Result<Document> &)> callback)
{
    m_session->send(ApiRequest::get(QStringLiteral("/documents/") + encoded(documentId)),
                    context,
                    [callback](const ApiResult &result) { callback(objectAs<Document>(result)); });
}

void CitizenApi::sendFeedback(const QString &serviceId, const QString &text, QObject *context,
                              std::function<void(const Problem &)> done)
{
    QJsonObject body { { QStringLiteral("text"), text } };
    if (!serviceId.isEmpty())
        body.insert(QStringLiteral("service_id"), serviceId);
    m_session->send(ApiRequest::post(QStringLiteral("/feedback"), QJsonDocument(body)), context,
                    [done](const ApiResult &result) {
                        done(result.ok() ? Problem {} : result.problem());
                    });
}

} // namespace rathaus::client
