#include "server/domain/EventHub.h"

#include <QMetaObject>

namespace rathaus::server {

EventHub::EventHub(QObject *parent) : QObject(parent) { }

void EventHub::notify(const QString &citizenId)
{
    // Queued even on the hub's own thread: the writer's handler finishes
    // (and answers) first, and listeners never run inside a transaction.
    QMetaObject::invokeMethod(
        this, [this, citizenId] { deliver(citizenId); }, Qt::QueuedConnection);
}

quint64 EventHub::subscribe(const QString &citizenId, Listener listener)
{
    const quint64 id = m_nextId++;
    m_listeners.insert(id, Entry { citizenId, std::move(listener) });
    m_byCitizen.insert(citizenId, id);
    return id;
}

void EventHub::unsubscribe(quint64 id)
{
    const auto found = m_listeners.constFind(id);
    if (found == m_listeners.constEnd())
        return;
    m_byCitizen.remove(found->citizenId, id);
    m_listeners.erase(found);
}

void EventHub::deliver(const QString &citizenId)
{
    // A listener usually unsubscribes itself (it answered): iterate a copy.
    const QList<quint64> ids = m_byCitizen.values(citizenId);
    for (const quint64 id : ids) {
        const auto found = m_listeners.constFind(id);
        if (found == m_listeners.constEnd())
            continue;
        const Listener listener = found->listener;
        listener();
    }
}

} // namespace rathaus::server
