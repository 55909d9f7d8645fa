#include "server/domain/StaffCaseService.h"

#include "common/core/Clock.h"
#include "common/core/LocalizedText.h"
#include "common/wire/Application.h"
#include "common/wire/Session.h"
#include "common/wire/WireTime.h"
#include "server/domain/ApplicationService.h"
#include "server/domain/CaseTransitions.h"
#include "server/domain/EventHub.h"
#include "server/domain/PaymentService.h"
#include "server/domain/StatusTexts.h"
#include "server/store/Database.h"
#include "server/store/EventRepository.h"
#include "server/store/MessageRepository.h"
#include "server/store/OfficeStatsRepository.h"
#include "server/store/Sql.h"
#include "server/store/StaffCaseAccess.h"
#include "server/store/StaffPseudonymRepository.h"
#include "server/store/Transaction.h"
#include "server/store/UserRepository.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace rathaus::server {

namespace {

// The office's question as the first (or next) message of the case's thread,
// with its message_received event, inside the caller's transaction.
void postQuestion(const QSqlDatabase &db, const UserRecord &staff,
                  const StoredApplication &application, const QString &question, qint64 now)
{
    MessageRepository messages(db);
    StoredMessage message;
    message.threadId = application.id;
    message.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    message.applicationId = application.id;
    message.citizenId = application.citizenId;
    message.officeId = application.officeId;
    message.sender = MessageSender::Office;
    message.senderStaff = StaffPseudonymRepository(db).pseudonymFor(staff.id, now);
    message.senderDisplay = messages.officeName(application.officeId);
    message.body = question;
    message.createdAt = now;
    message.readByOfficeAt = now;
    const StoredMessage stored = messages.append(message);

    NewEvent event;
    event.citizenId = application.citizenId;
    event.kind = QStringLiteral("message_received");
    event.applicationId = application.id;
    event.subjectId = stored.id;
    event.payload = { { QStringLiteral("office_id"), application.officeId } };
    event.at = now;
    EventRepository(db).append(event);
}

QDateTime utc(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
}

Problem notFound()
{
    return Problem::make(404, QStringLiteral("not-found"), QStringLiteral("Not found"),
                         QStringLiteral("There is no such case in your office."));
}

Problem validation(const QString &field, const QString &message)
{
    Problem problem =
        Problem::make(422, QStringLiteral("validation-failed"), QStringLiteral("Invalid request"),
                      QStringLiteral("Some fields are missing or invalid."));
    problem.fieldErrors.insert(field, message);
    return problem;
}

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QString localizedTitle(const QString &titleJson, const QString &language)
{
    if (titleJson.isEmpty())
        return {};
    const QJsonDocument document = QJsonDocument::fromJson(titleJson.toUtf8());
    return LocalizedText::fromJson(document.isObject() ? QJsonValue(document.object())
                                                       : QJsonValue(titleJson))
        .in(language);
}

QString serviceTitleJson(const QSqlDatabase &db, const QString &serviceId)
{
    return sql::scalar(db, QStringLiteral("SELECT title FROM services WHERE id = ?"), { serviceId })
        .value_or(QVariant())
        .toString();
}

int processingDays(const QSqlDatabase &db, const QString &serviceId)
{
    const auto value = sql::scalar(
        db, QStringLiteral("SELECT processing_days FROM services WHERE id = ?"), { serviceId });
    return value ? value->toInt() : 0;
}

QJsonObject stateOf(const StoredApplication &row)
{
    return { { QStringLiteral("id"), row.id },
             { QStringLiteral("status"), applicationStatusToWire(row.status) },
             { QStringLiteral("version"), row.version },
             { QStringLiteral("assignee"), orNull(row.assignee) },
             { QStringLiteral("updated_at"), wire::toWireTime(utc(row.updatedAt)) } };
}

ApplicationHistoryEntry historyToWire(const StoredHistoryEntry &entry)
{
    ApplicationHistoryEntry wire;
    wire.at = utc(entry.at);
    wire.from = entry.from;
    wire.to = entry.to;
    wire.actor = entry.actor;
    wire.actorName = entry.actorName;
    wire.note = entry.note;
    wire.reason = entry.reason;
    if (entry.until)
        wire.until = utc(*entry.until);
    return wire;
}

// RFC 3339 date-time (UTC or with offset) -> epoch seconds.
std::optional<qint64> parseTime(const QString &text)
{
    const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid() || text.size() < 20)
        return std::nullopt;
    return time.toSecsSinceEpoch();
}

} // namespace

StaffCaseService::StaffCaseService(Database &database, const Clock &clock, EventHub *events)
    : m_database(database), m_clock(clock), m_events(events)
{ }

CaseActor StaffCaseService::actorFor(const UserRecord &staff) const
{
    CaseActor actor;
    actor.kind = Actor::Staff;
    actor.userId = staff.id;
    actor.role = staff.role;
    actor.officeId = staff.officeId;
    actor.displayName =
        sql::scalar(m_database.connection(),
                    QStringLiteral("SELECT name_de FROM offices WHERE id = ?"), { staff.officeId })
            .value_or(QVariant())
            .toString();
    return actor;
}

QJsonObject StaffCaseService::list(const UserRecord &staff, CaseListFilter filter,
                                   const QString &language) const
{
    filter.officeId = staff.officeId;
    filter.now = m_clock.nowSeconds();
    const int pageSize = filter.limit;
    filter.limit = pageSize + 1; // one more: is there a next page?
    QList<CaseListRow> rows = CaseRepository(m_database.connection()).page(filter);
    QString nextCursor;
    if (rows.size() > pageSize) {
        rows.resize(pageSize);
        const StoredApplication &last = rows.constLast().application;
        nextCursor = CaseRepository::encodeCursor(filter.sort, last);
    }
    QJsonArray items;
    for (const CaseListRow &row : std::as_const(rows)) {
        const StoredApplication &a = row.application;
        items.append(QJsonObject {
            { QStringLiteral("id"), a.id },
            { QStringLiteral("reference"), a.reference },
            { QStringLiteral("service_id"), a.serviceId },
            { QStringLiteral("service_title"), localizedTitle(row.serviceTitleJson, language) },
            { QStringLiteral("citizen_name"), row.citizenName },
            { QStringLiteral("received_at"), wire::toWireTime(utc(a.createdAt)) },
            { QStringLiteral("status"), applicationStatusToWire(a.status) },
            { QStringLiteral("assignee"), orNull(a.assignee) },
            { QStringLiteral("assignee_name"), orNull(row.assigneeName) },
            { QStringLiteral("deadline"), wire::toWireTime(utc(a.deadline)) },
            { QStringLiteral("overdue"), CaseRepository::isOverdue(a, filter.now) },
            { QStringLiteral("version"), a.version },
        });
    }
    return { { QStringLiteral("items"), items },
             { QStringLiteral("next_cursor"), orNull(nextCursor) } };
}

QJsonObject StaffCaseService::stats(const UserRecord &lead) const
{
    const qint64 now = m_clock.nowSeconds();
    const OfficeStatsRepository repository(m_database.connection());
    const QMap<QString, int> open = repository.openByStatus(lead.officeId);
    QJsonObject byStatus;
    int openTotal = 0;
    for (auto it = open.cbegin(); it != open.cend(); ++it) {
        byStatus.insert(it.key(), it.value());
        openTotal += it.value();
    }
    const QList<qint64> seconds = repository.processingSeconds(
        lead.officeId, now - OfficeStatsRepository::kMedianWindowSeconds);
    const double median = OfficeStatsRepository::median(seconds);
    constexpr double kSecondsPerDay = 24 * 60 * 60;
    const qint64 recent = now - OfficeStatsRepository::kRecentWindowSeconds;
    return {
        { QStringLiteral("open_by_status"), byStatus },
        { QStringLiteral("open"), openTotal },
        { QStringLiteral("overdue"), repository.overdue(lead.officeId, now) },
        { QStringLiteral("median_processing_days"),
          median < 0 ? QJsonValue(QJsonValue::Null)
                     : QJsonValue(qRound(median / kSecondsPerDay * 10) / 10.0) },
        { QStringLiteral("median_sample"), int(seconds.size()) },
        { QStringLiteral("median_window_days"),
          int(OfficeStatsRepository::kMedianWindowSeconds / (24 * 60 * 60)) },
        { QStringLiteral("received_last_30_days"), repository.received(lead.officeId, recent) },
        { QStringLiteral("closed_last_30_days"), repository.closed(lead.officeId, recent) },
        { QStringLiteral("as_of"), wire::toWireTime(utc(now)) },
    };
}

Result<QJsonObject> StaffCaseService::detail(const UserRecord &staff, const QString &id,
                                             const QString &language)
{
    if (!ApplicationService::isApplicationId(id))
        return notFound();
    StaffAccess access;
    access.userId = staff.id;
    access.officeId = staff.officeId;
    // Reads and logs in one transaction (a failed log write throws: 503, no data).
    const auto read = StaffCaseAccess(m_database, m_clock).readCase(id, access);
    if (!read)
        return notFound();
    const StoredApplication &a = read->application;
    const QSqlDatabase db = m_database.connection();

    ApplicationDetail detail;
    detail.summary.id = a.id;
    detail.summary.reference = a.reference;
    detail.summary.serviceId = a.serviceId;
    detail.summary.status = a.status;
    detail.summary.feeCents = a.feeCents;
    detail.summary.currency = a.currency;
    if (!a.paymentStatus.isEmpty())
        detail.summary.paymentStatus = paymentStatusFromWire(a.paymentStatus);
    detail.summary.createdAt = utc(a.createdAt);
    detail.summary.updatedAt = utc(a.updatedAt);
    detail.citizenId = a.citizenId;
    detail.schemaVersion = a.schemaVersion;
    detail.data = a.data;
    detail.statusLabel = statusLabelIn(a.status, language);
    detail.nextStep = nextStepIn(a.status, processingDays(db, a.serviceId), language);
    detail.assignee = a.assignee;
    detail.deadline = utc(a.deadline);
    detail.version = a.version;
    // Staff see which account made a staff change (one look-up per account).
    UserRepository users(db);
    QHash<QString, std::optional<UserRecord>> accounts;
    for (const StoredHistoryEntry &entry : read->history) {
        ApplicationHistoryEntry wire = historyToWire(entry);
        if (!entry.actorId.isEmpty()) {
            if (!accounts.contains(entry.actorId))
                accounts.insert(entry.actorId, users.findById(entry.actorId));
            if (const auto &account = accounts.value(entry.actorId)) {
                wire.staffName = account->displayName;
                wire.staffRole = roleToWire(account->role);
            }
        }
        detail.history.append(wire);
    }
    // The office sees what was paid and refunded: the lead refunds from here.
    detail.payment = PaymentService::latestFor(db, a.id);
    QJsonObject object = detail.toJson();

    QJsonArray documents;
    for (const StoredDocument &document : read->documents) {
        QJsonObject json = document.document.toJson();
        json.insert(QStringLiteral("visible_to_citizen"), document.visibleToCitizen);
        documents.append(json);
    }
    object.insert(QStringLiteral("documents"), documents);
    QJsonArray notes;
    for (const StoredNote &note : read->notes)
        notes.append(note.toJson());
    object.insert(QStringLiteral("notes"), notes);
    object.insert(QStringLiteral("citizen"),
                  QJsonObject { { QStringLiteral("id"), a.citizenId },
                                { QStringLiteral("name"), read->citizenName } });
    object.insert(QStringLiteral("service_title"),
                  localizedTitle(serviceTitleJson(db, a.serviceId), language));
    object.insert(QStringLiteral("assignee_name"), orNull(read->assigneeName));
    object.insert(QStringLiteral("overdue"), CaseRepository::isOverdue(a, m_clock.nowSeconds()));
    QJsonArray next;
    for (const ApplicationStatus status : nextStatuses(a.status, Actor::Staff))
        next.append(applicationStatusToWire(status));
    object.insert(QStringLiteral("next_statuses"), next);
    return object;
}

Result<QJsonObject> StaffCaseService::assign(const UserRecord &staff, const QString &id,
                                             const QJsonValue &assignee)
{
    if (!ApplicationService::isApplicationId(id))
        return notFound();
    QString target;
    if (assignee.isString()) {
        target = assignee.toString() == QLatin1String("me") ? staff.id : assignee.toString();
        if (target.isEmpty() || target.size() > 100)
            return validation(QStringLiteral("assignee"),
                              QStringLiteral("\"me\", a staff id of your office, or null."));
    } else if (!assignee.isNull()) {
        return validation(QStringLiteral("assignee"),
                          QStringLiteral("Required: \"me\", a staff id of your office, or null."));
    }

    const QSqlDatabase db = m_database.connection();
    Transaction transaction(db, m_database.dialect());
    ApplicationRepository applications(db, m_database.dialect());
    const auto visible =
        CaseTransitions::visibleTo(actorFor(staff), applications.findById(id, /*forUpdate=*/true));
    if (!visible)
        return visible.problem();
    StoredApplication row = visible.value();

    // A caseworker takes a free case or gives back their own; everything
    // else (assigning others, taking someone's case) is the lead's.
    const bool own = target == staff.id && (row.assignee.isEmpty() || row.assignee == staff.id);
    const bool release = target.isEmpty() && row.assignee == staff.id;
    if (staff.role != Role::Lead && !own && !release)
        return Problem::make(403, QStringLiteral("forbidden"), QStringLiteral("Forbidden"),
                             QStringLiteral("Only the office's lead assigns cases to others or "
                                            "takes them from someone."));
    if (!target.isEmpty() && target != staff.id) {
        const auto account = UserRepository(db).findById(target);
        if (!account || account->officeId != staff.officeId ||
            (account->role != Role::Caseworker && account->role != Role::Lead))
            return validation(QStringLiteral("assignee"),
                              QStringLiteral("Not a caseworker or lead of your office."));
    }
    if (row.assignee != target) {
        row.assignee = target;
        row.updatedAt = m_clock.nowSeconds();
        applications.assign(row.id, target, row.updatedAt);
    }
    transaction.commit();
    QJsonObject state = stateOf(row);
    if (!target.isEmpty())
        state.insert(QStringLiteral("assignee_name"),
                     sql::scalar(db, QStringLiteral("SELECT display_name FROM users WHERE id = ?"),
                                 { target })
                         .value_or(QVariant())
                         .toString());
    return state;
}

Result<QJsonObject> StaffCaseService::transition(const UserRecord &staff, const QString &id,
                                                 int expectedVersion, const QJsonObject &body)
{
    if (!ApplicationService::isApplicationId(id))
        return notFound();
    QMap<QString, QString> errors;
    TransitionCommand command;
    command.applicationId = id;
    command.actor = actorFor(staff);
    command.expectedVersion = expectedVersion;
    const QJsonValue to = body.value(QLatin1String("to"));
    const auto status = applicationStatusFromWire(to.toString());
    if (!to.isString() || !status)
        errors.insert(QStringLiteral("to"), QStringLiteral("Required: an application status."));
    else
        command.to = *status;
    const auto text = [&](const char *name) {
        const QJsonValue value = body.value(QLatin1String(name));
        if (!value.isUndefined() && !value.isNull() && !value.isString())
            errors.insert(QLatin1String(name), QStringLiteral("Must be a string."));
        return value.toString();
    };
    command.note = text("note");
    command.reason = text("reason");
    const QString until = text("until");
    if (!until.isEmpty()) {
        command.until = parseTime(until);
        if (!command.until)
            errors.insert(QStringLiteral("until"), QStringLiteral("An RFC 3339 date-time."));
    }
    if (!errors.isEmpty()) {
        Problem problem = validation(errors.firstKey(), errors.first());
        problem.fieldErrors = errors;
        return problem;
    }
    // The question of an info request also opens the thread with the
    // citizen, committed together with the transition: the citizen never
    // sees "the office has a question" without the question.
    Result<TransitionOutcome> outcome = Problem {};
    {
        const QSqlDatabase db = m_database.connection();
        Transaction transaction(db, m_database.dialect());
        const qint64 now = m_clock.nowSeconds();
        outcome = CaseTransitions::applyInTransaction(db, m_database.dialect(), command, now);
        if (!outcome)
            return outcome.problem();
        if (command.to == ApplicationStatus::InfoRequested)
            postQuestion(db, staff, outcome.value().after, command.note.trimmed(), now);
        transaction.commit();
    }
    if (m_events)
        m_events->notify(outcome.value().after.citizenId);
    return stateOf(outcome.value().after);
}

Result<QJsonObject> StaffCaseService::addNote(const UserRecord &staff, const QString &id,
                                              const QJsonObject &body)
{
    if (!ApplicationService::isApplicationId(id))
        return notFound();
    const QJsonValue value = body.value(QLatin1String("body"));
    const QString text = value.toString().trimmed();
    if (!value.isString() || text.isEmpty())
        return validation(QStringLiteral("body"), QStringLiteral("Required: the note's text."));
    if (text.size() > kMaxNoteLength)
        return validation(QStringLiteral("body"),
                          QStringLiteral("At most %1 characters.").arg(kMaxNoteLength));

    const QSqlDatabase db = m_database.connection();
    Transaction transaction(db, m_database.dialect());
    const auto visible = CaseTransitions::visibleTo(
        actorFor(staff), ApplicationRepository(db, m_database.dialect()).findById(id));
    if (!visible)
        return visible.problem();
    StoredNote note;
    note.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    note.applicationId = id;
    note.officeId = staff.officeId;
    note.authorId = staff.id;
    note.authorName = staff.displayName;
    note.body = text;
    note.createdAt = m_clock.nowSeconds();
    CaseRepository(db).insertNote(note);
    transaction.commit();
    return note.toJson();
}

std::optional<QJsonObject> StaffCaseService::currentState(const UserRecord &staff,
                                                          const QString &id) const
{
    const auto visible = CaseTransitions::visibleTo(
        actorFor(staff),
        ApplicationRepository(m_database.connection(), m_database.dialect()).findById(id));
    if (!visible)
        return std::nullopt;
    return stateOf(visible.value());
}

} // namespace rathaus::server
