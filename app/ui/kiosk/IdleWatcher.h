#pragma once

#include <QObject>
#include <QTimer>

#include <chrono>

namespace rathaus::ui {

// Notices when nobody has touched the program for a while: an event filter on
// the whole application (mouse, touch, pen, wheel, keys) restarts a timer.
// `idle` fires once when the timer runs out; the next input after that fires
// `active` (the kiosk's countdown then stops).
class IdleWatcher : public QObject
{
    Q_OBJECT
public:
    explicit IdleWatcher(std::chrono::milliseconds timeout, QObject *parent = nullptr);
    ~IdleWatcher() override;

    // Watching starts (or starts over) now; stop() ends it until the next start().
    void start();
    void stop();
    bool isRunning() const { return m_running; }
    bool isIdle() const { return m_idle; }
    // Whether anyone touched the program since start().
    bool sawInput() const { return m_sawInput; }
    std::chrono::milliseconds timeout() const { return m_timeout; }
    // Milliseconds until `idle` (-1 when not running or already idle).
    int remainingMs() const { return m_timer.remainingTime(); }

    // True for the events that show a person at the kiosk.
    static bool isInput(const QEvent *event);

signals:
    void idle();
    void active();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onInput();

    std::chrono::milliseconds m_timeout;
    QTimer m_timer;
    bool m_running = false;
    bool m_idle = false;
    bool m_sawInput = false;
};

} // namespace rathaus::ui
