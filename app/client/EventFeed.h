#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QTimer>

#include <functional>

namespace rathaus::client {

class Session;

// One entry of GET /me/events (api.md "Events").
struct FeedEvent
{
    qint64 seq = 0;
    QDateTime at;
    QString kind; // status_changed, message_received, document_issued, ...
    QString applicationId;
    QString subjectId;
    QJsonObject payload;
};

// Tells the signed-in citizen's window what changed on the server: long-polls
// GET /me/events while a citizen is signed in, one event() per entry, and
// stops on logout. It remembers where it stopped per user (through the
// cursor store), so a new run tells only what happened since; the very first
// run starts at the current head, so old history is not announced again.
// Failures are retried with a growing pause (1 s up to 60 s).
class EventFeed : public QObject
{
    Q_OBJECT
public:
    // Where the feed keeps its cursor per user id (QSettings in the app).
    struct CursorStore
    {
        std::function<qint64(const QString &userId)> load; // -1: none yet
        std::function<void(const QString &userId, qint64 since)> save;
    };

    explicit EventFeed(Session *session, QObject *parent = nullptr);

    void setCursorStore(CursorStore store) { m_store = std::move(store); }
    // Seconds the server may hold a poll (at most 25); kept below the
    // client's transfer timeout so a quiet poll never counts as failure.
    void setWaitSeconds(int seconds) { m_waitSeconds = seconds; }
    int effectiveWaitSeconds() const;

    // Starts for the session's user when it is a citizen; stop() ends it.
    void start();
    void stop();
    bool isRunning() const { return m_running; }
    qint64 since() const { return m_since; }

signals:
    void event(const rathaus::client::FeedEvent &event);
    // The feed reached the head after starting (tests and status bars).
    void caughtUp();

private:
    void poll(int waitSeconds);
    void retryLater();

    Session *m_session;
    CursorStore m_store;
    QTimer m_retryTimer;
    QString m_userId;
    qint64 m_since = -1;
    quint64 m_generation = 0;
    int m_waitSeconds = 25;
    int m_failures = 0;
    bool m_running = false;
    bool m_skipping = false; // reading the backlog of a first start silently
};

} // namespace rathaus::client

Q_DECLARE_METATYPE(rathaus::client::FeedEvent)
