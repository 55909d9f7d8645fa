#include "server/store/SearchMigration.h"

#include "server/store/CaseSearchIndex.h"
#include "server/store/CitizenNameIndex.h"

namespace rathaus::server {

namespace {

// Bytewise order on both databases, so that a prefix is one index range
// (PostgreSQL's default collation may order "ü" anywhere).
QString wordsTable(const QString &collation)
{
    return QStringLiteral("CREATE TABLE citizen_name_words ("
                          " word TEXT%1 NOT NULL,"
                          " citizen_id TEXT NOT NULL REFERENCES users(id),"
                          " PRIMARY KEY (word, citizen_id))")
        .arg(collation);
}

// The order of the received sort within one word of one office: the key
// (office_id, word, created_at, application_id) is what the search walks.
// application_id keeps the database's default collation, as applications.id:
// ties in one second go by id in the same order as the list's ORDER BY.
QString caseWordsTable(const QString &collation, const QString &options)
{
    return QStringLiteral("CREATE TABLE application_search_words ("
                          " office_id TEXT NOT NULL,"
                          " word TEXT%1 NOT NULL,"
                          " created_at BIGINT NOT NULL,"
                          " application_id TEXT NOT NULL REFERENCES applications(id),"
                          " PRIMARY KEY (office_id, word, created_at, application_id))%2")
        .arg(collation, options);
}

} // namespace

Migration searchMigration(int version)
{
    Migration migration;
    migration.version = version;
    migration.name = QStringLiteral("words of citizens' names for the staff case search");
    migration.sqliteOnly = { wordsTable(QString()) };
    migration.postgresOnly = { wordsTable(QStringLiteral(" COLLATE \"C\"")) };
    migration.fill = &CitizenNameIndex::backfill;
    return migration;
}

Migration caseSearchMigration(int version)
{
    Migration migration;
    migration.version = version;
    migration.name = QStringLiteral("words of the citizen per case, for the staff case search");
    migration.statements = {
        // The other words of a query are checked per case's citizen.
        QStringLiteral("CREATE INDEX citizen_name_words_citizen"
                       " ON citizen_name_words(citizen_id, word)"),
    };
    // SQLite: the key is the row (no second copy of 3 rows per case).
    migration.sqliteOnly = { caseWordsTable(QString(), QStringLiteral(" WITHOUT ROWID")) };
    migration.postgresOnly = { caseWordsTable(QStringLiteral(" COLLATE \"C\""), QString()) };
    migration.fill = &CaseSearchIndex::backfill;
    return migration;
}

} // namespace rathaus::server
