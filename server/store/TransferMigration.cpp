#include "server/store/TransferMigration.h"

namespace rathaus::server {

Migration transfersMigration(int version)
{
    Migration migration;
    migration.version = version;
    migration.name =
        QStringLiteral("transfers, transfer history, delivered copies, access-log anchors");
    migration.statements = {
        // categories, record_ids and approved_record_ids are JSON arrays of
        // strings: small, read and written whole. expires_at is the request's
        // (requested -> expired), consent_expires_at the consent's (the copies
        // are then marked for deletion); copies_marked_at makes that job run once.
        QStringLiteral("CREATE TABLE transfers ("
                       " id TEXT PRIMARY KEY,"
                       " citizen_id TEXT NOT NULL REFERENCES users(id),"
                       " from_office_id TEXT NOT NULL REFERENCES offices(id),"
                       " to_office_id TEXT NOT NULL REFERENCES offices(id),"
                       " categories TEXT NOT NULL,"
                       " record_ids TEXT NOT NULL,"
                       " approved_record_ids TEXT,"
                       " purpose TEXT NOT NULL,"
                       " legal_basis TEXT NOT NULL,"
                       " application_id TEXT,"
                       " requested_by TEXT NOT NULL,"
                       " status TEXT NOT NULL,"
                       " expires_at BIGINT,"
                       " consent_expires_at BIGINT,"
                       " created_at BIGINT NOT NULL,"
                       " updated_at BIGINT NOT NULL,"
                       " decided_at BIGINT,"
                       " delivered_at BIGINT,"
                       " withdrawn_at BIGINT,"
                       " copies_marked_at BIGINT,"
                       " version INTEGER NOT NULL)"),
        // Keyset paging: the citizen's list, each office's lists (in and out).
        QStringLiteral("CREATE INDEX transfers_citizen ON transfers(citizen_id, created_at, id)"),
        QStringLiteral(
            "CREATE INDEX transfers_to_office ON transfers(to_office_id, created_at, id)"),
        QStringLiteral(
            "CREATE INDEX transfers_from_office ON transfers(from_office_id, created_at, id)"),
        QStringLiteral("CREATE INDEX transfers_application ON transfers(application_id)"),
        // The expiry job's two questions.
        QStringLiteral("CREATE INDEX transfers_status_expires ON transfers(status, expires_at)"),
        QStringLiteral("CREATE INDEX transfers_consent_expires"
                       " ON transfers(consent_expires_at, copies_marked_at)"),
        // seq equals the transfer's version after the change (as for applications).
        QStringLiteral("CREATE TABLE transfer_history ("
                       " citizen_id TEXT NOT NULL REFERENCES users(id),"
                       " transfer_id TEXT NOT NULL REFERENCES transfers(id),"
                       " seq INTEGER NOT NULL,"
                       " at BIGINT NOT NULL,"
                       " from_status TEXT,"
                       " to_status TEXT NOT NULL,"
                       " actor TEXT NOT NULL,"
                       " note TEXT NOT NULL,"
                       " PRIMARY KEY (transfer_id, seq))"),
        // The receiving office's copy of each delivered record (the
        // transmission record tied to the consent). The content is a snapshot
        // at delivery; marked_for_deletion_at is set on withdrawal or when the
        // consent expires, and housekeeping then deletes the row.
        QStringLiteral("CREATE TABLE transfer_copies ("
                       " transfer_id TEXT NOT NULL REFERENCES transfers(id),"
                       " record_id TEXT NOT NULL,"
                       " citizen_id TEXT NOT NULL REFERENCES users(id),"
                       " office_id TEXT NOT NULL,"
                       " source_office_id TEXT NOT NULL,"
                       " category TEXT NOT NULL,"
                       " title TEXT NOT NULL,"
                       " fields TEXT NOT NULL,"
                       " legal_basis TEXT NOT NULL,"
                       " record_updated_at BIGINT NOT NULL,"
                       " copied_at BIGINT NOT NULL,"
                       " marked_for_deletion_at BIGINT,"
                       " PRIMARY KEY (transfer_id, record_id))"),
        QStringLiteral(
            "CREATE INDEX transfer_copies_marked ON transfer_copies(marked_for_deletion_at)"),
        // Retention (two years) deletes a citizen's oldest access-log entries;
        // the anchor remembers the seq and hash of the last deleted one, so the
        // rest still verifies from a known start and a further cut is seen.
        QStringLiteral("CREATE TABLE access_log_anchors ("
                       " citizen_id TEXT PRIMARY KEY REFERENCES users(id),"
                       " seq BIGINT NOT NULL,"
                       " hash TEXT NOT NULL,"
                       " updated_at BIGINT NOT NULL)"),
    };
    return migration;
}

} // namespace rathaus::server
