#include "server/store/CaseMigration.h"

namespace rathaus::server {

namespace {

// The citizen's events feed (/me/events). seq is global and strictly
// increasing; the only place where the dialects must differ.
QString eventsTable(const QString &seqColumn)
{
    return QStringLiteral("CREATE TABLE events ("
                          " seq %1,"
                          " citizen_id TEXT NOT NULL REFERENCES users(id),"
                          " at BIGINT NOT NULL,"
                          " kind TEXT NOT NULL,"
                          " application_id TEXT,"
                          " subject_id TEXT,"
                          " payload TEXT NOT NULL)")
        .arg(seqColumn);
}

const QString kEventsIndex =
    QStringLiteral("CREATE INDEX events_citizen_seq ON events(citizen_id, seq)");

} // namespace

Migration casesMigration(int version)
{
    Migration migration;
    migration.version = version;
    migration.name = QStringLiteral("case notes, documents, events feed, staff case list indexes");
    migration.statements = {
        // Appends of one citizen's events queue on this row (held until
        // commit), so that per citizen seq order is commit order: a reader
        // that saw seq N can never later find a smaller one appear.
        QStringLiteral("CREATE TABLE event_heads ("
                       " citizen_id TEXT PRIMARY KEY REFERENCES users(id),"
                       " last_seq BIGINT NOT NULL)"),
        // Internal notes of the office: never part of any citizen answer.
        QStringLiteral("CREATE TABLE case_notes ("
                       " id TEXT PRIMARY KEY,"
                       " application_id TEXT NOT NULL REFERENCES applications(id),"
                       " office_id TEXT NOT NULL,"
                       " author_id TEXT NOT NULL REFERENCES users(id),"
                       " body TEXT NOT NULL,"
                       " created_at BIGINT NOT NULL)"),
        QStringLiteral("CREATE INDEX case_notes_application"
                       " ON case_notes(application_id, created_at)"),
        // Issued documents. issued_at in epoch milliseconds: it is signed as
        // its wire text (ms precision), so a stored row re-verifies exactly.
        // signature: base64 of raw r||s (common/crypto/EcdsaP256).
        QStringLiteral("CREATE TABLE documents ("
                       " id TEXT PRIMARY KEY,"
                       " serial TEXT NOT NULL UNIQUE,"
                       " application_id TEXT NOT NULL REFERENCES applications(id),"
                       " citizen_id TEXT NOT NULL REFERENCES users(id),"
                       " office_id TEXT NOT NULL REFERENCES offices(id),"
                       " type TEXT NOT NULL,"
                       " data TEXT NOT NULL,"
                       " issued_at BIGINT NOT NULL,"
                       " signature TEXT NOT NULL,"
                       " visible_to_citizen INTEGER NOT NULL DEFAULT 1,"
                       " issued_by TEXT NOT NULL REFERENCES users(id))"),
        QStringLiteral("CREATE INDEX documents_application ON documents(application_id)"),
        QStringLiteral("CREATE INDEX documents_citizen ON documents(citizen_id)"),
        // The staff case list (GET /staff/cases): always one office, keyset
        // on (created_at, id) oldest first; one index per filter so that a
        // page stays a short index range scan at 10^6 cases. The 3-column
        // status index of migration 5 is superseded by the 4-column one.
        QStringLiteral("DROP INDEX applications_office_status"),
        QStringLiteral("CREATE INDEX applications_office_created"
                       " ON applications(office_id, created_at, id)"),
        QStringLiteral("CREATE INDEX applications_office_status_created"
                       " ON applications(office_id, status, created_at, id)"),
        QStringLiteral("CREATE INDEX applications_office_assignee_created"
                       " ON applications(office_id, assignee, created_at, id)"),
        QStringLiteral("CREATE INDEX applications_office_service_created"
                       " ON applications(office_id, service_id, created_at, id)"),
        // assignee=unassigned: a partial index; PostgreSQL would otherwise
        // walk applications_office_created (1 s at 10^6 rows when an office
        // has no free case; 1 ms with it).
        QStringLiteral("CREATE INDEX applications_office_unassigned"
                       " ON applications(office_id, created_at, id) WHERE assignee IS NULL"),
        // overdue=true: only open cases can be overdue; a partial index keeps
        // the closed bulk (most of a city's cases) out of that scan.
        QStringLiteral("CREATE INDEX applications_office_open"
                       " ON applications(office_id, created_at, id)"
                       " WHERE status IN ('submitted', 'in_review', 'info_requested', 'suspended')"),
    };
    migration.sqliteOnly = { eventsTable(QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT")),
                             kEventsIndex };
    migration.postgresOnly = {
        eventsTable(QStringLiteral("BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY")),
        kEventsIndex
    };
    return migration;
}

} // namespace rathaus::server
