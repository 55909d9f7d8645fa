#include "app/ui/kiosk/IdleWatcher.h"

#include <QCoreApplication>
#include <QEvent>

namespace rathaus::ui {

IdleWatcher::IdleWatcher(std::chrono::milliseconds timeout, QObject *parent)
    : QObject(parent), m_timeout(timeout)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer); // one timer: exactness costs nothing
    m_timer.setInterval(m_timeout);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        m_idle = true;
        emit idle();
    });
    // Every widget's events pass the application's filters first, dialogs included.
    QCoreApplication::instance()->installEventFilter(this);
}

IdleWatcher::~IdleWatcher()
{
    if (QCoreApplication *application = QCoreApplication::instance())
        application->removeEventFilter(this);
}

void IdleWatcher::start()
{
    m_running = true;
    m_idle = false;
    m_sawInput = false;
    m_timer.start();
}

void IdleWatcher::stop()
{
    m_running = false;
    m_idle = false;
    m_timer.stop();
}

bool IdleWatcher::isInput(const QEvent *event)
{
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::KeyPress:
    case QEvent::KeyRelease:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TouchEnd:
    case QEvent::TabletPress:
    case QEvent::TabletMove:
    case QEvent::InputMethod:
        return true;
    default:
        return false;
    }
}

bool IdleWatcher::eventFilter(QObject *watched, QEvent *event)
{
    // An input event passes here once per receiver on its way (window, then
    // widgets); restarting a timer is cheap, so each pass counts.
    if (m_running && isInput(event))
        onInput();
    return QObject::eventFilter(watched, event);
}

void IdleWatcher::onInput()
{
    const bool wasIdle = m_idle;
    m_idle = false;
    m_sawInput = true;
    m_timer.start();
    if (wasIdle)
        emit active();
}

} // namespace rathaus::ui
