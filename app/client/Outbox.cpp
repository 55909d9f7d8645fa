#include "app/client/Outbox.h"

#include "app/client/ApplicationsApi.h"
#include "app/client/DraftStore.h"
#include "app/client/LoggingCategories.h"

#include <algorithm>

namespace rathaus::client {

Outbox::Outbox(DraftStore *store, ApplicationsApi *api, QObject *parent)
    : QObject(parent), m_store(store), m_api(api)
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &Outbox::deliverAll);
}

Outbox::~Outbox() = default;

void Outbox::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    ++m_generation;
    m_inFlight.clear();
    m_failures = 0;
    m_retryTimer.stop();
    emit pendingChanged(pendingCount());
    if (active)
        deliverAll();
}

bool Outbox::isRetryable(const Problem &problem)
{
    if (problem.status == 0)
        return problem.slug() == QLatin1String("timeout") ||
            problem.slug() == QLatin1String("unreachable") ||
            problem.slug() == QLatin1String("connection-lost");
    // 401: the session ended; the entry waits for the next sign-in.
    return problem.status == 401 || problem.status == 408 || problem.status == 429 ||
        problem.status >= 500;
}

std::optional<Problem> Outbox::enqueue(Draft &draft)
{
    draft.state = Draft::State::Queued;
    draft.fieldErrors.clear();
    draft.notice.clear();
    if (auto problem = m_store->save(draft))
        return problem;
    qCInfo(lcOutbox) << "queued a submission";
    emit pendingChanged(pendingCount());
    if (m_active)
        send(draft.id);
    return std::nullopt;
}

void Outbox::deliverAll()
{
    if (!m_active)
        return;
    for (const QString &id : m_store->queuedIds())
        send(id);
}

int Outbox::pendingCount() const
{
    return int(m_store->queuedIds().size());
}

std::chrono::milliseconds Outbox::nextRetryIn() const
{
    return std::chrono::milliseconds(m_retryTimer.isActive() ? m_retryTimer.remainingTime() : -1);
}

void Outbox::send(const QString &draftId)
{
    if (m_inFlight.contains(draftId))
        return; // one attempt at a time per entry
    const Result<Draft> draft = m_store->load(draftId);
    if (!draft || draft.value().state != Draft::State::Queued)
        return; // unreadable entries wait until the citizen discards them
    m_inFlight.insert(draftId);
    const quint64 generation = m_generation;
    qCInfo(lcOutbox) << "sending a queued submission";
    const QJsonObject &data =
        draft.value().submission.isEmpty() ? draft.value().data : draft.value().submission;
    m_api->submit(draft.value().serviceId, data, draft.value().idempotencyKey, this,
                  [this, draftId, generation](const Result<ApplicationSummary> &result) {
                      onAnswer(draftId, generation, result);
                  });
}

void Outbox::onAnswer(const QString &draftId, quint64 generation,
                      const Result<ApplicationSummary> &result)
{
    if (generation != m_generation)
        return; // another account (or none) by now: sent again, safely, later
    m_inFlight.remove(draftId);
    if (result.ok()) {
        m_failures = 0;
        m_store->remove(draftId);
        qCInfo(lcOutbox) << "a queued submission was delivered";
        emit delivered(draftId, result.value());
        emit pendingChanged(pendingCount());
        return;
    }
    const Problem &problem = result.problem();
    if (isRetryable(problem)) {
        qCInfo(lcOutbox) << "a submission waits:" << problem.status << problem.slug();
        ++m_failures;
        if (problem.status != 401)
            scheduleRetry();
        emit waiting(draftId, problem);
        return;
    }
    qCInfo(lcOutbox) << "a submission was refused:" << problem.status << problem.slug();
    Result<Draft> draft = m_store->load(draftId);
    if (draft) {
        Draft reopened = draft.value();
        reopened.state = Draft::State::Editing;
        reopened.fieldErrors = problem.fieldErrors;
        reopened.notice = problem.detail.isEmpty() ? problem.title
                                                   : problem.title + QLatin1Char(' ') + problem.detail;
        m_store->save(reopened);
    }
    emit rejected(draftId, problem);
    emit pendingChanged(pendingCount());
}

void Outbox::scheduleRetry()
{
    using std::chrono::milliseconds;
    const int exponent = std::min(m_failures - 1, 16);
    const milliseconds delay =
        std::min<milliseconds>(m_backoff.max, m_backoff.initial * (qint64(1) << std::max(exponent, 0)));
    if (m_retryTimer.isActive() && milliseconds(m_retryTimer.remainingTime()) <= delay)
        return;
    m_retryTimer.start(delay);
}

} // namespace rathaus::client
