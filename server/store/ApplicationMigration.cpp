#include "server/store/ApplicationMigration.h"

namespace rathaus::server {

Migration applicationsMigration(int version)
{
    Migration migration;
    migration.version = version;
    migration.name = QStringLiteral("applications, history, reference counter, idempotency keys");
    migration.statements = {
        // Citizen-owned: citizen_id on every row. Data is the form's values
        // as JSON text (hidden fields dropped); times in epoch seconds.
        // service_id and office_id have no foreign key on purpose: a case
        // outlives edits of the catalogue (it keeps schema_version and data).
        QStringLiteral("CREATE TABLE applications ("
                       " id TEXT PRIMARY KEY,"
                       " citizen_id TEXT NOT NULL REFERENCES users(id),"
                       " reference TEXT NOT NULL UNIQUE,"
                       " service_id TEXT NOT NULL,"
                       " office_id TEXT NOT NULL,"
                       " schema_version INTEGER NOT NULL,"
                       " data TEXT NOT NULL,"
                       " status TEXT NOT NULL,"
                       " fee_cents BIGINT NOT NULL,"
                       " currency TEXT NOT NULL,"
                       " payment_status TEXT,"
                       " assignee TEXT,"
                       " deadline BIGINT NOT NULL,"
                       " version INTEGER NOT NULL,"
                       " created_at BIGINT NOT NULL,"
                       " updated_at BIGINT NOT NULL)"),
        // Keyset paging of a citizen's list, newest first (with and without
        // a status filter), and the office's queue later.
        QStringLiteral("CREATE INDEX applications_citizen_created"
                       " ON applications(citizen_id, created_at, id)"),
        QStringLiteral("CREATE INDEX applications_citizen_status_created"
                       " ON applications(citizen_id, status, created_at, id)"),
        QStringLiteral("CREATE INDEX applications_office_status"
                       " ON applications(office_id, status, created_at)"),
        // seq equals the application's version after the change: a lost
        // concurrent update cannot leave two entries with one number.
        QStringLiteral("CREATE TABLE application_history ("
                       " citizen_id TEXT NOT NULL REFERENCES users(id),"
                       " application_id TEXT NOT NULL REFERENCES applications(id),"
                       " seq INTEGER NOT NULL,"
                       " at BIGINT NOT NULL,"
                       " from_status TEXT,"
                       " to_status TEXT NOT NULL,"
                       " actor TEXT NOT NULL,"
                       " actor_name TEXT NOT NULL,"
                       " note TEXT NOT NULL,"
                       " reason TEXT NOT NULL,"
                       " until_at BIGINT,"
                       " PRIMARY KEY (application_id, seq))"),
        // "LUN-2026" -> last number given; the row is locked by the upsert
        // until the creating transaction ends, so numbers are unique and
        // gap-free on both databases.
        QStringLiteral("CREATE TABLE reference_counters ("
                       " name TEXT PRIMARY KEY,"
                       " value BIGINT NOT NULL)"),
        // status NULL: the first request is still being worked on.
        QStringLiteral("CREATE TABLE idempotency_keys ("
                       " user_id TEXT NOT NULL REFERENCES users(id),"
                       " idem_key TEXT NOT NULL,"
                       " request_hash TEXT NOT NULL,"
                       " status INTEGER,"
                       " response TEXT,"
                       " resource_id TEXT,"
                       " created_at BIGINT NOT NULL,"
                       " PRIMARY KEY (user_id, idem_key))"),
        QStringLiteral("CREATE INDEX idempotency_keys_created ON idempotency_keys(created_at)"),
    };
    return migration;
}

} // namespace rathaus::server
