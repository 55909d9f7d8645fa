// The SQLite store: connection settings, per-thread connections, migrations.
#include "server/store/Database.h"
#include "server/store/DatabaseError.h"
#include "server/store/Migrations.h"
#include "server/store/Sql.h"
#include "server/store/Transaction.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent/QtConcurrentRun>

using namespace rathaus::server;

class TestStore : public QObject
{
    Q_OBJECT

private slots:
    void sqliteSettings()
    {
        QTemporaryDir dir;
        Database database(
            DatabaseUrl::parse(QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("a.db")))
                .value());
        const QSqlDatabase db = database.connection();
        QCOMPARE(sql::scalar(db, QStringLiteral("PRAGMA journal_mode"))->toString(),
                 QStringLiteral("wal"));
        QCOMPARE(sql::scalar(db, QStringLiteral("PRAGMA synchronous"))->toInt(), 2); // FULL
        QCOMPARE(sql::scalar(db, QStringLiteral("PRAGMA foreign_keys"))->toInt(), 1);
        QVERIFY(sql::scalar(db, QStringLiteral("PRAGMA busy_timeout"))->toInt() >= 1000);
    }

    void oneConnectionPerThread()
    {
        QTemporaryDir dir;
        Database database(
            DatabaseUrl::parse(QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("b.db")))
                .value());
        const QString here = database.connection().connectionName();
        QCOMPARE(database.connection().connectionName(), here); // reused in this thread
        QThreadPool pool;
        pool.setMaxThreadCount(3);
        QSet<QString> names;
        QMutex mutex;
        QList<QFuture<void>> futures;
        for (int i = 0; i < 12; ++i) {
            futures.append(QtConcurrent::run(&pool, [&] {
                const QSqlDatabase db = database.connection();
                sql::scalar(db, QStringLiteral("SELECT 1"));
                QMutexLocker locker(&mutex);
                names.insert(db.connectionName());
            }));
        }
        for (auto &future : futures)
            future.waitForFinished();
        QVERIFY(!names.contains(here));
        QVERIFY(names.size() >= 1 && names.size() <= 3);
        pool.waitForDone();
    }

    void memoryDatabaseIsSharedBetweenThreads()
    {
        Database database(DatabaseUrl::parse(QStringLiteral("sqlite::memory:")).value());
        QCOMPARE(Migrations::apply(database.connection(), Dialect::Sqlite, 1),
                 Migrations::all().size());
        QThreadPool pool;
        int version = -1;
        QtConcurrent::run(&pool, [&] {
            version = Migrations::currentVersion(database.connection());
        }).waitForFinished();
        QCOMPARE(version, Migrations::all().last().version);
        pool.waitForDone();
    }

    void migrationsAreVersionedAndIdempotent()
    {
        QTemporaryDir dir;
        const QString url = QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("c.db"));
        {
            Database database(DatabaseUrl::parse(url).value());
            const QSqlDatabase db = database.connection();
            QCOMPARE(Migrations::currentVersion(db), 0);
            QCOMPARE(Migrations::apply(db, Dialect::Sqlite, 1000), Migrations::all().size());
            QCOMPARE(Migrations::apply(db, Dialect::Sqlite, 2000), 0);
            QCOMPARE(sql::scalar(db,
                                 QStringLiteral(
                                     "SELECT applied_at FROM schema_migrations WHERE version = 1"))
                         ->toLongLong(),
                     1000);
            for (const char *table :
                 { "offices", "services", "users", "sessions", "throttle_subjects",
                   "throttle_events", "office_keys", "records" })
                QVERIFY2(db.tables().contains(QLatin1String(table)), table);
        }
        // Another process start on the same file: nothing to do.
        Database again(DatabaseUrl::parse(url).value());
        QCOMPARE(Migrations::apply(again.connection(), Dialect::Sqlite, 3000), 0);
    }

    // A development database may carry a later migration (from another
    // branch) before an earlier one: the missing one is applied, not skipped.
    void aMissingEarlierMigrationIsApplied()
    {
        Database database(DatabaseUrl::parse(QStringLiteral("sqlite::memory:")).value());
        const QSqlDatabase db = database.connection();
        Migrations::apply(db, Dialect::Sqlite, 1);
        // Undo migration 15 (the events(at) index) as if it had never run.
        sql::exec(db, QStringLiteral("DROP INDEX events_at"));
        sql::exec(db, QStringLiteral("DELETE FROM schema_migrations WHERE version = 15"));
        QVERIFY(Migrations::currentVersion(db) >= 14);

        QCOMPARE(Migrations::apply(db, Dialect::Sqlite, 2), 1);
        QCOMPARE(sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM sqlite_master"
                                                " WHERE type = 'index' AND name = 'events_at'"))
                     ->toInt(),
                 1);
        QCOMPARE(sql::scalar(db, QStringLiteral("SELECT applied_at FROM schema_migrations"
                                                " WHERE version = 15"))
                     ->toLongLong(),
                 2);
    }

    // A schema a newer server set up: refused before anything is written.
    void aNewerSchemaIsRefused()
    {
        Database database(DatabaseUrl::parse(QStringLiteral("sqlite::memory:")).value());
        const QSqlDatabase db = database.connection();
        Migrations::apply(db, Dialect::Sqlite, 1);
        sql::exec(db, QStringLiteral("INSERT INTO schema_migrations (version, name, applied_at)"
                                     " VALUES (9999, 'from the future', 1)"));
        sql::exec(db, QStringLiteral("DROP INDEX events_at"));
        sql::exec(db, QStringLiteral("DELETE FROM schema_migrations WHERE version = 15"));
        bool refused = false;
        try {
            Migrations::apply(db, Dialect::Sqlite, 2);
        } catch (const DatabaseError &error) {
            refused = error.message().contains(QLatin1String("9999"));
        }
        QVERIFY(refused);
        QCOMPARE(sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM schema_migrations"
                                                " WHERE version = 15"))
                     ->toInt(),
                 0);
    }

    void migrationVersionsAscend()
    {
        int previous = 0;
        for (const Migration &migration : Migrations::all()) {
            QVERIFY(migration.version > previous);
            QVERIFY(!migration.name.isEmpty());
            previous = migration.version;
        }
    }

    void transactionRollsBackUnlessCommitted()
    {
        Database database(DatabaseUrl::parse(QStringLiteral("sqlite::memory:")).value());
        const QSqlDatabase db = database.connection();
        sql::exec(db, QStringLiteral("CREATE TABLE t (x INTEGER)"));
        {
            Transaction transaction(db, Dialect::Sqlite);
            sql::exec(db, QStringLiteral("INSERT INTO t (x) VALUES (?)"), { 1 });
        }
        QCOMPARE(sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM t"))->toInt(), 0);
        {
            Transaction transaction(db, Dialect::Sqlite);
            sql::exec(db, QStringLiteral("INSERT INTO t (x) VALUES (?)"), { 2 });
            transaction.commit();
        }
        QCOMPARE(sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM t"))->toInt(), 1);
    }

    void errorsAreExceptionsWithoutValues()
    {
        Database database(DatabaseUrl::parse(QStringLiteral("sqlite::memory:")).value());
        const QSqlDatabase db = database.connection();
        QVERIFY_THROWS_EXCEPTION(DatabaseError,
                                 sql::exec(db, QStringLiteral("SELECT * FROM missing")));
        QVERIFY_THROWS_EXCEPTION(
            DatabaseError,
            Database(DatabaseUrl::parse(QStringLiteral("sqlite:/no/such/dir/x.db")).value())
                .connection());
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "test_store.moc"
