#include "app/ui/kiosk/KioskShell.h"

#include "app/client/LoggingCategories.h"
#include "app/client/Session.h"
#include "app/ui/kiosk/CountdownDialog.h"
#include "app/ui/kiosk/IdleWatcher.h"

#include <QCloseEvent>
#include <QMainWindow>
#include <QScreen>

namespace rathaus::ui {

KioskShell::KioskShell(client::Session *session, int idleSeconds, int countdownSeconds,
                       QObject *parent)
    : QObject(parent), m_session(session),
      m_watcher(new IdleWatcher(std::chrono::seconds(qMax(1, idleSeconds)), this)),
      m_countdownSeconds(countdownSeconds)
{
    connect(m_watcher, &IdleWatcher::idle, this, &KioskShell::onIdle);
    connect(m_watcher, &IdleWatcher::active, this, [this] {
        // Any touch, click or key during the countdown: the person is there.
        if (m_countdown && m_countdown->isVisible()) {
            qCInfo(lcUi) << "kiosk: input during the countdown, session kept";
            m_countdown->cancel();
        }
    });
    connect(m_session, &client::Session::loggedIn, m_watcher, &IdleWatcher::start);
    connect(m_session, &client::Session::loggedOut, this, &KioskShell::onPersonGone);
    connect(m_session, &client::Session::expired, this, &KioskShell::onPersonGone);
    m_watcher->start(); // also at the sign-in page: typed and left is wiped too
}

KioskShell::~KioskShell() = default;

CountdownDialog *KioskShell::countdown() const
{
    return m_countdown.data();
}

void KioskShell::attach(QMainWindow *window)
{
    m_window = window;
    window->setWindowFlag(Qt::FramelessWindowHint, true);
    window->installEventFilter(this);
    m_countdown = new CountdownDialog(m_countdownSeconds, window);
    connect(m_countdown, &CountdownDialog::continueRequested, m_watcher, &IdleWatcher::start);
    connect(m_countdown, &CountdownDialog::signOutRequested, m_session, &client::Session::logout);
    connect(m_countdown, &CountdownDialog::expired, this, [this] {
        qCInfo(lcUi) << "kiosk: countdown over, signing out";
        m_session->logout();
    });
}

void KioskShell::showWindow()
{
    if (!m_window)
        return;
    // The kiosk session runs without a window manager, and without one
    // nobody honours "full screen": the window covers the screen itself.
    if (QScreen *screen = m_window->screen())
        m_window->setGeometry(screen->geometry());
    m_window->showFullScreen();
}

bool KioskShell::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::Close) {
        // Alt+F4, a window manager's close: the kiosk stays. (The session
        // script would start it again anyway.)
        event->ignore();
        return true;
    }
    return QObject::eventFilter(watched, event);
}

void KioskShell::onIdle()
{
    if (m_session->isLoggedIn()) {
        if (m_countdown && !m_countdown->isVisible())
            m_countdown->begin();
        return;
    }
    // Nobody signed in, but someone typed (a username, a search) and left.
    if (m_watcher->sawInput()) {
        qCInfo(lcUi) << "kiosk: idle at the sign-in page, clearing";
        emit resetRequested();
    }
    m_watcher->start();
}

void KioskShell::onPersonGone()
{
    if (m_countdown)
        m_countdown->cancel();
    m_watcher->start();
    emit resetRequested();
}

} // namespace rathaus::ui
