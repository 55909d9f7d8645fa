#pragma once

#include "common/core/Result.h"

#include <QString>

namespace rathaus::server {

enum class Dialect { Sqlite, Postgres };

// Where the data lives: "sqlite:PATH", "sqlite::memory:" or
// "postgres://user:password@host:port/database?sslmode=require".
struct DatabaseUrl
{
    Dialect dialect = Dialect::Sqlite;
    QString path; // sqlite: file path, or ":memory:"
    QString host; // postgres
    int port = 5432;
    QString user;
    QString password;
    QString database;
    QString connectOptions; // postgres: libpq keywords, "k=v;k=v"

    bool isMemory() const
    {
        return dialect == Dialect::Sqlite && path == QLatin1String(":memory:");
    }
    QString dialectName() const; // "sqlite" | "postgres" (the health answer)
    // For logs: the password is never shown.
    QString redacted() const;
    // Back to the URL form (postgres: with the password), e.g. to derive a sibling database.
    QString toString() const;

    static Result<DatabaseUrl> parse(const QString &text);
};

} // namespace rathaus::server
