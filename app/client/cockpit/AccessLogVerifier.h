#pragma once

#include "app/client/cockpit/AccessLogAudit.h"
#include "common/core/Clock.h"
#include "common/core/Problem.h"

#include <QObject>

namespace rathaus::client {

class CockpitApi;

// Walks the citizen's whole, unfiltered access log page by page and checks
// its hash chain (AccessLogAudit). Independent of what the timeline shows:
// a filtered or partly loaded list cannot prove a chain, the whole log can
// (app/README.md, "Access log: what the client verifies").
class AccessLogVerifier : public QObject
{
    Q_OBJECT
public:
    explicit AccessLogVerifier(CockpitApi *api, QObject *parent = nullptr);

    // Starts over (a new check, e.g. after sign-in or on "check again").
    void start();
    void clear();
    // Pages of the walk: the contract allows up to 200.
    void setPageSize(int size) { m_pageSize = size; }
    // Tells how old the oldest entry is (retention); tests pass a ManualClock.
    void setClock(const Clock *clock) { m_clock = clock; }

    const ChainVerdict &verdict() const { return m_audit.verdict(); }
    bool isRunning() const { return m_running; }
    // The log could not be loaded: problem() says why.
    bool hasFailed() const { return m_failed; }
    const Problem &problem() const { return m_problem; }

signals:
    void verdictChanged();

private:
    void fetch(const QString &cursor);

    CockpitApi *m_api;
    const Clock *m_clock = &Clock::system();
    AccessLogAudit m_audit;
    Problem m_problem;
    int m_pageSize = 200;
    bool m_running = false;
    bool m_failed = false;
    quint64 m_generation = 0;
};

} // namespace rathaus::client
