#include "server/domain/TransferService.h"

#include "common/core/Clock.h"
#include "common/crypto/CanonicalJson.h"
#include "common/crypto/Crypto.h"
#include "common/wire/Record.h"
#include "common/wire/WireTime.h"
#include "server/Logging.h"
#include "server/domain/ApplicationService.h"
#include "server/domain/EventHub.h"
#include "server/domain/TransferSteps.h"
#include "server/domain/TransferWire.h"
#include "server/store/AccessLogRepository.h"
#include "server/store/ApplicationRepository.h"
#include "server/store/Database.h"
#include "server/store/EventRepository.h"
#include "server/store/IdempotencyRepository.h"
#include "server/store/RecordRepository.h"
#include "server/store/StaffPseudonymRepository.h"
#include "server/store/Transaction.h"

#include <QHash>
#include <QJsonDocument>
#include <QUuid>

namespace rathaus::server {

namespace {

// The citizen's events feed hears of every change of a transfer (the
// request above all: it waits for the citizen's decision), in the
// transaction of the change.
void appendTransferEvent(const QSqlDatabase &db, const StoredTransfer &transfer,
                         const QString &kind, qint64 at)
{
    NewEvent event;
    event.citizenId = transfer.citizenId;
    event.kind = kind;
    event.applicationId = transfer.applicationId;
    event.subjectId = transfer.id;
    event.payload = { { QStringLiteral("status"), transferStatusToWire(transfer.status) },
                      { QStringLiteral("from_office_id"), transfer.fromOfficeId },
                      { QStringLiteral("to_office_id"), transfer.toOfficeId } };
    event.at = at;
    EventRepository(db).append(event);
}

constexpr qsizetype kMaxTextLength = 500;
constexpr qsizetype kMaxIdLength = 100;
constexpr qsizetype kMaxListItems = 50;
constexpr int kJobBatch = 200;

// What a citizen-initiated transfer rests on: the citizen's own consent.
const QString kConsentLegalBasis =
    QStringLiteral("Einwilligung der betroffenen Person (Art. 6 Abs. 1 lit. a DSGVO)");
// In German, as the city's other log texts: the citizen reads them as they are.
const QString kWithdrawnPurpose =
    QStringLiteral("Einwilligung widerrufen: Die Kopie des empfangenden Amts wird gelöscht");
const QString kConsentExpiredPurpose =
    QStringLiteral("Einwilligung abgelaufen: Die Kopie des empfangenden Amts wird gelöscht");

Problem notFound()
{
    return Problem::make(404, QStringLiteral("not-found"), QStringLiteral("Not found"),
                         QStringLiteral("There is no such transfer."));
}

Problem invalidTransition(TransferStatus from, const QString &action)
{
    return Problem::make(409, QStringLiteral("invalid-transition"),
                         QStringLiteral("Not possible now"),
                         QStringLiteral("A transfer that is %1 cannot be %2.")
                             .arg(transferStatusToWire(from), action));
}

Problem editConflict()
{
    return Problem::make(409, QStringLiteral("edit-conflict"), QStringLiteral("Changed meanwhile"),
                         QStringLiteral("The transfer was changed meanwhile. Reload it and try "
                                        "again."));
}

Problem requestExpired()
{
    return Problem::make(409, QStringLiteral("request-expired"), QStringLiteral("Request expired"),
                         QStringLiteral("The office's request has expired; it can no longer be "
                                        "approved or declined."));
}

Problem validation(const QMap<QString, QString> &errors)
{
    Problem problem =
        Problem::make(422, QStringLiteral("validation-failed"), QStringLiteral("Invalid request"),
                      QStringLiteral("Some fields are missing or invalid."));
    problem.fieldErrors = errors;
    return problem;
}

// A required or optional trimmed text member with a length limit.
QString text(const QJsonObject &body, const QString &key, bool required,
             QMap<QString, QString> *errors, qsizetype maxLength = kMaxTextLength)
{
    const QJsonValue value = body.value(key);
    if (value.isUndefined() || value.isNull()) {
        if (required)
            errors->insert(key, QStringLiteral("required"));
        return {};
    }
    if (!value.isString()) {
        errors->insert(key, QStringLiteral("must be a string"));
        return {};
    }
    const QString trimmed = value.toString().trimmed();
    if (required && trimmed.isEmpty())
        errors->insert(key, QStringLiteral("required"));
    else if (trimmed.size() > maxLength)
        errors->insert(key, QStringLiteral("At most %1 characters.").arg(maxLength));
    return trimmed;
}

// A list of distinct non-empty ids; nullopt when absent (and not required).
std::optional<QStringList> idList(const QJsonObject &body, const QString &key, bool required,
                                  QMap<QString, QString> *errors)
{
    const QJsonValue value = body.value(key);
    if (value.isUndefined() || value.isNull()) {
        if (required)
            errors->insert(key, QStringLiteral("required"));
        return std::nullopt;
    }
    if (!value.isArray()) {
        errors->insert(key, QStringLiteral("must be an array of strings"));
        return std::nullopt;
    }
    const QJsonArray array = value.toArray();
    if (array.isEmpty() || array.size() > kMaxListItems) {
        errors->insert(key, QStringLiteral("1 to %1 entries.").arg(kMaxListItems));
        return std::nullopt;
    }
    QStringList ids;
    for (const QJsonValue &item : array) {
        const QString id = item.toString();
        if (!item.isString() || id.isEmpty() || id.size() > kMaxIdLength) {
            errors->insert(key, QStringLiteral("must be an array of strings"));
            return std::nullopt;
        }
        if (!ids.contains(id))
            ids.append(id);
    }
    return ids;
}

QList<StoredRecord> recordsOf(const QSqlDatabase &db, const QString &citizenId)
{
    return RecordRepository(db).forCitizen(citizenId);
}

QString requestHash(const char *route, const QJsonObject &body)
{
    return crypto::sha256Hex(QByteArray(route) + '\n' + crypto::CanonicalJson::serialize(body));
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// The answer for a request whose key was used before.
Result<TransferService::Created> replay(const StoredIdempotency &stored, const QString &hash)
{
    if (stored.requestHash != hash)
        return Problem::make(409, QStringLiteral("idempotency-key-reuse"),
                             QStringLiteral("Idempotency key already used"),
                             QStringLiteral("This Idempotency-Key was used for another request. "
                                            "Use a new key for a new transfer."));
    if (!stored.status)
        return Problem::make(409, QStringLiteral("request-in-progress"),
                             QStringLiteral("Request in progress"),
                             QStringLiteral("The first request with this Idempotency-Key is "
                                            "still being processed. Try again shortly."));
    return TransferService::Created { stored.body, stored.resourceId, true };
}

// After a lost race for the key: the winner has committed by now.
Result<TransferService::Created> replayAfterRace(const QSqlDatabase &db, const QString &userId,
                                                 const QString &key, const QString &hash,
                                                 qint64 notBefore)
{
    const auto stored = IdempotencyRepository(db).find(userId, key, notBefore);
    if (!stored)
        return Problem::make(409, QStringLiteral("request-in-progress"),
                             QStringLiteral("Request in progress"),
                             QStringLiteral("Another request with this Idempotency-Key was "
                                            "being processed. Try again."));
    return replay(*stored, hash);
}

bool isOfficeStaff(const UserRecord &user)
{
    return (user.role == Role::Caseworker || user.role == Role::Lead) && !user.officeId.isEmpty();
}

Problem staffOnly()
{
    return Problem::make(403, QStringLiteral("forbidden"), QStringLiteral("Forbidden"),
                         QStringLiteral("Only an office's staff may do this."));
}

bool isUuid(const QString &text)
{
    return ApplicationService::isApplicationId(text);
}

} // namespace

TransferService::TransferService(Database &database, const Clock &clock, EventHub *events)
    : m_database(database), m_clock(clock), m_events(events)
{ }

Result<TransferService::Created> TransferService::request(const UserRecord &staff,
                                                          const QString &idempotencyKey,
                                                          const QJsonObject &body)
{
    if (!isOfficeStaff(staff))
        return staffOnly();
    const QString hash = requestHash("POST /api/v1/staff/transfers", body);
    const qint64 notBefore = m_clock.nowSeconds() - IdempotencyRepository::kValiditySeconds;
    if (const auto stored = IdempotencyRepository(m_database.connection())
                                .find(staff.id, idempotencyKey, notBefore))
        return replay(*stored, hash);
    QMap<QString, QString> errors;
    const QString citizenId = text(body, QStringLiteral("citizen_id"), true, &errors, kMaxIdLength);
    const QString fromOfficeId =
        text(body, QStringLiteral("from_office_id"), true, &errors, kMaxIdLength);
    const auto categories = idList(body, QStringLiteral("categories"), true, &errors);
    const QString purpose = text(body, QStringLiteral("purpose"), true, &errors);
    const QString legalBasis = text(body, QStringLiteral("legal_basis"), true, &errors);
    const QString applicationId =
        text(body, QStringLiteral("application_id"), true, &errors, kMaxIdLength);
    if (!errors.isEmpty())
        return validation(errors);

    const QSqlDatabase db = m_database.connection();
    const auto names = officeNames(db);
    if (!names.contains(fromOfficeId))
        errors.insert(QStringLiteral("from_office_id"), QStringLiteral("There is no such office."));
    else if (fromOfficeId == staff.officeId)
        errors.insert(QStringLiteral("from_office_id"),
                      QStringLiteral("Your own office: nothing to transfer."));
    const auto citizen = UserRepository(db).findById(citizenId);
    if (!citizen || citizen->role != Role::Citizen) {
        errors.insert(QStringLiteral("citizen_id"), QStringLiteral("There is no such citizen."));
    } else {
        // The case must be one of the caller's office and of that citizen;
        // the answer does not tell which of the two it is not.
        const auto application = isUuid(applicationId)
            ? ApplicationRepository(db).findForCitizen(citizenId, applicationId)
            : std::nullopt;
        if (!application || application->officeId != staff.officeId)
            errors.insert(QStringLiteral("application_id"),
                          QStringLiteral("No case of your office for this citizen."));
    }
    if (!errors.isEmpty())
        return validation(errors);

    const qint64 now = m_clock.nowSeconds();
    StoredTransfer t;
    t.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    t.citizenId = citizenId;
    t.fromOfficeId = fromOfficeId;
    t.toOfficeId = staff.officeId;
    t.categories = *categories;
    t.purpose = purpose;
    t.legalBasis = legalBasis;
    t.applicationId = applicationId;
    t.requestedBy = staff.officeId;
    t.status = TransferStatus::Requested;
    t.expiresAt = now + kRequestValiditySeconds;
    t.createdAt = now;
    t.updatedAt = now;
    t.version = 1;
    {
        Transaction transaction(db, m_database.dialect());
        IdempotencyRepository keys(db);
        if (keys.claim(staff.id, idempotencyKey, hash, now, notBefore)) {
            TransferRepository repository(db);
            repository.insert(t);
            StoredTransferHistoryEntry created;
            created.seq = 1;
            created.at = now;
            created.to = TransferStatus::Requested;
            created.actor = Actor::Staff;
            repository.appendHistory(t, created);
            appendTransferEvent(db, t, QStringLiteral("transfer_requested"), now);
            const Created answer { compact(transferToJson(t, TransferLabels(db), nullptr)), t.id,
                                   false };
            keys.complete(staff.id, idempotencyKey, 201, answer.body, t.id);
            transaction.commit();
            if (m_events)
                m_events->notify(t.citizenId);
            return answer;
        }
    }
    return replayAfterRace(db, staff.id, idempotencyKey, hash, notBefore);
}

Result<QJsonObject> TransferService::listForOffice(const UserRecord &staff,
                                                   const TransferListQuery &query) const
{
    if (!isOfficeStaff(staff))
        return staffOnly();
    TransferListFilter filter;
    filter.officeId = staff.officeId;
    filter.status = query.status;
    filter.applicationId = query.applicationId;
    filter.after = query.after;
    filter.limit = query.limit + 1;
    const QSqlDatabase db = m_database.connection();
    QList<StoredTransfer> rows = TransferRepository(db).page(filter);
    QJsonValue next = QJsonValue::Null;
    if (rows.size() > query.limit) {
        rows.resize(query.limit);
        next = encodeCursor({ 0, rows.constLast().createdAt, rows.constLast().id });
    }
    const TransferLabels labels(db);
    QJsonArray items;
    for (const StoredTransfer &t : std::as_const(rows))
        items.append(transferToJson(t, labels, nullptr));
    return QJsonObject { { QStringLiteral("items"), items },
                         { QStringLiteral("next_cursor"), next } };
}

Result<QJsonArray> TransferService::deliveredCopies(const UserRecord &staff, const QString &id)
{
    if (!isOfficeStaff(staff))
        return staffOnly();
    if (!isUuid(id))
        return notFound();
    const QSqlDatabase db = m_database.connection();
    const QDateTime now = m_clock.now();
    Transaction transaction(db, m_database.dialect());
    TransferRepository repository(db);
    const auto t = repository.find(id);
    // Only the receiving office holds copies; for everyone else there are none.
    if (!t || t->toOfficeId != staff.officeId)
        return notFound();
    const bool consentExpired =
        t->consentExpiresAt && *t->consentExpiresAt <= now.toSecsSinceEpoch();
    if (t->status != TransferStatus::Delivered || t->copiesMarkedAt || consentExpired)
        return Problem::make(409, QStringLiteral("no-consent"), QStringLiteral("Not available"),
                             QStringLiteral("The transfer is %1: there are no copies your office "
                                            "may read.")
                                 .arg(consentExpired ? QStringLiteral("past its consent's expiry")
                                                     : transferStatusToWire(t->status)));
    const QList<StoredTransferCopy> copies = repository.copies(t->id, false);
    QJsonArray array;
    QList<AccessLogEntry> entries;
    const QString actor =
        StaffPseudonymRepository(db).pseudonymFor(staff.id, now.toSecsSinceEpoch());
    for (const StoredTransferCopy &copy : copies) {
        array.append(copyToWire(copy).toJson());
        AccessLogEntry entry = logEntry(*t, copy.recordId, copy.category, AccessAction::Read,
                                        staff.officeId, millisecondsOf(now));
        entry.actor = actor;
        entries.append(entry);
    }
    // The read and its log entries commit together, or neither does (503).
    AccessLogRepository(db, m_database.dialect()).append(t->citizenId, entries);
    transaction.commit();
    return array;
}

Result<TransferService::Created> TransferService::createByCitizen(const UserRecord &citizen,
                                                                  const QString &idempotencyKey,
                                                                  const QJsonObject &body)
{
    const QString hash = requestHash("POST /api/v1/me/transfers", body);
    const qint64 notBefore = m_clock.nowSeconds() - IdempotencyRepository::kValiditySeconds;
    if (const auto stored = IdempotencyRepository(m_database.connection())
                                .find(citizen.id, idempotencyKey, notBefore))
        return replay(*stored, hash);
    QMap<QString, QString> errors;
    const QString fromOfficeId =
        text(body, QStringLiteral("from_office_id"), true, &errors, kMaxIdLength);
    const QString toOfficeId =
        text(body, QStringLiteral("to_office_id"), true, &errors, kMaxIdLength);
    const auto recordIds = idList(body, QStringLiteral("record_ids"), true, &errors);
    const QString purpose = text(body, QStringLiteral("purpose"), true, &errors);
    const QString applicationId =
        text(body, QStringLiteral("application_id"), false, &errors, kMaxIdLength);
    if (!errors.isEmpty())
        return validation(errors);

    const QSqlDatabase db = m_database.connection();
    const auto names = officeNames(db);
    if (!names.contains(fromOfficeId))
        errors.insert(QStringLiteral("from_office_id"), QStringLiteral("There is no such office."));
    if (!names.contains(toOfficeId))
        errors.insert(QStringLiteral("to_office_id"), QStringLiteral("There is no such office."));
    else if (toOfficeId == fromOfficeId)
        errors.insert(QStringLiteral("to_office_id"),
                      QStringLiteral("The receiving office must be another office."));
    if (!applicationId.isEmpty()) {
        const auto application = isUuid(applicationId)
            ? ApplicationRepository(db).findForCitizen(citizen.id, applicationId)
            : std::nullopt;
        if (!application || application->officeId != toOfficeId)
            errors.insert(QStringLiteral("application_id"),
                          QStringLiteral("None of your applications at the receiving office."));
    }
    if (!errors.isEmpty())
        return validation(errors);

    const QDateTime now = m_clock.now();
    const qint64 seconds = now.toSecsSinceEpoch();
    StoredTransfer t;
    t.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    t.citizenId = citizen.id;
    t.fromOfficeId = fromOfficeId;
    t.toOfficeId = toOfficeId;
    t.recordIds = *recordIds;
    t.approvedRecordIds = *recordIds;
    t.purpose = purpose;
    t.legalBasis = kConsentLegalBasis;
    t.applicationId = applicationId;
    t.requestedBy = QStringLiteral("citizen");
    t.status = TransferStatus::Approved;
    t.createdAt = seconds;
    t.updatedAt = seconds;
    t.decidedAt = seconds;
    t.version = 1;

    // In one transaction with the key's claim; nullopt: a concurrent request
    // with the same key claimed it first.
    const auto outcome = [&]() -> std::optional<Result<Created>> {
        Transaction transaction(db, m_database.dialect());
        IdempotencyRepository keys(db);
        if (!keys.claim(citizen.id, idempotencyKey, hash, seconds, notBefore))
            return std::nullopt;
        const QList<StoredRecord> records = recordsOf(db, citizen.id);
        const QList<StoredRecord> concerned = concernedRecords(t, records);
        if (concerned.size() != recordIds->size())
            return Result<Created>(validation(
                { { QStringLiteral("record_ids"),
                    QStringLiteral("Only your records held by the sending office.") } }));
        TransferRepository repository(db);
        repository.insert(t);
        StoredTransferHistoryEntry created;
        created.seq = 1;
        created.at = seconds;
        created.to = TransferStatus::Approved;
        created.actor = Actor::Citizen;
        created.note = QStringLiteral("started by the citizen");
        repository.appendHistory(t, created);
        if (!deliver(db, m_database.dialect(), t, concerned, now))
            return Result<Created>(editConflict());
        const Created answer { compact(transferToJson(t, TransferLabels(db), &records)), t.id,
                               false };
        keys.complete(citizen.id, idempotencyKey, 201, answer.body, t.id);
        transaction.commit();
        return Result<Created>(answer);
    }();
    if (outcome)
        return *outcome;
    return replayAfterRace(db, citizen.id, idempotencyKey, hash, notBefore);
}

Result<QJsonObject> TransferService::listForCitizen(const QString &citizenId,
                                                    const TransferListQuery &query) const
{
    TransferListFilter filter;
    filter.citizenId = citizenId;
    filter.status = query.status;
    filter.pendingFirst = true;
    filter.after = query.after;
    filter.limit = query.limit + 1;
    const QSqlDatabase db = m_database.connection();
    QList<StoredTransfer> rows = TransferRepository(db).page(filter);
    QJsonValue next = QJsonValue::Null;
    if (rows.size() > query.limit) {
        rows.resize(query.limit);
        const StoredTransfer &last = rows.constLast();
        next = encodeCursor(
            { last.status == TransferStatus::Requested ? 1 : 0, last.createdAt, last.id });
    }
    const TransferLabels labels(db);
    const QList<StoredRecord> records = recordsOf(db, citizenId);
    QJsonArray items;
    for (const StoredTransfer &t : std::as_const(rows))
        items.append(transferToJson(t, labels, &records));
    return QJsonObject { { QStringLiteral("items"), items },
                         { QStringLiteral("next_cursor"), next } };
}

Result<QJsonObject> TransferService::approve(const QString &citizenId, const QString &id,
                                             const QJsonObject &body)
{
    if (!isUuid(id))
        return notFound();
    QMap<QString, QString> errors;
    const auto narrowed = idList(body, QStringLiteral("record_ids"), false, &errors);
    const QString expiresText = text(body, QStringLiteral("expires_at"), false, &errors, 64);
    std::optional<qint64> consentExpiresAt;
    const QDateTime now = m_clock.now();
    const qint64 seconds = now.toSecsSinceEpoch();
    if (!expiresText.isEmpty()) {
        const auto parsed = wire::fromWireTime(expiresText);
        if (!parsed)
            errors.insert(QStringLiteral("expires_at"), QStringLiteral("An RFC 3339 time."));
        else if (parsed->toSecsSinceEpoch() <= seconds)
            errors.insert(QStringLiteral("expires_at"), QStringLiteral("Must be in the future."));
        else
            consentExpiresAt = parsed->toSecsSinceEpoch();
    }

    const QSqlDatabase db = m_database.connection();
    Transaction transaction(db, m_database.dialect());
    TransferRepository repository(db);
    auto t = repository.find(id);
    if (!t || t->citizenId != citizenId)
        return notFound();
    if (!canTransition(t->status, TransferStatus::Approved, Actor::Citizen))
        return invalidTransition(t->status, QStringLiteral("approved"));
    if (t->expiresAt && *t->expiresAt <= seconds)
        return requestExpired();
    if (!errors.isEmpty())
        return validation(errors);

    const QList<StoredRecord> records = recordsOf(db, citizenId);
    QList<StoredRecord> concerned = concernedRecords(*t, records);
    if (concerned.isEmpty())
        return Problem::make(409, QStringLiteral("nothing-to-transfer"),
                             QStringLiteral("Nothing to transfer"),
                             QStringLiteral("The sending office holds no record of the requested "
                                            "kind about you. Decline the request instead."));
    if (narrowed) {
        // Narrowing: only a subset of what was asked for.
        QList<StoredRecord> subset;
        for (const StoredRecord &record : std::as_const(concerned)) {
            if (narrowed->contains(record.id))
                subset.append(record);
        }
        if (subset.size() != narrowed->size())
            return validation({ { QStringLiteral("record_ids"),
                                  QStringLiteral("Only records this request asks for.") } });
        concerned = subset;
    }
    t->approvedRecordIds.clear();
    for (const StoredRecord &record : std::as_const(concerned))
        t->approvedRecordIds.append(record.id);
    t->consentExpiresAt = consentExpiresAt;
    if (!changeStatus(repository, *t, TransferStatus::Approved, Actor::Citizen, seconds))
        return editConflict();
    if (!deliver(db, m_database.dialect(), *t, concerned, now))
        return editConflict();
    appendTransferEvent(db, *t, QStringLiteral("transfer_changed"), seconds);
    transaction.commit();
    if (m_events)
        m_events->notify(t->citizenId);
    return transferToJson(*t, TransferLabels(db), &records);
}

Result<QJsonObject> TransferService::decline(const QString &citizenId, const QString &id)
{
    if (!isUuid(id))
        return notFound();
    const QSqlDatabase db = m_database.connection();
    const qint64 now = m_clock.nowSeconds();
    Transaction transaction(db, m_database.dialect());
    TransferRepository repository(db);
    auto t = repository.find(id);
    if (!t || t->citizenId != citizenId)
        return notFound();
    if (!canTransition(t->status, TransferStatus::Declined, Actor::Citizen))
        return invalidTransition(t->status, QStringLiteral("declined"));
    if (t->expiresAt && *t->expiresAt <= now)
        return requestExpired();
    if (!changeStatus(repository, *t, TransferStatus::Declined, Actor::Citizen, now))
        return editConflict();
    appendTransferEvent(db, *t, QStringLiteral("transfer_changed"), now);
    transaction.commit();
    if (m_events)
        m_events->notify(t->citizenId);
    const QList<StoredRecord> records = recordsOf(db, citizenId);
    return transferToJson(*t, TransferLabels(db), &records);
}

Result<QJsonObject> TransferService::withdraw(const QString &citizenId, const QString &id)
{
    if (!isUuid(id))
        return notFound();
    const QSqlDatabase db = m_database.connection();
    const QDateTime now = m_clock.now();
    Transaction transaction(db, m_database.dialect());
    TransferRepository repository(db);
    auto t = repository.find(id);
    if (!t || t->citizenId != citizenId)
        return notFound();
    if (!canTransition(t->status, TransferStatus::Withdrawn, Actor::Citizen))
        return invalidTransition(t->status, QStringLiteral("withdrawn"));
    if (!t->copiesMarkedAt)
        markCopies(db, m_database.dialect(), *t, now, kWithdrawnPurpose);
    if (!changeStatus(repository, *t, TransferStatus::Withdrawn, Actor::Citizen,
                      now.toSecsSinceEpoch(), QStringLiteral("copies marked for deletion")))
        return editConflict();
    appendTransferEvent(db, *t, QStringLiteral("transfer_changed"), now.toSecsSinceEpoch());
    transaction.commit();
    if (m_events)
        m_events->notify(t->citizenId);
    const QList<StoredRecord> records = recordsOf(db, citizenId);
    return transferToJson(*t, TransferLabels(db), &records);
}

QJsonArray TransferService::exportFor(const QString &citizenId) const
{
    const QSqlDatabase db = m_database.connection();
    TransferRepository repository(db);
    const TransferLabels labels(db);
    const QList<StoredRecord> records = recordsOf(db, citizenId);
    QJsonArray all;
    TransferListFilter filter;
    filter.citizenId = citizenId;
    filter.limit = 200;
    for (;;) {
        const QList<StoredTransfer> rows = repository.page(filter);
        for (const StoredTransfer &t : rows) {
            QJsonObject json = transferToJson(t, labels, &records);
            json.insert(QStringLiteral("history"), historyToJson(repository.history(t.id)));
            all.append(json);
        }
        if (rows.size() < filter.limit)
            break;
        filter.after = TransferCursor { 0, rows.constLast().createdAt, rows.constLast().id };
    }
    return all;
}

TransferService::ExpiryReport TransferService::expire()
{
    ExpiryReport report;
    const QSqlDatabase db = m_database.connection();
    const QDateTime now = m_clock.now();
    const qint64 seconds = now.toSecsSinceEpoch();
    TransferRepository repository(db);
    for (;;) {
        const QStringList ids = repository.expiredRequests(seconds, kJobBatch);
        int changed = 0;
        for (const QString &id : ids) {
            Transaction transaction(db, m_database.dialect());
            auto t = repository.find(id);
            if (!t || t->status != TransferStatus::Requested || !t->expiresAt ||
                *t->expiresAt > seconds)
                continue;
            if (!changeStatus(repository, *t, TransferStatus::Expired, Actor::System, seconds,
                              QStringLiteral("no decision before the request expired")))
                continue;
            appendTransferEvent(db, *t, QStringLiteral("transfer_changed"), seconds);
            transaction.commit();
            ++changed;
        }
        report.expiredRequests += changed;
        if (ids.size() < kJobBatch || changed == 0)
            break;
    }
    for (;;) {
        const QStringList ids = repository.expiredConsents(seconds, kJobBatch);
        int changed = 0;
        for (const QString &id : ids) {
            Transaction transaction(db, m_database.dialect());
            auto t = repository.find(id);
            if (!t || !isConsentInForce(t->status) || t->copiesMarkedAt || !t->consentExpiresAt ||
                *t->consentExpiresAt > seconds)
                continue;
            markCopies(db, m_database.dialect(), *t, now, kConsentExpiredPurpose);
            // The status stays (the table has no "consent expired"); the
            // history says what happened.
            if (!changeStatus(repository, *t, t->status, Actor::System, seconds,
                              QStringLiteral("consent expired; copies marked for deletion")))
                continue;
            appendTransferEvent(db, *t, QStringLiteral("transfer_changed"), seconds);
            transaction.commit();
            ++changed;
        }
        report.expiredConsents += changed;
        if (ids.size() < kJobBatch || changed == 0)
            break;
    }
    report.purgedCopies = repository.purgeMarkedCopies(seconds);
    if (report.expiredRequests + report.expiredConsents + report.purgedCopies > 0)
        qCInfo(lcDomain) << "transfers:" << report.expiredRequests << "requests expired,"
                         << report.expiredConsents << "consents expired," << report.purgedCopies
                         << "copies deleted";
    return report;
}

QString TransferService::encodeCursor(const TransferCursor &cursor)
{
    const QByteArray text = QByteArray::number(cursor.pending) + '|' +
        QByteArray::number(cursor.createdAt) + '|' + cursor.id.toLatin1();
    return QString::fromLatin1(
        text.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<TransferCursor> TransferService::decodeCursor(const QString &text)
{
    if (text.isEmpty() || text.size() > 128)
        return std::nullopt;
    const auto decoded = QByteArray::fromBase64Encoding(
        text.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    const QList<QByteArray> parts = decoded.decoded.split('|');
    if (parts.size() != 3)
        return std::nullopt;
    bool pendingOk = false;
    bool createdOk = false;
    const int pending = parts.at(0).toInt(&pendingOk);
    const qint64 createdAt = parts.at(1).toLongLong(&createdOk);
    const QString id = QString::fromLatin1(parts.at(2));
    if (!pendingOk || !createdOk || (pending != 0 && pending != 1) || createdAt < 0 || !isUuid(id))
        return std::nullopt;
    return TransferCursor { pending, createdAt, id };
}

} // namespace rathaus::server
