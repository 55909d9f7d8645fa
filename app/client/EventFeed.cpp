#include "app/client/EventFeed.h"

#include "app/client/ApiClient.h"
#include "app/client/LoggingCategories.h"
#include "app/client/Session.h"

#include <QJsonArray>

#include <algorithm>

namespace rathaus::client {

namespace {

constexpr int MaxWaitSeconds = 25;
constexpr int MaxBackoffSeconds = 60;

FeedEvent eventFrom(const QJsonObject &object)
{
    FeedEvent event;
    event.seq = object.value(QStringLiteral("seq")).toInteger();
    event.at = QDateTime::fromString(object.value(QStringLiteral("at")).toString(), Qt::ISODate);
    event.kind = object.value(QStringLiteral("kind")).toString();
    event.applicationId = object.value(QStringLiteral("application_id")).toString();
    event.subjectId = object.value(QStringLiteral("subject_id")).toString();
    event.payload = object.value(QStringLiteral("payload")).toObject();
    return event;
}

} // namespace

EventFeed::EventFeed(Session *session, QObject *parent) : QObject(parent), m_session(session)
{
    qRegisterMetaType<FeedEvent>();
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this,
            [this] { poll(m_skipping ? 0 : effectiveWaitSeconds()); });
}

int EventFeed::effectiveWaitSeconds() const
{
    // Five seconds of the transfer timeout stay for the answer to travel.
    const auto timeout = m_session->api()->transferTimeout();
    const int room = int(std::chrono::duration_cast<std::chrono::seconds>(timeout).count()) - 5;
    return std::clamp(std::min(m_waitSeconds, room), 0, MaxWaitSeconds);
}

void EventFeed::start()
{
    stop();
    if (!m_session->isLoggedIn() || m_session->user().isStaff())
        return;
    m_running = true;
    m_userId = m_session->user().id;
    m_since = m_store.load ? m_store.load(m_userId) : -1;
    m_failures = 0;
    // Without a cursor the backlog is read silently, page by page without
    // waiting, up to the head; only what comes after is told.
    m_skipping = m_since < 0;
    if (m_skipping)
        m_since = 0;
    poll(m_skipping ? 0 : effectiveWaitSeconds());
}

void EventFeed::stop()
{
    ++m_generation; // a poll still under way is ignored when it comes back
    m_retryTimer.stop();
    m_running = false;
    m_userId.clear();
    m_since = -1;
}

void EventFeed::poll(int waitSeconds)
{
    if (!m_running)
        return;
    const bool skipping = m_skipping;
    ApiRequest request = ApiRequest::get(QStringLiteral("/me/events"));
    request.query.addQueryItem(QStringLiteral("since"), QString::number(m_since));
    request.query.addQueryItem(QStringLiteral("wait"), QString::number(waitSeconds));
    const quint64 generation = m_generation;
    m_session->send(request, this, [this, generation, skipping](const ApiResult &result) {
        if (generation != m_generation || !m_running)
            return;
        if (!result.ok() || !result.value().json.isObject()) {
            qCInfo(lcApi) << "events feed: poll failed, retrying later";
            if (!result.ok() && result.problem().status == 401)
                return; // the session ended; logout stops the feed
            retryLater();
            return;
        }
        m_failures = 0;
        const QJsonObject page = result.value().json.object();
        const QJsonArray items = page.value(QStringLiteral("items")).toArray();
        qint64 next = page.value(QStringLiteral("next_since")).toInteger(-1);
        if (items.isEmpty() && next >= 0 && next < m_since) {
            // The server's numbering is behind the kept cursor (another
            // database, e.g. a new demo city): follow it from its head.
            m_since = next;
        }
        if (skipping) {
            next = std::max(next, m_since);
        } else {
            for (const QJsonValue &item : items) {
                const FeedEvent event = eventFrom(item.toObject());
                if (event.seq <= m_since)
                    continue;
                m_since = event.seq;
                emit this->event(event);
                if (generation != m_generation)
                    return; // a receiver stopped the feed
            }
            next = std::max(next, m_since);
        }
        m_since = next;
        if (m_store.save)
            m_store.save(m_userId, m_since);
        if (skipping && items.isEmpty()) {
            m_skipping = false;
            emit caughtUp();
        }
        poll(m_skipping ? 0 : effectiveWaitSeconds());
    });
}

void EventFeed::retryLater()
{
    ++m_failures;
    const int seconds = std::min(MaxBackoffSeconds, 1 << std::min(m_failures - 1, 6));
    m_retryTimer.start(std::chrono::seconds(seconds));
}

} // namespace rathaus::client
