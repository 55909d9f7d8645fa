#pragma once

#include "common/core/Result.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QString>

#include <functional>

namespace rathaus::client {

class Session;

// The administrator's catalogue (api.md "Admin": /admin/services) over the
// signed-in Session. A service travels as its JSON document (the wire format
// of GET /services/{id} plus the edit `version`): the editor keeps members it
// has no widget for exactly as they came.
class AdminCatalogueApi
{
public:
    template<typename T> using Callback = std::function<void(const Result<T> &)>;

    explicit AdminCatalogueApi(Session *session) : m_session(session) { }

    void listServices(QObject *context, Callback<QJsonArray> callback);
    void fetchService(const QString &id, QObject *context, Callback<QJsonObject> callback);
    // `version` 0: a new service (POST); else PUT with If-Match: a service
    // changed meanwhile answers 409 (isEditConflict), a bad one 422 with
    // Problem::fieldErrors keyed by place ("form.steps[0].fields[1].type").
    void saveService(const QJsonObject &document, int version, QObject *context,
                     Callback<QJsonObject> callback);

    static bool isEditConflict(const Problem &problem);

private:
    Session *m_session;
};

} // namespace rathaus::client
