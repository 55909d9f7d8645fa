#pragma once

#include "server/store/DatabaseUrl.h"

#include <QMutex>
#include <QSqlDatabase>
#include <QStringList>

namespace rathaus::server {

// The city's database: one QSqlDatabase connection per thread (Qt Sql
// connections are bound to the thread that opened them), created lazily when a
// thread first asks, and all closed when the Database goes away. Threads that
// use it must outlive it or be idle (the backend's own thread pool never
// expires its threads).
//
// SQLite: WAL, synchronous=FULL (an acknowledged write survives a crash),
// foreign_keys=ON, busy_timeout so concurrent writers wait instead of failing.
class Database
{
public:
    explicit Database(DatabaseUrl url);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    const DatabaseUrl &url() const { return m_url; }
    Dialect dialect() const { return m_url.dialect; }

    // The calling thread's connection, opened on first use. Throws DatabaseError.
    QSqlDatabase connection();

private:
    QSqlDatabase open(const QString &name);

    DatabaseUrl m_url;
    quint64 m_instance;
    QString m_sqliteName; // what QSQLITE opens (a shared-cache URI for :memory:)
    QMutex m_mutex;
    QStringList m_connectionNames; // guarded by m_mutex
};

} // namespace rathaus::server
