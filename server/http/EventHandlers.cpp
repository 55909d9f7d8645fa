#include "server/http/EventHandlers.h"

#include "server/domain/EventHub.h"
#include "server/domain/SessionService.h"
#include "server/http/PageQuery.h"
#include "server/store/EventRepository.h"

#include <QJsonArray>

#include <limits>

namespace rathaus::server::http::handlers {

namespace {

constexpr int kMaxWaitSeconds = 25;
// Parked polls per citizen (a desktop or two, a phone): more is a bug or abuse,
// and each holds a socket for up to 25 s.
constexpr int kMaxWaitingPerCitizen = 4;

// A non-negative whole number parameter; `fallback` when absent.
qint64 numberParameter(const RequestContext &request, const QString &name, qint64 fallback,
                       qint64 max, QMap<QString, QString> *errors)
{
    const QString text = request.queryValue(name);
    if (text.isNull())
        return fallback;
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok || value < 0 || value > max) {
        errors->insert(name, QStringLiteral("A whole number from 0 to %1.").arg(max));
        return fallback;
    }
    return value;
}

// The page after `since`, or nullopt when there is nothing new.
std::optional<Reply> eventsAfter(Database &database, const QString &citizenId, qint64 since,
                                 bool evenIfEmpty)
{
    const EventRepository repository(database.connection());
    const QList<StoredEvent> events = repository.after(citizenId, since);
    if (events.isEmpty()) {
        // A cursor beyond the head was kept from another database (a new
        // demo city): answer at once with the head, so the client starts over
        // from there instead of waiting for numbers it has "seen" already.
        const qint64 head = repository.head(citizenId);
        if (head < since)
            return Reply::json(QJsonObject { { QStringLiteral("items"), QJsonArray() },
                                             { QStringLiteral("next_since"), head } });
    }
    if (events.isEmpty() && !evenIfEmpty)
        return std::nullopt;
    QJsonArray items;
    for (const StoredEvent &event : events)
        items.append(event.toJson());
    const qint64 next = events.isEmpty() ? since : events.constLast().seq;
    return Reply::json(
        QJsonObject { { QStringLiteral("items"), items }, { QStringLiteral("next_since"), next } });
}

} // namespace

PollOutcome myEvents(HandlerContext &context, const RequestContext &request)
{
    const auto session = context.sessions.authenticate(request.bearerToken());
    if (!session)
        return PollOutcome::answer(
            Reply::problem(session.problem()).withHeader("WWW-Authenticate", "Bearer"));
    if (session.value().user.role != Role::Citizen)
        return PollOutcome::answer(
            Reply::problem(403, QStringLiteral("forbidden"), QStringLiteral("Not allowed"),
                           QStringLiteral("The events feed is the citizen's.")));

    QMap<QString, QString> errors;
    const qint64 since = numberParameter(request, QStringLiteral("since"), 0,
                                         std::numeric_limits<qint64>::max(), &errors);
    const qint64 wait =
        numberParameter(request, QStringLiteral("wait"), kMaxWaitSeconds, kMaxWaitSeconds, &errors);
    if (!errors.isEmpty())
        return PollOutcome::answer(Reply::problem(invalidQueryProblem(errors)));

    const QString citizenId = session.value().user.id;
    if (auto now = eventsAfter(context.database, citizenId, since, wait == 0))
        return PollOutcome::answer(*now);

    if (context.events.listenerCount(citizenId) >= kMaxWaitingPerCitizen)
        return PollOutcome::answer(
            Reply::problem(429, QStringLiteral("too-many-requests"),
                           QStringLiteral("Too many waiting requests"),
                           QStringLiteral("This account already has %1 waiting event requests.")
                               .arg(kMaxWaitingPerCitizen))
                .withHeader("Retry-After", "5"));

    PollOutcome outcome;
    outcome.topic = citizenId;
    outcome.waitMs = int(wait * 1000);
    Database *database = &context.database; // outlives the server and its waiters
    outcome.poll = [database, citizenId, since] {
        return eventsAfter(*database, citizenId, since, false);
    };
    outcome.timeout = [database, citizenId, since] {
        // One last look: a commit may have landed just before the timer.
        return *eventsAfter(*database, citizenId, since, true);
    };
    return outcome;
}

} // namespace rathaus::server::http::handlers
