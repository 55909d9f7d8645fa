#include "app/client/CatalogueApi.h"

#include "app/client/ApiClient.h"
#include "app/client/ListReply.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QPointer>
#include <QUrl>

#include <memory>
#include <optional>

namespace rathaus::client {

void CatalogueApi::fetchCatalogue(QObject *context,
                                  std::function<void(const Result<Catalogue> &)> callback)
{
    struct Pending
    {
        std::optional<Result<QList<Office>>> offices;
        std::optional<Result<QList<ServiceSummary>>> services;
        std::function<void(const Result<Catalogue> &)> callback;

        void finishIfComplete()
        {
            if (!offices || !services)
                return;
            if (!offices->ok())
                return callback(offices->problem());
            if (!services->ok())
                return callback(services->problem());
            callback(Catalogue { offices->value(), services->value() });
        }
    };
    auto pending = std::make_shared<Pending>();
    pending->callback = std::move(callback);

    m_api->send(ApiRequest::get(QStringLiteral("/offices")), context,
                [pending](const ApiResult &result) {
                    pending->offices = listFrom<Office>(result);
                    pending->finishIfComplete();
                });
    m_api->send(ApiRequest::get(QStringLiteral("/services")), context,
                [pending](const ApiResult &result) {
                    pending->services = listFrom<ServiceSummary>(result);
                    pending->finishIfComplete();
                });
}

void CatalogueApi::fetchService(const QString &id, QObject *context,
                                std::function<void(const Result<ServiceDetail> &)> callback,
                                int schemaVersion)
{
    const QString path =
        QStringLiteral("/services/") + QString::fromLatin1(QUrl::toPercentEncoding(id));
    ApiRequest request = ApiRequest::get(path);
    if (schemaVersion > 0)
        request.query.addQueryItem(QStringLiteral("schema_version"),
                                   QString::number(schemaVersion));
    ApiClient *api = m_api;
    QPointer<QObject> guard(context);
    m_api->send(
        request, context, [api, id, guard, callback, schemaVersion](const ApiResult &result) {
            if (!result.ok() && result.problem().status == 404 && schemaVersion > 0 && guard) {
                // An older backend, or a form never filed: the current one.
                CatalogueApi(api).fetchService(id, guard, callback);
                return;
            }
            if (!result.ok())
                return callback(result.problem());
            if (!result.value().json.isObject())
                return callback(malformedResponse(result.value().status));
            callback(ServiceDetail::fromJson(result.value().json.object()));
        });
}

} // namespace rathaus::client
