#include "server/store/Migrations.h"

#include "server/Logging.h"
#include "server/store/ApplicationMigration.h"
#include "server/store/CaseMigration.h"
#include "server/store/CatalogueEditMigration.h"
#include "server/store/DatabaseError.h"
#include "server/store/MessageMigration.h"
#include "server/store/PaymentMigration.h"
#include "server/store/SearchMigration.h"
#include "server/store/Sql.h"
#include "server/store/Transaction.h"
#include "server/store/TransferMigration.h"

#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace rathaus::server {

namespace {

QList<Migration> buildMigrations()
{
    QList<Migration> list;

    Migration catalogue;
    catalogue.version = 1;
    catalogue.name = QStringLiteral("catalogue, accounts, sessions, throttling");
    catalogue.statements = {
        QStringLiteral("CREATE TABLE offices ("
                       " id TEXT PRIMARY KEY,"
                       " name_de TEXT NOT NULL,"
                       " name_en TEXT NOT NULL,"
                       " public_key TEXT NOT NULL DEFAULT '',"
                       " sort_order INTEGER NOT NULL DEFAULT 0)"),
        // Localised texts, fee rule and form are JSON documents in the wire
        // format (common/wire/Catalogue.h): the catalogue is data, and a new
        // service needs no schema change.
        QStringLiteral("CREATE TABLE services ("
                       " id TEXT PRIMARY KEY,"
                       " office_id TEXT NOT NULL REFERENCES offices(id),"
                       " sort_order INTEGER NOT NULL DEFAULT 0,"
                       " required_trust_level TEXT NOT NULL,"
                       " processing_days INTEGER NOT NULL,"
                       " title TEXT NOT NULL,"
                       " summary TEXT NOT NULL,"
                       " description TEXT NOT NULL,"
                       " requirements TEXT NOT NULL,"
                       " legal_basis TEXT NOT NULL,"
                       " fee TEXT NOT NULL,"
                       " form TEXT NOT NULL,"
                       " updated_at BIGINT NOT NULL)"),
        QStringLiteral("CREATE INDEX services_office ON services(office_id)"),
        QStringLiteral("CREATE TABLE users ("
                       " id TEXT PRIMARY KEY,"
                       " username TEXT NOT NULL UNIQUE,"
                       " display_name TEXT NOT NULL,"
                       " role TEXT NOT NULL,"
                       " office_id TEXT REFERENCES offices(id),"
                       " trust_level TEXT NOT NULL DEFAULT 'basic',"
                       " password_hash TEXT NOT NULL,"
                       " totp_secret TEXT,"
                       " totp_last_step BIGINT,"
                       " created_at BIGINT NOT NULL)"),
        // One row per token pair; rows of one login share family_id. Tokens
        // are stored as SHA-256 hex only.
        QStringLiteral("CREATE TABLE sessions ("
                       " id TEXT PRIMARY KEY,"
                       " family_id TEXT NOT NULL,"
                       " user_id TEXT NOT NULL REFERENCES users(id),"
                       " access_hash TEXT NOT NULL UNIQUE,"
                       " refresh_hash TEXT NOT NULL UNIQUE,"
                       " family_started_at BIGINT NOT NULL,"
                       " created_at BIGINT NOT NULL,"
                       " last_used_at BIGINT NOT NULL,"
                       " refresh_used_at BIGINT,"
                       " revoked_at BIGINT)"),
        QStringLiteral("CREATE INDEX sessions_family ON sessions(family_id)"),
        QStringLiteral("CREATE INDEX sessions_user ON sessions(user_id)"),
        // Login throttling lives here, not in memory, so that several backend
        // instances share it. A lock row per subject serialises the
        // check-then-record of concurrent attempts (row lock on PostgreSQL).
        QStringLiteral("CREATE TABLE throttle_subjects ("
                       " subject TEXT PRIMARY KEY,"
                       " touched_at BIGINT NOT NULL)"),
        QStringLiteral("CREATE TABLE throttle_events ("
                       " subject TEXT NOT NULL,"
                       " at BIGINT NOT NULL)"),
        QStringLiteral("CREATE INDEX throttle_events_subject_at ON throttle_events(subject, at)"),
    };
    list.append(catalogue);

    Migration records;
    records.version = 2;
    records.name = QStringLiteral("office signing keys, citizens' records");
    records.statements = {
        // The office's ECDSA P-256 key pair (documents and transfers are signed
        // with it; offices.public_key is what clients verify against).
        QStringLiteral("CREATE TABLE office_keys ("
                       " office_id TEXT PRIMARY KEY REFERENCES offices(id),"
                       " private_key_pem TEXT NOT NULL,"
                       " created_at BIGINT NOT NULL)"),
        // What an office holds about a citizen (the data cockpit). Keyed by
        // citizen first: citizen-owned rows stay shardable by citizen_id.
        QStringLiteral("CREATE TABLE records ("
                       " citizen_id TEXT NOT NULL REFERENCES users(id),"
                       " id TEXT NOT NULL,"
                       " office_id TEXT NOT NULL REFERENCES offices(id),"
                       " category TEXT NOT NULL,"
                       " title TEXT NOT NULL,"
                       " fields TEXT NOT NULL,"
                       " legal_basis TEXT NOT NULL,"
                       " retention TEXT NOT NULL,"
                       " updated_at BIGINT NOT NULL,"
                       " PRIMARY KEY (citizen_id, id))"),
        QStringLiteral("CREATE INDEX records_office ON records(office_id, citizen_id)"),
    };
    list.append(records);

    Migration retention;
    retention.version = 3;
    retention.name = QStringLiteral("indexes for housekeeping");
    retention.statements = {
        QStringLiteral("CREATE INDEX sessions_family_started ON sessions(family_started_at)"),
        QStringLiteral("CREATE INDEX throttle_events_at ON throttle_events(at)"),
        QStringLiteral("CREATE INDEX throttle_subjects_touched ON throttle_subjects(touched_at)"),
    };
    list.append(retention);

    Migration accessLog;
    accessLog.version = 4;
    accessLog.name = QStringLiteral("access log (hash chain per citizen), staff pseudonyms");
    accessLog.statements = {
        // One SHA-256 chain per citizen (common/domain/AccessLogChain.h);
        // times in epoch milliseconds (hashed as wire text, ms precision).
        // The primary key serves newest-first keyset paging by seq.
        QStringLiteral("CREATE TABLE access_log ("
                       " citizen_id TEXT NOT NULL REFERENCES users(id),"
                       " seq BIGINT NOT NULL,"
                       " id TEXT NOT NULL,"
                       " at BIGINT NOT NULL,"
                       " record_id TEXT,"
                       " category TEXT,"
                       " action TEXT NOT NULL,"
                       " office_id TEXT NOT NULL,"
                       " actor TEXT NOT NULL,"
                       " purpose TEXT,"
                       " legal_basis TEXT,"
                       " consent_id TEXT,"
                       " application_id TEXT,"
                       " hidden_until BIGINT,"
                       " hidden_reason TEXT,"
                       " prev_hash TEXT NOT NULL,"
                       " hash TEXT NOT NULL,"
                       " PRIMARY KEY (citizen_id, seq))"),
        QStringLiteral("CREATE INDEX access_log_office ON access_log(citizen_id, office_id, seq)"),
        QStringLiteral("CREATE INDEX access_log_action ON access_log(citizen_id, action, seq)"),
        QStringLiteral("CREATE INDEX access_log_at ON access_log(at)"), // retention (2 years)
        // The chain head per citizen: appends lock this row (FOR UPDATE on
        // PostgreSQL) so that concurrent appends form one line.
        QStringLiteral("CREATE TABLE access_log_heads ("
                       " citizen_id TEXT PRIMARY KEY REFERENCES users(id),"
                       " seq BIGINT NOT NULL,"
                       " hash TEXT NOT NULL)"),
        // The access log's `actor`: a random pseudonym per staff account.
        QStringLiteral("CREATE TABLE staff_pseudonyms ("
                       " user_id TEXT PRIMARY KEY REFERENCES users(id),"
                       " pseudonym TEXT NOT NULL UNIQUE,"
                       " created_at BIGINT NOT NULL)"),
    };
    list.append(accessLog);
    list.append(applicationsMigration(5));
    list.append(uploadsAndPaymentsMigration(6));
    list.append(casesMigration(7));
    list.append(transfersMigration(8));
    list.append(messagesMigration(9));
    Migration staffAccounts;
    staffAccounts.version = 10;
    staffAccounts.name = QStringLiteral("staff administration: disabled accounts, last sign-in");
    staffAccounts.statements = {
        // Set: the account may not sign in and its sessions were revoked.
        QStringLiteral("ALTER TABLE users ADD COLUMN disabled_at BIGINT"),
        QStringLiteral("ALTER TABLE users ADD COLUMN last_login_at BIGINT"),
    };
    list.append(staffAccounts);

    list.append(catalogueEditsMigration(11));

    Migration leadView;
    leadView.version = 12;
    leadView.name = QStringLiteral("inbox sort orders, office statistics");
    leadView.statements = {
        // GET /staff/cases?sort=deadline|reference (either direction): the
        // first page walks one of these (received uses
        // applications_office_created), keyset on (key, id).
        QStringLiteral("CREATE INDEX applications_office_deadline"
                       " ON applications(office_id, deadline, id)"),
        QStringLiteral("CREATE INDEX applications_office_reference"
                       " ON applications(office_id, reference, id)"),
        // GET /staff/stats: the entries that close or receive a case in a
        // time window, without reading every case's history.
        QStringLiteral("CREATE INDEX application_history_status_at"
                       " ON application_history(to_status, at)"),
    };
    list.append(leadView);

    list.append(searchMigration(13));

    list.append(messageAttachmentsMigration(14));

    Migration eventRetention;
    eventRetention.version = 15;
    eventRetention.name = QStringLiteral("events by time, for the 90-day retention");
    eventRetention.statements = { QStringLiteral("CREATE INDEX events_at ON events(at)") };
    list.append(eventRetention);

    list.append(caseSearchMigration(16));

    Migration historyActor;
    historyActor.version = 17;
    historyActor.name = QStringLiteral("who of the staff changed a case");
    historyActor.statements = {
        // The staff account behind a change: the staff view names it (a
        // caseworker whose change was refused learns who came first). Never
        // in a citizen's answer, which shows the office (actor_name).
        QStringLiteral("ALTER TABLE application_history ADD COLUMN actor_id TEXT"),
    };
    list.append(historyActor);

    return list;
}

void ensureMigrationTable(const QSqlDatabase &db)
{
    sql::exec(db,
              QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations ("
                             " version INTEGER PRIMARY KEY,"
                             " name TEXT NOT NULL,"
                             " applied_at BIGINT NOT NULL)"));
}

QSet<int> appliedVersions(const QSqlDatabase &db)
{
    QSet<int> versions;
    QSqlQuery query = sql::exec(db, QStringLiteral("SELECT version FROM schema_migrations"));
    while (query.next())
        versions.insert(query.value(0).toInt());
    return versions;
}

int readVersion(const QSqlDatabase &db)
{
    const auto value =
        sql::scalar(db, QStringLiteral("SELECT MAX(version) FROM schema_migrations"));
    return value && !value->isNull() ? value->toInt() : 0;
}

} // namespace

const QList<Migration> &Migrations::all()
{
    static const QList<Migration> migrations = buildMigrations();
    return migrations;
}

int Migrations::currentVersion(const QSqlDatabase &db)
{
    if (!db.tables().contains(QStringLiteral("schema_migrations")))
        return 0;
    return readVersion(db);
}

int Migrations::apply(const QSqlDatabase &db, Dialect dialect, qint64 nowSeconds)
{
    Transaction transaction(db, dialect);
    if (dialect == Dialect::Postgres) {
        // Several instances may start at once: one migrates, the others wait
        // and then find nothing to do. (Transaction-scoped: freed at commit.)
        sql::exec(db, QStringLiteral("SELECT pg_advisory_xact_lock(7274287)"));
    }
    ensureMigrationTable(db);
    const QSet<int> done = appliedVersions(db);
    // A schema from a newer server: running on it could write what this one
    // does not understand. The operator starts the newer server instead.
    for (const int version : done) {
        const bool known = std::any_of(all().cbegin(), all().cend(), [version](const Migration &m) {
            return m.version == version;
        });
        if (!known) {
            throw DatabaseError(
                QStringLiteral("The database has migration %1, which this server does not know: "
                               "it was set up by a newer rathaus-server.")
                    .arg(version));
        }
    }
    const int current = done.isEmpty() ? 0 : *std::max_element(done.cbegin(), done.cend());
    int applied = 0;
    for (const Migration &migration : all()) {
        // Every missing one, not only those above the highest: a development
        // database may have a later migration from another branch already.
        if (done.contains(migration.version))
            continue;
        if (migration.version < current)
            qCWarning(lcStore) << "applying migration" << migration.version
                               << "after the later" << current;
        const QStringList &dialectStatements =
            dialect == Dialect::Sqlite ? migration.sqliteOnly : migration.postgresOnly;
        for (const QStringList *list : { &migration.statements, &dialectStatements }) {
            for (const QString &statement : *list)
                sql::exec(db, statement);
        }
        if (migration.fill)
            migration.fill(db);
        sql::exec(db,
                  QStringLiteral("INSERT INTO schema_migrations (version, name, applied_at)"
                                 " VALUES (?, ?, ?)"),
                  { migration.version, migration.name, nowSeconds });
        qCInfo(lcStore) << "applied migration" << migration.version << migration.name;
        ++applied;
    }
    transaction.commit();
    return applied;
}

} // namespace rathaus::server
