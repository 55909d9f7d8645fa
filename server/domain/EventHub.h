#pragma once

#include <QHash>
#include <QObject>
#include <QString>

#include <functional>

namespace rathaus::server {

// Wakes the long-polls of /me/events when a citizen's events were committed.
// It carries no data: a woken listener re-reads the events table, so nothing
// is lost when a notification races with a poll's own query.
//
// Threads: notify() from any thread (it only posts to the hub's thread);
// subscribe(), unsubscribe() and the listeners run on the thread the hub
// lives in (the HTTP server's). One process only: behind a load balancer a
// waiting poll learns of another instance's writes at its timeout (see
// server/README.md "Events feed").
class EventHub : public QObject
{
    Q_OBJECT
public:
    using Listener = std::function<void()>;

    explicit EventHub(QObject *parent = nullptr);

    // Call AFTER the commit that appended events of `citizenId`.
    void notify(const QString &citizenId);

    quint64 subscribe(const QString &citizenId, Listener listener);
    void unsubscribe(quint64 id);
    int listenerCount() const { return int(m_listeners.size()); }
    int listenerCount(const QString &citizenId) const { return int(m_byCitizen.count(citizenId)); }

private:
    void deliver(const QString &citizenId);

    struct Entry
    {
        QString citizenId;
        Listener listener;
    };
    QHash<quint64, Entry> m_listeners;
    QMultiHash<QString, quint64> m_byCitizen;
    quint64 m_nextId = 1;
};

} // namespace rathaus::server
