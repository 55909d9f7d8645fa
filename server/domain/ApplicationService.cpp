#include "server/domain/ApplicationService.h"

#include "common/core/Clock.h"
#include "common/crypto/CanonicalJson.h"
#include "common/crypto/Crypto.h"
#include "common/forms/FormValidator.h"
#include "server/Logging.h"
#include "server/domain/CaseTransitions.h"
#include "server/domain/StatusTexts.h"
#include "server/store/DocumentRepository.h"
#include "server/domain/PaymentService.h"
#include "server/domain/UploadService.h"
#include "server/store/CatalogueRepository.h"
#include "server/store/Database.h"
#include "server/store/IdempotencyRepository.h"
#include "server/store/MessageRepository.h"
#include "server/store/Sql.h"
#include "server/store/Transaction.h"
#include "server/store/UploadRepository.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QUuid>

#include <algorithm>

namespace rathaus::server {

namespace {

constexpr qint64 kSecondsPerDay = 24 * 60 * 60;
constexpr qsizetype kMaxServiceIdLength = 64;

Problem validationProblem(const QMap<QString, QString> &errors)
{
    Problem problem =
        Problem::make(422, QStringLiteral("validation-failed"), QStringLiteral("Invalid request"),
                      QStringLiteral("Some fields are missing or invalid."));
    problem.fieldErrors = errors;
    return problem;
}

Problem notFound()
{
    return Problem::make(404, QStringLiteral("not-found"), QStringLiteral("Not found"),
                         QStringLiteral("There is no such application."));
}

int trustRank(const QString &level)
{
    if (level == QLatin1String("high"))
        return 2;
    if (level == QLatin1String("substantial"))
        return 1;
    return 0;
}

QDateTime utc(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
}

ApplicationSummary toSummary(const StoredApplication &row)
{
    ApplicationSummary summary;
    summary.id = row.id;
    summary.reference = row.reference;
    summary.serviceId = row.serviceId;
    summary.status = row.status;
    summary.feeCents = row.feeCents;
    summary.currency = row.currency;
    if (!row.paymentStatus.isEmpty())
        summary.paymentStatus = paymentStatusFromWire(row.paymentStatus);
    summary.unreadMessages = 0; // filled in where the thread is read (detail, list)
    summary.createdAt = utc(row.createdAt);
    summary.updatedAt = utc(row.updatedAt);
    return summary;
}

ApplicationHistoryEntry toWire(const StoredHistoryEntry &entry)
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

// The answer for a request whose key is already taken.
Result<ApplicationService::Answer> replay(const StoredIdempotency &stored, const QString &hash)
{
    if (stored.requestHash != hash)
        return Problem::make(409, QStringLiteral("idempotency-key-reuse"),
                             QStringLiteral("Idempotency key already used"),
                             QStringLiteral("This Idempotency-Key was used for another request. "
                                            "Use a new key for a new application."));
    if (!stored.status)
        return Problem::make(409, QStringLiteral("request-in-progress"),
                             QStringLiteral("Request in progress"),
                             QStringLiteral("The first request with this Idempotency-Key is "
                                            "still being processed. Try again shortly."));
    return ApplicationService::Answer { *stored.status, stored.body, stored.resourceId, true };
}

// The service's processing days (for the next-step hint); 0 when unknown.
int processingDays(const QSqlDatabase &db, const QString &serviceId)
{
    const auto value = sql::scalar(
        db, QStringLiteral("SELECT processing_days FROM services WHERE id = ?"), { serviceId });
    return value ? value->toInt() : 0;
}

} // namespace

ApplicationService::ApplicationService(Database &database, const Clock &clock, EventHub *events)
    : m_database(database), m_clock(clock), m_events(events)
{ }

Result<ApplicationService::Answer> ApplicationService::submit(const UserRecord &citizen,
                                                              const QString &idempotencyKey,
                                                              const QJsonObject &body)
{
    const QString hash = requestHash(body);
    const qint64 notBefore = m_clock.nowSeconds() - IdempotencyRepository::kValiditySeconds;
    const QSqlDatabase db = m_database.connection();
    if (const auto stored = IdempotencyRepository(db).find(citizen.id, idempotencyKey, notBefore))
        return replay(*stored, hash);

    QMap<QString, QString> errors;
    const QJsonValue serviceValue = body.value(QLatin1String("service_id"));
    const QJsonValue dataValue = body.value(QLatin1String("data"));
    if (!serviceValue.isString() || serviceValue.toString().isEmpty())
        errors.insert(QStringLiteral("service_id"),
                      serviceValue.isString() || serviceValue.isUndefined() || serviceValue.isNull()
                          ? QStringLiteral("required")
                          : QStringLiteral("must be a string"));
    if (!dataValue.isObject())
        errors.insert(QStringLiteral("data"),
                      dataValue.isUndefined() || dataValue.isNull()
                          ? QStringLiteral("required")
                          : QStringLiteral("must be an object"));
    if (!errors.isEmpty())
        return validationProblem(errors);

    // An unknown service is a field error of the request (422 on service_id),
    // not a missing resource: the URL named no service.
    const QString serviceId = serviceValue.toString();
    std::optional<ServiceDetail> service;
    if (serviceId.size() <= kMaxServiceIdLength)
        service = CatalogueRepository(db).service(serviceId);
    if (!service)
        return validationProblem(
            { { QStringLiteral("service_id"), QStringLiteral("There is no such service.") } });
    if (trustRank(citizen.trustLevel) < trustRank(service->summary.requiredTrustLevel))
        return Problem::make(403, QStringLiteral("trust-level-required"),
                             QStringLiteral("Stronger login needed"),
                             QStringLiteral("This service needs a login with trust level %1.")
                                 .arg(service->summary.requiredTrustLevel));

    // Dates in forms ("at least 3 days ahead") count from the backend's day (UTC).
    const FormValidator validator(service->form, m_clock.now().date());
    const QJsonObject data = dataValue.toObject();
    const FormValidator::Errors fieldErrors = validator.validate(data);
    if (!fieldErrors.isEmpty())
        return validationProblem(fieldErrors);

    // File fields name uploads: each must be the citizen's own and fit the
    // field (accept, max_bytes). Checked here for the answer, and linked
    // again inside the transaction (an upload can vanish in between).
    QJsonObject kept = validator.withoutHiddenValues(data);
    UploadLinks links;
    const FormValidator::Errors uploadErrors =
        UploadService::normaliseFileFields(db, citizen.id, service->form, &kept, &links);
    if (!uploadErrors.isEmpty())
        return validationProblem(uploadErrors);

    QString uploadGone;
    if (auto answer =
            create(citizen, idempotencyKey, hash, kept, *service, links, &uploadGone))
        return *answer;
    if (!uploadGone.isEmpty())
        return validationProblem({ { uploadGone, QStringLiteral("This file is unknown. Please "
                                                                "upload it again.") } });
    // A concurrent duplicate claimed the key first and has committed by now.
    qCDebug(lcDomain) << "idempotency key taken by a concurrent request; answering its result";
    const auto stored = IdempotencyRepository(db).find(citizen.id, idempotencyKey, notBefore);
    if (!stored)
        return Problem::make(409, QStringLiteral("request-in-progress"),
                             QStringLiteral("Request in progress"),
                             QStringLiteral("Another request with this Idempotency-Key was "
                                            "being processed. Try again."));
    return replay(*stored, hash);
}

std::optional<ApplicationService::Answer>
ApplicationService::create(const UserRecord &citizen, const QString &key, const QString &hash,
                           const QJsonObject &data, const ServiceDetail &service,
                           const UploadLinks &uploads, QString *uploadGone)
{
    const QSqlDatabase db = m_database.connection();
    const qint64 now = m_clock.nowSeconds();
    Transaction transaction(db, m_database.dialect());
    IdempotencyRepository keys(db);
    if (!keys.claim(citizen.id, key, hash, now, now - IdempotencyRepository::kValiditySeconds))
        return std::nullopt; // rolled back by the destructor

    ApplicationRepository applications(db);
    StoredApplication row;
    row.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    row.citizenId = citizen.id;
    row.reference = applications.nextReference(utc(now).date().year());
    row.serviceId = service.summary.id;
    row.officeId = service.summary.officeId;
    row.schemaVersion = service.form.version;
    row.data = data;
    row.feeCents = service.summary.fee.compute(data);
    row.currency = service.summary.fee.currency;
    row.status = initialApplicationStatus(row.feeCents);
    row.deadline = deadlineFor(now, service.summary.processingDays);
    row.version = 1;
    row.createdAt = now;
    row.updatedAt = now;
    applications.insert(row);

    StoredHistoryEntry created;
    created.seq = row.version;
    created.at = now;
    created.to = row.status;
    created.actor = Actor::Citizen;
    applications.appendHistory(row.citizenId, row.id, created);

    UploadRepository files(db);
    for (const auto &[fieldId, uploadId] : uploads) {
        if (!files.linkToApplication(uploadId, citizen.id, row.id, fieldId, now)) {
            *uploadGone = fieldId;
            return std::nullopt; // rolled back by the destructor
        }
    }

    Answer answer { 201, QJsonDocument(toSummary(row).toJson()).toJson(QJsonDocument::Compact),
                    row.id, false };
    keys.complete(citizen.id, key, answer.status, answer.body, row.id);
    transaction.commit();
    return answer;
}

Result<ApplicationDetail> ApplicationService::detail(const QString &citizenId, const QString &id,
                                                     const QString &language) const
{
    if (!isApplicationId(id))
        return notFound();
    const QSqlDatabase db = m_database.connection();
    ApplicationRepository applications(db);
    const auto row = applications.findForCitizen(citizenId, id);
    if (!row)
        return notFound();
    ApplicationDetail detail;
    detail.summary = toSummary(*row);
    detail.summary.unreadMessages = MessageRepository(db).unreadForCitizen(citizenId, row->id);
    detail.citizenId = row->citizenId;
    detail.schemaVersion = row->schemaVersion;
    detail.data = row->data;
    detail.statusLabel = statusLabelIn(row->status, language);
    detail.nextStep = nextStepIn(row->status, processingDays(db, row->serviceId), language);
    detail.deadline = utc(row->deadline);
    detail.version = row->version;
    for (const StoredHistoryEntry &entry : applications.history(row->id))
        detail.history.append(toWire(entry));
    for (const StoredDocument &document :
         DocumentRepository(db).forApplication(row->id, /*citizenView=*/true))
        detail.documents.append(document.document);
    detail.payment = PaymentService::latestFor(db, row->id);
    return detail;
}

Page<ApplicationSummary> ApplicationService::list(ApplicationListFilter filter) const
{
    const int pageSize = filter.limit;
    filter.limit = pageSize + 1; // one more: is there a next page?
    const QSqlDatabase db = m_database.connection();
    QList<StoredApplication> rows = ApplicationRepository(db).page(filter);
    Page<ApplicationSummary> page;
    if (rows.size() > pageSize) {
        rows.resize(pageSize);
        page.nextCursor = encodeCursor({ rows.constLast().createdAt, rows.constLast().id });
    }
    QStringList ids;
    for (const StoredApplication &row : std::as_const(rows))
        ids.append(row.id);
    const QHash<QString, int> unread =
        MessageRepository(db).unreadForCitizen(filter.citizenId, ids);
    for (const StoredApplication &row : std::as_const(rows)) {
        ApplicationSummary summary = toSummary(row);
        summary.unreadMessages = unread.value(row.id);
        page.items.append(summary);
    }
    return page;
}

Result<ApplicationDetail> ApplicationService::withdraw(const QString &citizenId, const QString &id,
                                                       const QString &language)
{
    if (!isApplicationId(id))
        return notFound();
    TransitionCommand command;
    command.applicationId = id;
    command.to = ApplicationStatus::Withdrawn;
    command.actor = CaseActor::citizen(citizenId);
    const auto outcome = CaseTransitions(m_database, m_clock, m_events).transition(command);
    if (!outcome)
        return outcome.problem();
    return detail(citizenId, id, language);
}

QString ApplicationService::requestHash(const QJsonObject &body)
{
    return crypto::sha256Hex(QByteArrayLiteral("POST /api/v1/applications\n") +
                             crypto::CanonicalJson::serialize(body));
}

QString ApplicationService::encodeCursor(const ApplicationCursor &cursor)
{
    const QByteArray text = QByteArray::number(cursor.createdAt) + '|' + cursor.id.toLatin1();
    return QString::fromLatin1(
        text.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<ApplicationCursor> ApplicationService::decodeCursor(const QString &text)
{
    if (text.isEmpty() || text.size() > 128)
        return std::nullopt;
    const auto decoded = QByteArray::fromBase64Encoding(
        text.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    const QList<QByteArray> parts = decoded.decoded.split('|');
    if (parts.size() != 2)
        return std::nullopt;
    bool ok = false;
    const qint64 createdAt = parts.at(0).toLongLong(&ok);
    const QString id = QString::fromLatin1(parts.at(1));
    if (!ok || createdAt < 0 || !isApplicationId(id))
        return std::nullopt;
    return ApplicationCursor { createdAt, id };
}

bool ApplicationService::isApplicationId(const QString &text)
{
    static const QRegularExpression uuid(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    return uuid.match(text).hasMatch();
}

qint64 ApplicationService::deadlineFor(qint64 createdAt, int processingDays)
{
    const qint64 calendarDays = (qint64(std::max(0, processingDays)) * 7 + 4) / 5;
    return createdAt + calendarDays * kSecondsPerDay;
}

} // namespace rathaus::server
