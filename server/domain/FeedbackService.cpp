#include "server/domain/FeedbackService.h"

#include "common/core/Clock.h"
#include "server/domain/ApplicationService.h"
#include "server/store/CatalogueRepository.h"
#include "server/store/Database.h"
#include "server/store/ThrottleRepository.h"

#include <QUuid>

#include <algorithm>

namespace rathaus::server {

namespace {

constexpr qsizetype kMaxServiceIdLength = 64;

Problem validationProblem(const QMap<QString, QString> &errors)
{
    Problem problem =
        Problem::make(422, QStringLiteral("validation-failed"), QStringLiteral("Invalid request"),
                      QStringLiteral("Some fields are missing or invalid."));
    problem.fieldErrors = errors;
    return problem;
}

Feedback toWire(const StoredFeedback &row)
{
    Feedback feedback;
    feedback.id = row.id;
    feedback.serviceId = row.serviceId;
    feedback.officeId = row.officeId;
    feedback.text = row.text;
    feedback.status = row.status;
    feedback.createdAt = QDateTime::fromSecsSinceEpoch(row.createdAt, Qt::UTC);
    return feedback;
}

} // namespace

FeedbackService::FeedbackService(Database &database, const Clock &clock)
    : m_database(database), m_clock(clock)
{ }

Result<IdempotentCreate::Answer> FeedbackService::submit(const UserRecord &user,
                                                         const QJsonObject &request,
                                                         const IdempotentCreate &idempotency,
                                                         qint64 *retryAfterSeconds)
{
    QMap<QString, QString> errors;
    const QJsonValue textValue = request.value(QLatin1String("text"));
    const QJsonValue serviceValue = request.value(QLatin1String("service_id"));
    const QString text = textValue.toString().trimmed();
    if (!textValue.isString() && !textValue.isUndefined() && !textValue.isNull()) {
        errors.insert(QStringLiteral("text"), QStringLiteral("must be a string"));
    } else {
        const qsizetype length = text.toUcs4().size();
        if (length < kMinLength || length > kMaxLength)
            errors.insert(
                QStringLiteral("text"),
                QStringLiteral("Between %1 and %2 characters.").arg(kMinLength).arg(kMaxLength));
    }
    const QSqlDatabase db = m_database.connection();
    StoredFeedback row;
    if (!serviceValue.isUndefined() && !serviceValue.isNull()) {
        const QString serviceId = serviceValue.toString();
        std::optional<ServiceDetail> service;
        if (serviceValue.isString() && !serviceId.isEmpty() &&
            serviceId.size() <= kMaxServiceIdLength)
            service = CatalogueRepository(db).service(serviceId);
        if (service) {
            row.serviceId = service->summary.id;
            row.officeId = service->summary.officeId;
        } else {
            errors.insert(QStringLiteral("service_id"),
                          QStringLiteral("There is no such service."));
        }
    }
    if (!errors.isEmpty())
        return validationProblem(errors);

    const qint64 now = m_clock.nowSeconds();
    return idempotency.run(m_database, now, [&]() -> Result<IdempotentCreate::Created> {
        // The lock row serialises one user's concurrent submissions (row lock
        // on PostgreSQL), so the count below cannot be overshot.
        ThrottleRepository(db).lock(QStringLiteral("feedback:") + user.id, now);
        FeedbackRepository feedback(db);
        const FeedbackRepository::Window window =
            feedback.countByUserSince(user.id, now - kWindowSeconds);
        if (window.count >= kPerDay) {
            *retryAfterSeconds = std::max<qint64>(1, window.oldestAt + kWindowSeconds - now);
            return Problem::make(429, QStringLiteral("too-many-requests"),
                                 QStringLiteral("Too many suggestions"),
                                 QStringLiteral("Thank you! You have sent %1 suggestions "
                                                "today; please try again later.")
                                     .arg(kPerDay));
        }
        row.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        row.userId = user.id;
        row.text = text;
        row.createdAt = now;
        feedback.insert(row);
        return IdempotentCreate::Created { toWire(row).toJson(), row.id };
    });
}

Page<Feedback> FeedbackService::list(FeedbackFilter filter) const
{
    const int pageSize = filter.limit;
    filter.limit = pageSize + 1;
    QList<StoredFeedback> rows = FeedbackRepository(m_database.connection()).page(filter);
    Page<Feedback> page;
    if (rows.size() > pageSize) {
        rows.resize(pageSize);
        page.nextCursor = encodeCursor({ rows.constLast().createdAt, rows.constLast().id });
    }
    for (const StoredFeedback &row : std::as_const(rows))
        page.items.append(toWire(row));
    return page;
}

QString FeedbackService::encodeCursor(const FeedbackCursor &cursor)
{
    return ApplicationService::encodeCursor({ cursor.createdAt, cursor.id });
}

std::optional<FeedbackCursor> FeedbackService::decodeCursor(const QString &text)
{
    // Same shape as the application list's cursor (created_at|uuid).
    const auto decoded = ApplicationService::decodeCursor(text);
    if (!decoded)
        return std::nullopt;
    return FeedbackCursor { decoded->createdAt, decoded->id };
}

} // namespace rathaus::server
