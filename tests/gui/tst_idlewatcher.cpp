// The kiosk's idle watcher alone: which events count as a person, when
// `idle` and `active` fire, and that input restarts the wait.
#include "app/ui/kiosk/IdleWatcher.h"

#include <QApplication>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QTouchEvent>

using namespace rathaus;
using namespace std::chrono_literals;

class IdleWatcherTest : public QObject
{
    Q_OBJECT

private slots:
    void classifiesInput()
    {
        QKeyEvent key(QEvent::KeyPress, Qt::Key_A, Qt::NoModifier, QStringLiteral("a"));
        QVERIFY(ui::IdleWatcher::isInput(&key));
        QMouseEvent press(QEvent::MouseButtonPress, QPointF(1, 1), QPointF(1, 1), Qt::LeftButton,
                          Qt::LeftButton, Qt::NoModifier);
        QVERIFY(ui::IdleWatcher::isInput(&press));
        QTouchEvent touch(QEvent::TouchBegin);
        QVERIFY(ui::IdleWatcher::isInput(&touch));
        QEvent paint(QEvent::Paint);
        QVERIFY(!ui::IdleWatcher::isInput(&paint));
        QEvent timer(QEvent::Timer);
        QVERIFY(!ui::IdleWatcher::isInput(&timer));
        QEvent enter(QEvent::Enter); // a window appearing under the pointer is nobody
        QVERIFY(!ui::IdleWatcher::isInput(&enter));
    }

    void idleFiresOnceWithoutInput()
    {
        ui::IdleWatcher watcher(50ms);
        QSignalSpy idle(&watcher, &ui::IdleWatcher::idle);
        QVERIFY(!watcher.isRunning());
        watcher.start();
        QVERIFY(idle.wait());
        QVERIFY(watcher.isIdle());
        QVERIFY(!watcher.sawInput());
        QTest::qWait(200);
        QCOMPARE(idle.size(), 1); // single shot: once idle, it waits for a person
    }

    void inputRestartsTheWait()
    {
        QLineEdit edit;
        edit.show();
        QVERIFY(QTest::qWaitForWindowExposed(&edit));
        ui::IdleWatcher watcher(60s);
        watcher.start();
        QTest::qWait(300);
        const int before = watcher.remainingMs();
        QVERIFY(before <= 60000 - 300);
        QTest::keyClick(&edit, Qt::Key_A);
        QVERIFY(watcher.remainingMs() > before);
        QVERIFY(watcher.sawInput());
        QCOMPARE(edit.text(), QStringLiteral("a")); // watched, not eaten
    }

    void inputAfterIdleIsActive()
    {
        QLineEdit edit;
        edit.show();
        QVERIFY(QTest::qWaitForWindowExposed(&edit));
        ui::IdleWatcher watcher(50ms);
        QSignalSpy idle(&watcher, &ui::IdleWatcher::idle);
        QSignalSpy active(&watcher, &ui::IdleWatcher::active);
        watcher.start();
        QVERIFY(idle.wait());
        QCOMPARE(active.size(), 0);
        QTest::keyClick(&edit, Qt::Key_B); // press and release: `active` once
        QCOMPARE(active.size(), 1);
        QVERIFY(!watcher.isIdle());
        QVERIFY(idle.wait()); // and the wait starts over
        QCOMPARE(idle.size(), 2);
    }

    void stoppedWatcherIgnoresEverything()
    {
        QLineEdit edit;
        edit.show();
        QVERIFY(QTest::qWaitForWindowExposed(&edit));
        ui::IdleWatcher watcher(50ms);
        QSignalSpy idle(&watcher, &ui::IdleWatcher::idle);
        QSignalSpy active(&watcher, &ui::IdleWatcher::active);
        watcher.start();
        watcher.stop();
        QTest::qWait(200);
        QTest::keyClick(&edit, Qt::Key_C);
        QCOMPARE(idle.size(), 0);
        QCOMPARE(active.size(), 0);
        QVERIFY(!watcher.sawInput());
    }
};

QTEST_MAIN(IdleWatcherTest)
#include "tst_idlewatcher.moc"
