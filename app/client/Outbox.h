#pragma once

#include "app/client/Draft.h"
#include "common/core/Problem.h"
#include "common/wire/Application.h"

#include <QObject>
#include <QSet>
#include <QTimer>

#include <chrono>
#include <optional>

namespace rathaus::client {

class ApplicationsApi;
class DraftStore;

// Submissions that wait for the backend. A submitted draft is stored as
// Queued (encrypted, in the DraftStore's file) before the first attempt, and
// leaves the store only once the backend answered 201; every attempt carries
// the draft's Idempotency-Key, so a submission sent again after a lost answer,
// a timeout or a crash is filed exactly once.
//
// Unreachable, timeout, 408, 429 and 5xx: the entry waits and is tried again
// with capped backoff, when deliverAll() is called (start, sign-in,
// connectivity back) and on every later submission. Any other refusal (422,
// 403, 409, ...) is not retried: the draft goes back to Editing with the
// backend's field errors, nothing typed is lost.
class Outbox : public QObject
{
    Q_OBJECT
public:
    struct Backoff
    {
        std::chrono::milliseconds initial { 2000 };
        std::chrono::milliseconds max { 60000 };
    };

    Outbox(DraftStore *store, ApplicationsApi *api, QObject *parent = nullptr);
    ~Outbox() override;

    void setBackoff(const Backoff &backoff) { m_backoff = backoff; }

    // Active while the store has an owner who is signed in; inactive, nothing
    // is sent (late answers of an earlier account are dropped; the entry is
    // sent again, safely, next time).
    void setActive(bool active);
    bool isActive() const { return m_active; }

    // Queues `draft` (saved as Queued) and tries to send it at once.
    std::optional<Problem> enqueue(Draft &draft);
    // Tries every waiting entry now.
    void deliverAll();

    int pendingCount() const;
    bool isSending(const QString &draftId) const { return m_inFlight.contains(draftId); }
    // When the next automatic attempt is due (for "next attempt in ..."); invalid when none.
    std::chrono::milliseconds nextRetryIn() const;

    // Whether an attempt that ended with `problem` may be repeated.
    static bool isRetryable(const Problem &problem);

signals:
    void delivered(const QString &draftId, const rathaus::ApplicationSummary &application);
    // Refused for good: the draft is back in Editing with the errors.
    void rejected(const QString &draftId, const rathaus::Problem &problem);
    // Not reached this time: the entry waits for the next attempt.
    void waiting(const QString &draftId, const rathaus::Problem &problem);
    void pendingChanged(int count);

private:
    void send(const QString &draftId);
    void onAnswer(const QString &draftId, quint64 generation,
                  const Result<ApplicationSummary> &result);
    void scheduleRetry();

    DraftStore *m_store;
    ApplicationsApi *m_api;
    Backoff m_backoff;
    bool m_active = false;
    quint64 m_generation = 0;
    QSet<QString> m_inFlight;
    int m_failures = 0; // consecutive, for the backoff
    QTimer m_retryTimer;
};

} // namespace rathaus::client
