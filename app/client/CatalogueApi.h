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
    // `schemaVersion` > 0: with the form in that version (an application's
    // schema_version: the form it was filed on), or the current form when
    // the backend does not know that version.
    void fetchService(const QString &id, QObject *context,
                      std::function<void(const Result<ServiceDetail> &)> callback,
                      int schemaVersion = 0);

private:
    ApiClient *m_api;
};

} // namespace rathaus::client
