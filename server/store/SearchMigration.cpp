#include "server/store/SearchMigration.h"

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

} // namespace rathaus::server
