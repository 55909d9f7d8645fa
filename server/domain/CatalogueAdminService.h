#pragma once

#include "common/core/Result.h"
#include "server/store/UserRepository.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace rathaus {
class Clock;
}

namespace rathaus::server {

class Database;

// The administrator's catalogue (GET|POST|PUT /admin/services). A service is
// one JSON document in the wire format of GET /services/{id} plus its edit
// `version` and `updated_at`. Writes are checked by the shared
// ServiceSchemaCheck (422 with every mistake and its place) and by what only
// the backend knows (the office exists, the id is free).
//
// Form versions: when an edit changes the form, form.version goes up by one
// (the backend counts, whatever the client sent) and the old form stays
// filed, so that applications keep the form they were filed on. The public
// catalogue reads the database on every request: an edit shows at once.
class CatalogueAdminService
{
public:
    CatalogueAdminService(Database &database, const Clock &clock);

    QJsonArray list() const;
    Result<QJsonObject> get(const QString &id) const;
    Result<QJsonObject> create(const UserRecord &admin, const QJsonObject &document);
    // `expectedVersion` from If-Match; 409 "edit-conflict" when stale.
    Result<QJsonObject> replace(const UserRecord &admin, const QString &id, int expectedVersion,
                                const QJsonObject &document);

private:
    Database &m_database;
    const Clock &m_clock;
};

} // namespace rathaus::server
