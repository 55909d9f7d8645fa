#include "server/store/CatalogueEditMigration.h"

namespace rathaus::server {

Migration catalogueEditsMigration(int version)
{
    Migration migration;
    migration.version = version;
    migration.name = QStringLiteral("editable catalogue: service versions, published forms");
    migration.statements = {
        QStringLiteral("ALTER TABLE services ADD COLUMN version INTEGER NOT NULL DEFAULT 1"),
        // NULL: as the seed wrote it (a newer seed may update it); else the
        // administrator's user id, and the seed keeps its hands off.
        QStringLiteral("ALTER TABLE services ADD COLUMN edited_by TEXT"),
        // Office-owned data, keyed by service: one row per published form
        // version (form.version), never changed once written. The current form
        // is in services.form; an edit files the old one here first. No
        // foreign key, like applications.service_id: filed forms are history.
        QStringLiteral("CREATE TABLE service_forms ("
                       " service_id TEXT NOT NULL,"
                       " version INTEGER NOT NULL,"
                       " form TEXT NOT NULL,"
                       " created_at BIGINT NOT NULL,"
                       " PRIMARY KEY (service_id, version))"),
    };
    return migration;
}

} // namespace rathaus::server
