#include "common/core/Clock.h"

#include <QTest>

using rathaus::Clock;
using rathaus::ManualClock;

class TestClock : public QObject
{
    Q_OBJECT

private slots:
    void systemClockIsUtcNow()
    {
        const QDateTime before = QDateTime::currentDateTimeUtc();
        const QDateTime now = Clock::system().now();
        const QDateTime after = QDateTime::currentDateTimeUtc();
        QVERIFY(before <= now && now <= after);
        QCOMPARE(now.timeSpec(), Qt::UTC);
        QCOMPARE(&Clock::system(), &Clock::system());
    }

    void manualClockMovesOnlyWhenTold()
    {
        const QDateTime start(QDate(2026, 3, 10), QTime(8, 0), Qt::UTC);
        ManualClock clock(start);
        QCOMPARE(clock.now(), start);
        QCOMPARE(clock.nowSeconds(), start.toSecsSinceEpoch());
        clock.advance(90);
        QCOMPARE(clock.now(), start.addSecs(90));
        QCOMPARE(clock.now().timeSpec(), Qt::UTC);
        clock.set(start.addDays(1));
        QCOMPARE(clock.now(), start.addDays(1));
    }
};

QTEST_GUILESS_MAIN(TestClock)
#include "test_clock.moc"
