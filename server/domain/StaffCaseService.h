#pragma once

#include "common/core/Result.h"
#include "server/domain/CaseTransitions.h"
#include "server/store/CaseRepository.h"
#include "server/store/UserRepository.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace rathaus {
class Clock;
}

namespace rathaus::server {

class Database;
class EventHub;

// The office's side of a case (api.md "Staff"): the queue, the case as the
// caseworker sees it (a logged read), assignment, status changes (through
// CaseTransitions) and internal notes. `staff` is a caseworker or lead with an
// office (the HTTP layer refuses everybody else); another office's case is 404.
// Stateless and thread-safe like the other services.
class StaffCaseService
{
public:
    static constexpr qsizetype kMaxNoteLength = 4000;

    StaffCaseService(Database &database, const Clock &clock, EventHub *events);

    // {items: [case list item], next_cursor}
    QJsonObject list(const UserRecord &staff, CaseListFilter filter, const QString &language) const;
    Result<QJsonObject> detail(const UserRecord &staff, const QString &id, const QString &language);
    // `assignee`: "me", a staff account id, or null (release).
    Result<QJsonObject> assign(const UserRecord &staff, const QString &id,
                               const QJsonValue &assignee);
    // `body`: {to, note?, reason?, until?}; answers the case's new state.
    Result<QJsonObject> transition(const UserRecord &staff, const QString &id, int expectedVersion,
                                   const QJsonObject &body);
    Result<QJsonObject> addNote(const UserRecord &staff, const QString &id,
                                const QJsonObject &body);

    // The office's figures for its lead (GET /staff/stats): {open_by_status,
    // open, overdue, median_processing_days (null without closed cases),
    // median_sample, median_window_days, received_last_30_days,
    // closed_last_30_days, as_of}.
    QJsonObject stats(const UserRecord &lead) const;

    // What a 409 edit-conflict carries: {id, status, version, assignee,
    // updated_at}; no personal data, so no access-log entry. nullopt when
    // the case is not the office's.
    std::optional<QJsonObject> currentState(const UserRecord &staff, const QString &id) const;

    // The staff member as the transition table's actor (history shows the
    // office's name, never the person).
    CaseActor actorFor(const UserRecord &staff) const;

private:
    Database &m_database;
    const Clock &m_clock;
    EventHub *m_events;
};

} // namespace rathaus::server
