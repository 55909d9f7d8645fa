#pragma once

#include "common/wire/Catalogue.h"

#include <QObject>

#include <functional>

namespace rathaus::client {

class ApiClient;

// The public catalogue (offices and services), as typed results.
struct Catalogue
{
    QList<Office> offices;
    QList<ServiceSummary> services;
};

class CatalogueApi
{
public:
    explicit CatalogueApi(ApiClient *api) : m_api(api) { }

    // GET /offices and GET /services together; one answer when both arrived.
    void fetchCatalogue(QObject *context, std::function<void(const Result<Catalogue> &)> callback);
    void fetchService(const QString &id, QObject *context,
                      std::function<void(const Result<ServiceDetail> &)> callback);

private:
    ApiClient *m_api;
};

} // namespace rathaus::client
