#pragma once

#include "server/store/DatabaseUrl.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace rathaus::server {

// One versioned step of the schema. `statements` run on both dialects; the
// dialect lists hold what must differ. Written in the SQL both SQLite and
// PostgreSQL understand: TEXT, BIGINT (epoch seconds for times), INTEGER,
// no AUTOINCREMENT/SERIAL (ids are made by the application).
struct Migration
{
    int version = 0;
    QString name;
    QStringList statements;
    QStringList sqliteOnly;
    QStringList postgresOnly;
    // Runs after the statements, in the same transaction: data that needs
    // code to derive (e.g. the words of names). Optional.
    void (*fill)(const QSqlDatabase &db) = nullptr;
};

class Migrations
{
public:
    static const QList<Migration> &all();

    // Applies every migration newer than the database's version in one
    // transaction (all or nothing), recording each in schema_migrations.
    // Concurrent starters on PostgreSQL serialise on an advisory lock.
    // Returns how many were applied; throws DatabaseError.
    static int apply(const QSqlDatabase &db, Dialect dialect, qint64 nowSeconds);
    // The highest applied version, 0 for an empty database.
    static int currentVersion(const QSqlDatabase &db);
};

} // namespace rathaus::server
