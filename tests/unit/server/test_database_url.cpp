#include "server/store/DatabaseUrl.h"

#include <QTest>

using namespace rathaus::server;

class TestDatabaseUrl : public QObject
{
    Q_OBJECT

private slots:
    void sqlite_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("path");
        QTest::newRow("absolute") << QStringLiteral("sqlite:/var/lib/rathaus/city.db")
                                  << QStringLiteral("/var/lib/rathaus/city.db");
        QTest::newRow("relative") << QStringLiteral("sqlite:city.db") << QStringLiteral("city.db");
        QTest::newRow("triple slash")
            << QStringLiteral("sqlite:///tmp/x.db") << QStringLiteral("/tmp/x.db");
        QTest::newRow("memory") << QStringLiteral("sqlite::memory:") << QStringLiteral(":memory:");
        QTest::newRow("windows") << QStringLiteral("sqlite:C:/Users/erika/AppData/rathaus.db")
                                 << QStringLiteral("C:/Users/erika/AppData/rathaus.db");
        QTest::newRow("spaces trimmed")
            << QStringLiteral("  sqlite:/a b/c.db ") << QStringLiteral("/a b/c.db");
    }
    void sqlite()
    {
        QFETCH(QString, url);
        QFETCH(QString, path);
        const auto parsed = DatabaseUrl::parse(url);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed.value().dialect, Dialect::Sqlite);
        QCOMPARE(parsed.value().path, path);
        QCOMPARE(parsed.value().dialectName(), QStringLiteral("sqlite"));
        QCOMPARE(parsed.value().isMemory(), path == QLatin1String(":memory:"));
    }

    void postgres()
    {
        const auto parsed = DatabaseUrl::parse(QStringLiteral(
            "postgres://rathaus:s%40cret%3Aword@db.example.org:6543/city?sslmode=require"));
        QVERIFY(parsed.ok());
        const DatabaseUrl &url = parsed.value();
        QCOMPARE(url.dialect, Dialect::Postgres);
        QCOMPARE(url.user, QStringLiteral("rathaus"));
        QCOMPARE(url.password, QStringLiteral("s@cret:word"));
        QCOMPARE(url.host, QStringLiteral("db.example.org"));
        QCOMPARE(url.port, 6543);
        QCOMPARE(url.database, QStringLiteral("city"));
        QCOMPARE(url.connectOptions, QStringLiteral("sslmode=require"));
        QCOMPARE(url.dialectName(), QStringLiteral("postgres"));
        // The password never shows in the log form...
        QVERIFY(!url.redacted().contains(QLatin1String("cret")));
        QVERIFY(url.redacted().contains(QLatin1String("db.example.org:6543/city")));
        // ...but survives a round trip.
        const auto again = DatabaseUrl::parse(url.toString());
        QVERIFY(again.ok());
        QCOMPARE(again.value().password, url.password);
        QCOMPARE(again.value().connectOptions, url.connectOptions);
    }

    void postgresDefaults()
    {
        const auto parsed = DatabaseUrl::parse(QStringLiteral("postgresql://u@127.0.0.1/postgres"));
        QVERIFY(parsed.ok());
        QCOMPARE(parsed.value().port, 5432);
        QCOMPARE(parsed.value().password, QString());
        const auto ipv6 = DatabaseUrl::parse(QStringLiteral("postgres://u:p@[::1]:5433/d"));
        QVERIFY(ipv6.ok());
        QCOMPARE(ipv6.value().host, QStringLiteral("::1"));
        QCOMPARE(ipv6.value().port, 5433);
    }

    void invalid_data()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("empty") << QString();
        QTest::newRow("unknown scheme") << QStringLiteral("mysql://u:p@h/d");
        QTest::newRow("sqlite without path") << QStringLiteral("sqlite:");
        QTest::newRow("postgres without database") << QStringLiteral("postgres://u:p@h:5432/");
        QTest::newRow("postgres without host") << QStringLiteral("postgres:///d");
        QTest::newRow("postgres nested path") << QStringLiteral("postgres://u@h/a/b");
        QTest::newRow("unknown option") << QStringLiteral("postgres://u@h/d?host=/tmp/evil");
        QTest::newRow("bad port") << QStringLiteral("postgres://u@h:99999/d");
        QTest::newRow("plain path") << QStringLiteral("/tmp/x.db");
    }
    void invalid()
    {
        QFETCH(QString, url);
        const auto parsed = DatabaseUrl::parse(url);
        QVERIFY(!parsed.ok());
        QVERIFY(!parsed.problem().detail.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDatabaseUrl)
#include "test_database_url.moc"
