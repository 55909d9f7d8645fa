#include "server/domain/CaseTransitions.h"

#include "common/core/Clock.h"
#include "server/domain/EventHub.h"
#include "server/store/Database.h"
#include "server/store/EventRepository.h"
#include "server/store/Transaction.h"

#include <QJsonObject>

namespace rathaus::server {

namespace {

using S = ApplicationStatus;

Problem notFound()
{
    return Problem::make(404, QStringLiteral("not-found"), QStringLiteral("Not found"),
                         QStringLiteral("There is no such application."));
}

Problem validation(const QMap<QString, QString> &errors)
{
    Problem problem =
        Problem::make(422, QStringLiteral("validation-failed"), QStringLiteral("Invalid request"),
                      QStringLiteral("Some fields are missing or invalid."));
    problem.fieldErrors = errors;
    return problem;
}

QMap<QString, QString> missingFields(const TransitionCommand &command, qint64 now)
{
    QMap<QString, QString> errors;
    const auto tooLong = [&](const QString &field, const QString &value) {
        if (value.size() > CaseTransitions::kMaxTextLength)
            errors.insert(field,
                          QStringLiteral("At most %1 characters.").arg(CaseTransitions::kMaxTextLength));
    };
    tooLong(QStringLiteral("note"), command.note);
    tooLong(QStringLiteral("reason"), command.reason);
    const bool needsReason = command.to == S::Rejected || command.to == S::Suspended;
    if (needsReason && command.reason.trimmed().isEmpty())
        errors.insert(QStringLiteral("reason"), QStringLiteral("Required: say why."));
    if (command.to == S::Suspended) {
        if (!command.until)
            errors.insert(QStringLiteral("until"),
                          QStringLiteral("Required: when the pause ends (RFC 3339 time)."));
        else if (*command.until <= now)
            errors.insert(QStringLiteral("until"), QStringLiteral("Must be in the future."));
    }
    if (command.to == S::InfoRequested && command.actor.kind == Actor::Staff &&
        command.note.trimmed().isEmpty())
        errors.insert(QStringLiteral("note"),
                      QStringLiteral("Required: the question for the citizen."));
    return errors;
}

} // namespace

CaseActor CaseActor::citizen(const QString &citizenId)
{
    CaseActor actor;
    actor.kind = Actor::Citizen;
    actor.userId = citizenId;
    actor.role = Role::Citizen;
    return actor;
}

CaseTransitions::CaseTransitions(Database &database, const Clock &clock, EventHub *events)
    : m_database(database), m_clock(clock), m_events(events)
{ }

Result<StoredApplication> CaseTransitions::visibleTo(const CaseActor &actor,
                                                    std::optional<StoredApplication> row)
{
    if (!row)
        return notFound();
    switch (actor.kind) {
    case Actor::Citizen:
        if (row->citizenId != actor.userId)
            return notFound();
        break;
    case Actor::Staff:
        if (actor.role != Role::Caseworker && actor.role != Role::Lead)
            return Problem::make(403, QStringLiteral("forbidden"), QStringLiteral("Forbidden"),
                                 QStringLiteral("Only an office's caseworkers and leads handle "
                                                "cases."));
        if (actor.officeId.isEmpty() || row->officeId != actor.officeId)
            return notFound();
        break;
    case Actor::Payment:
    case Actor::System:
        break;
    }
    return *row;
}

Result<TransitionOutcome> CaseTransitions::transition(const TransitionCommand &command)
{
    const QSqlDatabase db = m_database.connection();
    Result<TransitionOutcome> outcome = Problem {};
    {
        Transaction transaction(db, m_database.dialect());
        outcome = applyInTransaction(db, m_database.dialect(), command, m_clock.nowSeconds());
        if (!outcome)
            return outcome; // rolled back
        transaction.commit();
    }
    if (m_events)
        m_events->notify(outcome.value().after.citizenId);
    return outcome;
}

Result<TransitionOutcome> CaseTransitions::applyInTransaction(const QSqlDatabase &db,
                                                              Dialect dialect,
                                                              const TransitionCommand &command,
                                                              qint64 now)
{
    ApplicationRepository applications(db, dialect);
    const auto visible = visibleTo(command.actor, applications.findById(command.applicationId));
    if (!visible)
        return visible.problem();
    const StoredApplication &row = visible.value();

    if (command.expectedVersion && *command.expectedVersion != row.version)
        return Problem::make(409, QStringLiteral("edit-conflict"),
                             QStringLiteral("Changed meanwhile"),
                             QStringLiteral("The application was changed meanwhile (now version "
                                            "%1). Reload it and try again.")
                                 .arg(row.version));
    if (!canTransition(row.status, command.to, command.actor.kind))
        return Problem::make(409, QStringLiteral("invalid-transition"),
                             QStringLiteral("Not possible now"),
                             QStringLiteral("An application that is %1 cannot become %2.")
                                 .arg(applicationStatusToWire(row.status),
                                      applicationStatusToWire(command.to)));
    const QMap<QString, QString> errors = missingFields(command, now);
    if (!errors.isEmpty())
        return validation(errors);

    if (!applications.updateStatus(row.id, row.version, command.to, now))
        return Problem::make(409, QStringLiteral("edit-conflict"),
                             QStringLiteral("Changed meanwhile"),
                             QStringLiteral("The application was changed meanwhile. Reload "
                                            "it and try again."));
    TransitionOutcome outcome;
    outcome.before = row;
    outcome.after = row;
    outcome.after.status = command.to;
    outcome.after.version = row.version + 1;
    outcome.after.updatedAt = now;
    // Starting the review takes the case, unless someone already has it.
    if (command.to == S::InReview && command.actor.kind == Actor::Staff && row.assignee.isEmpty()) {
        applications.assign(row.id, command.actor.userId, now);
        outcome.after.assignee = command.actor.userId;
    }

    StoredHistoryEntry entry;
    entry.seq = outcome.after.version;
    entry.at = now;
    entry.from = row.status;
    entry.to = command.to;
    entry.actor = command.actor.kind;
    entry.actorName = command.actor.displayName;
    if (command.actor.kind == Actor::Staff)
        entry.actorId = command.actor.userId;
    entry.note = command.note.trimmed();
    entry.reason = command.reason.trimmed();
    entry.until = command.to == S::Suspended ? command.until : std::nullopt;
    applications.appendHistory(row.citizenId, row.id, entry);

    NewEvent event;
    event.citizenId = row.citizenId;
    event.kind = QStringLiteral("status_changed");
    event.applicationId = row.id;
    event.payload = { { QStringLiteral("from"), applicationStatusToWire(row.status) },
                      { QStringLiteral("to"), applicationStatusToWire(command.to) },
                      { QStringLiteral("reference"), row.reference },
                      { QStringLiteral("version"), outcome.after.version } };
    event.at = now;
    EventRepository(db).append(event);
    return outcome;
}

} // namespace rathaus::server
