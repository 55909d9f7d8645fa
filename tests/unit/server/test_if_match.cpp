// If-Match as replacing writes read it (server/http/IfMatch): the version
// the GET's ETag carried, and which problem answers a missing or bad header.
#include "server/http/IfMatch.h"

#include <QTest>

using namespace rathaus::server::http;

class TestIfMatch : public QObject
{
    Q_OBJECT

private slots:
    void parsesTheVersion_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<int>("version"); // -1: malformed
        QTest::newRow("quoted") << QByteArray("\"3\"") << 3;
        QTest::newRow("bare") << QByteArray("12") << 12;
        QTest::newRow("spaces around") << QByteArray("  \"7\" ") << 7;
        QTest::newRow("absent") << QByteArray() << 0;
        QTest::newRow("blank") << QByteArray("   ") << 0;
        QTest::newRow("weak") << QByteArray("W/\"3\"") << -1;
        QTest::newRow("star") << QByteArray("*") << -1;
        QTest::newRow("list") << QByteArray("\"3\", \"4\"") << -1;
        QTest::newRow("zero") << QByteArray("\"0\"") << -1;
        QTest::newRow("negative") << QByteArray("-2") << -1;
        QTest::newRow("text") << QByteArray("\"abc\"") << -1;
        QTest::newRow("one quote") << QByteArray("\"3") << -1;
        QTest::newRow("empty quotes") << QByteArray("\"\"") << -1;
    }
    void parsesTheVersion()
    {
        QFETCH(QByteArray, header);
        QFETCH(int, version);
        const std::optional<int> parsed = parseIfMatch(header);
        if (version < 0)
            QVERIFY2(!parsed, qPrintable(QString::number(parsed.value_or(-99))));
        else
            QCOMPARE(parsed, std::optional<int>(version));
    }

    void missingIs428AndMalformedIs400()
    {
        RequestContext request;
        const auto missing = requiredIfMatch(request, QStringLiteral("case"),
                                             QStringLiteral("GET /staff/cases/{id}"));
        QVERIFY(!missing);
        QCOMPARE(missing.problem().status, 428);
        QCOMPARE(missing.problem().slug(), QStringLiteral("if-match-required"));
        QVERIFY(missing.problem().detail.contains(QLatin1String("GET /staff/cases/{id}")));

        request.headers = { { "if-match", "W/\"2\"" } };
        const auto weak = requiredIfMatch(request, QStringLiteral("service"),
                                          QStringLiteral("GET /admin/services/{id}"));
        QVERIFY(!weak);
        QCOMPARE(weak.problem().status, 400);
        QCOMPARE(weak.problem().slug(), QStringLiteral("invalid-if-match"));
        QVERIFY(weak.problem().detail.contains(QLatin1String("service's version")));

        request.headers = { { "If-Match", "\"2\"" } };
        const auto good = requiredIfMatch(request, QStringLiteral("service"),
                                          QStringLiteral("GET /admin/services/{id}"));
        QVERIFY(good);
        QCOMPARE(good.value(), 2);
    }
};

QTEST_GUILESS_MAIN(TestIfMatch)
#include "test_if_match.moc"
