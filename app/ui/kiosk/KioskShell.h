#pragma once

#include <QObject>
#include <QPointer>

class QMainWindow;

namespace rathaus::client {
class Session;
}

namespace rathaus::ui {

class CountdownDialog;
class IdleWatcher;

// The kiosk around the window: full screen without a frame, closing
// refused (the session script restarts the program anyway), and the person's
// time: after `idleSeconds` without input a countdown, then sign-out on the
// server. When the person is gone (signed out by them, by the countdown or by
// the server; or someone typed at the sign-in page and left) it asks for a
// clean slate: `resetRequested`, which DesktopApp answers with a new window
// and wiped drafts, secrets, clipboard and settings.
class KioskShell : public QObject
{
    Q_OBJECT
public:
    KioskShell(client::Session *session, int idleSeconds, int countdownSeconds,
               QObject *parent = nullptr);
    ~KioskShell() override;

    // Takes over a (new) main window: frame, close events, the countdown.
    void attach(QMainWindow *window);
    void showWindow();

    IdleWatcher *idleWatcher() const { return m_watcher; }
    CountdownDialog *countdown() const;

signals:
    void resetRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onIdle();
    void onPersonGone();

    client::Session *m_session;
    IdleWatcher *m_watcher;
    int m_countdownSeconds;
    QPointer<QMainWindow> m_window;
    QPointer<CountdownDialog> m_countdown;
};

} // namespace rathaus::ui
