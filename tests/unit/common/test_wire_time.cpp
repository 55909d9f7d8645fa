#include "common/wire/WireTime.h"

#include <QTest>
#include <QTimeZone>

using namespace rathaus::wire;

class TestWireTime : public QObject
{
    Q_OBJECT

private slots:
    void writesOneShape()
    {
        const QDateTime utc(QDate(2026, 11, 29), QTime(8, 15, 47, 123), Qt::UTC);
        QCOMPARE(toWireTime(utc), QStringLiteral("2026-11-29T08:15:47.123Z"));
        QCOMPARE(toWireTime(QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC)),
                 QStringLiteral("2026-01-02T03:04:05.000Z"));
        // Another zone is written in UTC.
        const QDateTime berlin(QDate(2026, 7, 1), QTime(12, 0), QTimeZone(7200));
        QCOMPARE(toWireTime(berlin), QStringLiteral("2026-07-01T10:00:00.000Z"));
        QCOMPARE(toWireTime(QDateTime()), QString());
        QVERIFY(toWireTimeValue(QDateTime()).isNull());
    }

    void reads_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("expected");
        const QDateTime base(QDate(2026, 11, 29), QTime(8, 15, 47), Qt::UTC);
        QTest::newRow("Z") << QStringLiteral("2026-11-29T08:15:47Z") << base;
        QTest::newRow("ms") << QStringLiteral("2026-11-29T08:15:47.250Z") << base.addMSecs(250);
        QTest::newRow("us") << QStringLiteral("2026-11-29T08:15:47.250999Z") << base.addMSecs(250);
        QTest::newRow("offset") << QStringLiteral("2026-11-29T09:15:47+01:00") << base;
        QTest::newRow("negative offset") << QStringLiteral("2026-11-29T03:15:47-05:00") << base;
    }

    void reads()
    {
        QFETCH(QString, text);
        QFETCH(QDateTime, expected);
        const auto parsed = fromWireTime(text);
        QVERIFY(parsed);
        QCOMPARE(*parsed, expected);
        QCOMPARE(parsed->timeSpec(), Qt::UTC);
    }

    void refuses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("date only") << QStringLiteral("2026-11-29");
        QTest::newRow("no zone") << QStringLiteral("2026-11-29T08:15:47");
        QTest::newRow("space") << QStringLiteral("2026-11-29 08:15:47Z");
        QTest::newRow("bad month") << QStringLiteral("2026-13-29T08:15:47Z");
        QTest::newRow("hour 24") << QStringLiteral("2026-11-29T24:00:00Z");
        QTest::newRow("words") << QStringLiteral("yesterday");
        QTest::newRow("trailing") << QStringLiteral("2026-11-29T08:15:47Zx");
    }

    void refuses()
    {
        QFETCH(QString, text);
        QVERIFY(!fromWireTime(text));
    }

    void roundTripIsExact()
    {
        const QDateTime time = QDateTime::fromMSecsSinceEpoch(1'795'000'000'123, Qt::UTC);
        QCOMPARE(fromWireTime(toWireTime(time)).value(), time);
        QCOMPARE(toWireTime(fromWireTime(toWireTime(time)).value()), toWireTime(time));
    }

    void readerHelpers()
    {
        const QJsonObject object { { QStringLiteral("at"), QStringLiteral("2026-11-29T08:15:47Z") },
                                   { QStringLiteral("bad"), QStringLiteral("soon") },
                                   { QStringLiteral("none"), QJsonValue::Null } };
        {
            JsonReader reader(object, "Test");
            QVERIFY(readTime(reader, "at").isValid());
            QVERIFY(readOptionalTime(reader, "none").isNull());
            QVERIFY(readOptionalTime(reader, "absent").isNull());
            QVERIFY(reader.ok());
        }
        {
            JsonReader reader(object, "Test");
            readTime(reader, "bad");
            QVERIFY(!reader.ok());
            QVERIFY(reader.problem().detail.contains(QLatin1String("bad")));
        }
        {
            JsonReader reader(object, "Test");
            readTime(reader, "absent");
            QVERIFY(!reader.ok());
        }
    }
};

QTEST_APPLESS_MAIN(TestWireTime)
#include "test_wire_time.moc"
