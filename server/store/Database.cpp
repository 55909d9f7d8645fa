#include "server/store/Database.h"

#include "server/Logging.h"
#include "server/store/DatabaseError.h"

#include <QHash>
#include <QMutexLocker>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

namespace rathaus::server {

namespace {

std::atomic<quint64> s_nextInstance { 1 };
std::atomic<quint64> s_nextConnection { 1 };

// Per thread: Database instance -> its connection name in this thread. Instance
// numbers are never reused, so a new Database at an old address cannot pick up
// a stale name, and a new thread never inherits a dead thread's connection.
thread_local QHash<quint64, QString> t_connections;

void execPragma(QSqlDatabase &db, const QString &pragma)
{
    QSqlQuery query(db);
    if (!query.exec(pragma))
        throw DatabaseError(QStringLiteral("%1: %2").arg(pragma, query.lastError().text()));
}

} // namespace

Database::Database(DatabaseUrl url) : m_url(std::move(url)), m_instance(s_nextInstance++)
{
    if (m_url.isMemory()) {
        // Each thread has its own connection, so a plain ":memory:" would give
        // each thread its own empty database. A named shared-cache memory
        // database is one database for all of them (kept alive by the first
        // connection, which lives as long as this object).
        m_sqliteName =
            QStringLiteral("file:rathaus-memory-%1?mode=memory&cache=shared").arg(m_instance);
    } else {
        m_sqliteName = m_url.path;
    }
}

Database::~Database()
{
    QStringList names;
    {
        QMutexLocker locker(&m_mutex);
        names.swap(m_connectionNames);
    }
    t_connections.remove(m_instance);
    // Connections of other threads cannot be looked up from here (Qt Sql
    // refuses), but removing them is allowed: the driver closes when the last
    // handle goes. The first connection (for :memory: the one holding the
    // data) goes last.
    for (auto it = names.crbegin(); it != names.crend(); ++it)
        QSqlDatabase::removeDatabase(*it);
}

QSqlDatabase Database::connection()
{
    const auto found = t_connections.constFind(m_instance);
    if (found != t_connections.cend()) {
        QSqlDatabase db = QSqlDatabase::database(*found, false);
        if (db.isOpen())
            return db;
        // Closed (e.g. the server dropped us): try again below under a new name.
        t_connections.erase(found);
    }
    const QString name = QStringLiteral("rathaus-%1-%2").arg(m_instance).arg(s_nextConnection++);
    QSqlDatabase db = open(name);
    t_connections.insert(m_instance, name);
    return db;
}

QSqlDatabase Database::open(const QString &name)
{
    const bool sqlite = m_url.dialect == Dialect::Sqlite;
    QSqlDatabase db = QSqlDatabase::addDatabase(
        sqlite ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL"), name);
    {
        QMutexLocker locker(&m_mutex);
        m_connectionNames.append(name);
    }
    if (!db.isValid())
        throw DatabaseError(
            QStringLiteral("the Qt Sql driver for %1 is not available").arg(m_url.dialectName()));
    if (sqlite) {
        db.setDatabaseName(m_sqliteName);
        QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000");
        if (m_url.isMemory())
            options += QStringLiteral(";QSQLITE_OPEN_URI");
        db.setConnectOptions(options);
    } else {
        db.setHostName(m_url.host);
        db.setPort(m_url.port);
        db.setUserName(m_url.user);
        db.setPassword(m_url.password);
        db.setDatabaseName(m_url.database);
        QString options = m_url.connectOptions;
        if (!options.contains(QLatin1String("connect_timeout")))
            options += QString(options.isEmpty() ? QString() : QStringLiteral(";")) +
                QStringLiteral("connect_timeout=10");
        db.setConnectOptions(options);
    }
    if (!db.open()) {
        const QString error = db.lastError().text();
        throw DatabaseError(QStringLiteral("cannot open %1: %2").arg(m_url.redacted(), error));
    }
    if (sqlite) {
        if (!m_url.isMemory())
            execPragma(db, QStringLiteral("PRAGMA journal_mode=WAL"));
        execPragma(db, QStringLiteral("PRAGMA synchronous=FULL"));
        execPragma(db, QStringLiteral("PRAGMA foreign_keys=ON"));
        execPragma(db, QStringLiteral("PRAGMA busy_timeout=10000"));
    } else {
        execPragma(db, QStringLiteral("SET TIME ZONE 'UTC'"));
        execPragma(db, QStringLiteral("SET client_min_messages TO WARNING"));
    }
    qCDebug(lcStore) << "opened connection" << name << "to" << m_url.redacted();
    return db;
}

} // namespace rathaus::server
