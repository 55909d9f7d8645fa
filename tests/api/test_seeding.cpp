// Starting the backend: demo seeding (refused off loopback, idempotent),
// migrations (applied twice: nothing the second time), and the embedded mode
// (constructed and started inside a worker QThread, as the desktop client does).
#include "common/wire/Catalogue.h"
#include "common/wire/Session.h"
#include "server/store/Database.h"
#include "server/store/Migrations.h"
#include "server/store/Sql.h"
#include "tests/support/TestBackend.h"

#include <QNetworkInterface>
#include <QTest>
#include <QThread>

using namespace rathaus;
using namespace rathaus::test;

class TestSeeding : public QObject
{
    Q_OBJECT

private slots:
    void seedingIsRefusedOffLoopback_data()
    {
        QTest::addColumn<QString>("address");
        QTest::newRow("any IPv4") << QStringLiteral("0.0.0.0");
        QTest::newRow("any IPv6") << QStringLiteral("::");
        QTest::newRow("private") << QStringLiteral("192.168.17.4");
    }
    void seedingIsRefusedOffLoopback()
    {
        QFETCH(QString, address);
        TestBackend::Options options;
        options.configure = [address](server::BackendConfig &config) {
            config.address = QHostAddress(address);
        };
        TestBackend backend(options);
        QVERIFY(!backend.start());
        QVERIFY2(backend.error().contains(QLatin1String("loopback")), qPrintable(backend.error()));
    }

    void withoutSeedTheCatalogueIsEmpty()
    {
        TestBackend::Options options;
        options.seedDemo = false;
        options.configure = [](server::BackendConfig &config) {
            config.address = QHostAddress::AnyIPv4;
        };
        TestBackend backend(options); // no seed: any address is fine
        QVERIFY2(backend.start(), qPrintable(backend.error()));
        QCOMPARE(backend.http().get(QStringLiteral("/api/v1/services")).jsonArray().size(), 0);
        QCOMPARE(backend.login(QStringLiteral("erika")).status, 401);
    }

    void seedingIsIdempotent()
    {
        TestBackend backend;
        QVERIFY2(backend.start(), qPrintable(backend.error()));
        const QByteArray services = backend.http().get(QStringLiteral("/api/v1/services")).body;
        const QByteArray offices = backend.http().get(QStringLiteral("/api/v1/offices")).body;
        const QByteArray detail =
            backend.http().get(QStringLiteral("/api/v1/services/sperrmuell")).body;
        const auto firstLogin = TokenPair::fromJson(backend.login(QStringLiteral("erika")).json());
        QVERIFY(firstLogin.ok());
        const QString tokenBefore = firstLogin.value().accessToken;

        // Start again on the same database: seeds again, changes nothing.
        backend.stop();
        QVERIFY2(backend.start(), qPrintable(backend.error()));
        QCOMPARE(backend.http().get(QStringLiteral("/api/v1/services")).body, services);
        QCOMPARE(backend.http().get(QStringLiteral("/api/v1/offices")).body, offices);
        QCOMPARE(backend.http().get(QStringLiteral("/api/v1/services/sperrmuell")).body, detail);
        const auto secondLogin = TokenPair::fromJson(backend.login(QStringLiteral("erika")).json());
        QVERIFY(secondLogin.ok());
        QCOMPARE(secondLogin.value().user, firstLogin.value().user); // same account, same id
        // Sessions survive a restart (they live in the database).
        QCOMPARE(backend.http().get(QStringLiteral("/api/v1/me"), tokenBefore).status, 200);

        server::Database database(server::DatabaseUrl::parse(backend.database().url()).value());
        const QSqlDatabase db = database.connection();
        QCOMPARE(server::sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM users"))->toInt(),
                 10);
        QCOMPARE(server::sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM services"))->toInt(),
                 6);
        QCOMPARE(server::sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM offices"))->toInt(),
                 6);
        // One argon2 hash serves every demo account (seeding stays fast).
        QCOMPARE(server::sql::scalar(
                     db, QStringLiteral("SELECT COUNT(DISTINCT password_hash) FROM users"))
                     ->toInt(),
                 1);
        // Erika's records (residence, Leon's birth, vehicle, dog), and one key per office.
        QCOMPARE(server::sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM records"))->toInt(),
                 4);
        QCOMPARE(
            server::sql::scalar(db, QStringLiteral("SELECT COUNT(DISTINCT category) FROM records"))
                ->toInt(),
            4);
        QCOMPARE(
            server::sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM office_keys"))->toInt(),
            6);
        QCOMPARE(server::sql::scalar(
                     db, QStringLiteral("SELECT COUNT(DISTINCT public_key) FROM offices"))
                     ->toInt(),
                 6);
        // Staff have TOTP, citizens do not.
        QCOMPARE(server::sql::scalar(
                     db, QStringLiteral("SELECT COUNT(*) FROM users WHERE totp_secret IS NOT NULL"))
                     ->toInt(),
                 8);
    }

    void migrationsTwiceAreANoOp()
    {
        TestBackend backend;
        QVERIFY2(backend.start(), qPrintable(backend.error()));
        backend.stop();
        server::Database database(server::DatabaseUrl::parse(backend.database().url()).value());
        const QSqlDatabase db = database.connection();
        const int version = server::Migrations::currentVersion(db);
        QCOMPARE(version, server::Migrations::all().last().version);
        const int rows =
            server::sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM schema_migrations"))
                ->toInt();
        QCOMPARE(server::Migrations::apply(db, database.dialect(), 0), 0);
        QCOMPARE(server::Migrations::apply(db, database.dialect(), 0), 0);
        QCOMPARE(server::Migrations::currentVersion(db), version);
        QCOMPARE(server::sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM schema_migrations"))
                     ->toInt(),
                 rows);
    }

    void embeddedInAWorkerThread()
    {
        // As the desktop client does it: the Backend lives, starts, serves and
        // dies on a worker thread; the caller talks HTTP from its own thread.
        TestDatabase database;
        QVERIFY2(database.isValid(), qPrintable(database.error()));
        ManualClock clock;
        QThread worker;
        QObject onWorker; // a context object living on the worker thread
        onWorker.moveToThread(&worker);
        worker.start();
        server::Backend *backend = nullptr;
        QString error;
        bool started = false;
        QMetaObject::invokeMethod(
            &onWorker,
            [&] {
                server::BackendConfig config;
                config.databaseUrl = database.url();
                config.seedDemo = true;
                config.clock = &clock;
                backend = new server::Backend(config);
                started = backend->start(&error);
            },
            Qt::BlockingQueuedConnection);
        QVERIFY2(started, qPrintable(error));
        QVERIFY(backend->port() != 0);
        {
            HttpClient http(backend->baseUrl());
            QCOMPARE(http.get(QStringLiteral("/api/v1/health")).status, 200);
            const HttpResponse login =
                http.postJson(QStringLiteral("/api/v1/auth/login"),
                              { { QStringLiteral("username"), QStringLiteral("erika") },
                                { QStringLiteral("password"), QStringLiteral("rathaus-demo") } });
            QCOMPARE(login.status, 200);
            const QString token = TokenPair::fromJson(login.json()).value().accessToken;
            QCOMPARE(http.get(QStringLiteral("/api/v1/me"), token).status, 200);
        }
        QMetaObject::invokeMethod(
            &onWorker, [&] { delete backend; }, Qt::BlockingQueuedConnection);
        worker.quit();
        QVERIFY(worker.wait(10000));
    }

    void badDatabaseUrlsAreReported()
    {
        for (const QString &url : { QStringLiteral("mysql://x"), QStringLiteral("sqlite:"),
                                    QStringLiteral("sqlite:/nonexistent-dir/deeper/x.db") }) {
            server::BackendConfig config;
            config.databaseUrl = url;
            server::Backend backend(config);
            QString error;
            QVERIFY(!backend.start(&error));
            QVERIFY(!error.isEmpty());
            QCOMPARE(backend.port(), quint16(0));
        }
    }

    void tlsFilesMustLoad()
    {
        TestDatabase database;
        server::BackendConfig config;
        config.databaseUrl = database.url();
        config.tlsCertificateFile = QStringLiteral("/nonexistent/cert.pem");
        config.tlsKeyFile = QStringLiteral("/nonexistent/key.pem");
        server::Backend backend(config);
        QString error;
        QVERIFY(!backend.start(&error));
        QVERIFY(error.contains(QLatin1String("certificate")));
    }
};

QTEST_GUILESS_MAIN(TestSeeding)
#include "test_seeding.moc"
