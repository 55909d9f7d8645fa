#include "app/client/admin/AdminCatalogueApi.h"

#include "app/client/ApiRequest.h"
#include "app/client/Session.h"

#include <QCoreApplication>
#include <QUrl>

namespace rathaus::client {

namespace {

QString servicePath(const QString &id)
{
    return QStringLiteral("/admin/services/") + QString::fromLatin1(QUrl::toPercentEncoding(id));
}

Problem malformed(int status)
{
    return Problem::make(
        status, QStringLiteral("malformed-response"),
        QCoreApplication::translate("ApiClient",
                                    "The city's server sent an answer that could not be read."));
}

} // namespace

void AdminCatalogueApi::listServices(QObject *context, Callback<QJsonArray> callback)
{
    m_session->send(ApiRequest::get(QStringLiteral("/admin/services")), context,
                    [callback](const ApiResult &result) {
                        if (!result.ok())
                            return callback(result.problem());
                        if (!result.value().json.isArray())
                            return callback(malformed(result.value().status));
                        callback(result.value().json.array());
                    });
}

void AdminCatalogueApi::fetchService(const QString &id, QObject *context,
                                     Callback<QJsonObject> callback)
{
    m_session->send(ApiRequest::get(servicePath(id)), context, [callback](const ApiResult &result) {
        if (!result.ok())
            return callback(result.problem());
        if (!result.value().json.isObject())
            return callback(malformed(result.value().status));
        callback(result.value().json.object());
    });
}

void AdminCatalogueApi::saveService(const QJsonObject &document, int version, QObject *context,
                                    Callback<QJsonObject> callback)
{
    QJsonObject body = document;
    // Read-only members of the admin document: the version goes in If-Match.
    body.remove(QStringLiteral("version"));
    body.remove(QStringLiteral("updated_at"));
    ApiRequest request;
    if (version > 0) {
        request.method = QByteArrayLiteral("PUT");
        request.path = servicePath(document.value(QLatin1String("id")).toString());
        request.ifMatch = '"' + QByteArray::number(version) + '"';
    } else {
        request.method = QByteArrayLiteral("POST");
        request.path = QStringLiteral("/admin/services");
    }
    request.body = QJsonDocument(body);
    m_session->send(request, context, [callback](const ApiResult &result) {
        if (!result.ok())
            return callback(result.problem());
        if (!result.value().json.isObject())
            return callback(malformed(result.value().status));
        callback(result.value().json.object());
    });
}

bool AdminCatalogueApi::isEditConflict(const Problem &problem)
{
    return problem.status == 409 && problem.slug() == QLatin1String("edit-conflict");
}

} // namespace rathaus::client
