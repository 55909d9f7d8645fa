#pragma once

#include "common/core/Result.h"
#include "common/domain/Actor.h"
#include "common/domain/ApplicationStatus.h"
#include "common/wire/Session.h"
#include "server/store/ApplicationRepository.h"
#include "server/store/DatabaseUrl.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace rathaus {
class Clock;
}

namespace rathaus::server {

class Database;
class EventHub;

// Who moves a case. Citizens act on their own applications, staff
// (caseworker or lead) on their office's; the payment side and the backend
// itself are trusted callers inside the backend.
struct CaseActor
{
    Actor kind = Actor::System;
    QString userId; // citizen or staff account; empty for payment/system
    Role role = Role::Citizen; // staff: caseworker or lead
    QString officeId; // staff: their office
    QString displayName; // history actor_name (staff: the office's name, never the person)

    static CaseActor citizen(const QString &citizenId);
};

struct TransitionCommand
{
    QString applicationId;
    ApplicationStatus to = ApplicationStatus::InReview;
    CaseActor actor;
    std::optional<int> expectedVersion; // If-Match; none: the version just read
    QString note; // citizen-visible (info_requested: the question)
    QString reason; // rejected, suspended: required
    std::optional<qint64> until; // suspended: required, in the future
};

struct TransitionOutcome
{
    StoredApplication before;
    StoredApplication after;
};

// THE place where an application's status changes (all callers: citizen
// withdraw, staff transitions, document issue, payments later). In one
// transaction it checks the actor's right to the case (another's case: 404),
// the expected version (stale: 409 edit-conflict), the transition table of
// common/domain/ApplicationStatus (409 invalid-transition) and the
// required fields (422), then moves status and version (optimistic
// UPDATE ... WHERE version = ?), appends the history entry (seq = new
// version) and the citizen's `status_changed` event; after the commit it
// wakes the citizen's event feed.
class CaseTransitions
{
public:
    static constexpr qsizetype kMaxTextLength = 4000;

    CaseTransitions(Database &database, const Clock &clock, EventHub *events);

    Result<TransitionOutcome> transition(const TransitionCommand &command);

    // The same checks and writes inside the caller's open Transaction (for
    // changes that must commit together with other writes, e.g. issuing a
    // document). The caller commits and then calls EventHub::notify().
    static Result<TransitionOutcome> applyInTransaction(const QSqlDatabase &db, Dialect dialect,
                                                        const TransitionCommand &command,
                                                        qint64 now);

    // The case as `actor` may see it: 404 problem for another's case.
    static Result<StoredApplication> visibleTo(const CaseActor &actor,
                                               std::optional<StoredApplication> row);

private:
    Database &m_database;
    const Clock &m_clock;
    EventHub *m_events;
};

} // namespace rathaus::server
