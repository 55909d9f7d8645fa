#include "server/domain/InfoRequestService.h"

#include "common/core/Clock.h"
#include "common/forms/FormValidator.h"
#include "server/domain/ApplicationService.h"
#include "server/domain/CaseTransitions.h"
#include "server/domain/EventHub.h"
#include "server/domain/MessageService.h"
#include "server/domain/UploadService.h"
#include "server/store/ApplicationRepository.h"
#include "server/store/CatalogueRepository.h"
#include "server/store/Database.h"
#include "server/store/MessageRepository.h"
#include "server/store/Transaction.h"
#include "server/store/UploadRepository.h"

namespace rathaus::server {

namespace {

Problem notFound()
{
    return Problem::make(404, QStringLiteral("not-found"), QStringLiteral("Not found"),
                         QStringLiteral("There is no such application."));
}

Problem validationProblem(const QMap<QString, QString> &errors)
{
    Problem problem =
        Problem::make(422, QStringLiteral("validation-failed"), QStringLiteral("Invalid request"),
                      QStringLiteral("Some fields are missing or invalid."));
    problem.fieldErrors = errors;
    return problem;
}

QJsonObject mergePatch(QJsonObject target, const QJsonObject &patch)
{
    for (auto it = patch.begin(); it != patch.end(); ++it) {
        if (it.value().isNull())
            target.remove(it.key());
        else
            target.insert(it.key(), it.value());
    }
    return target;
}

} // namespace

InfoRequestService::InfoRequestService(Database &database, const Clock &clock, EventHub *events)
    : m_database(database), m_clock(clock), m_events(events)
{ }

Result<ApplicationDetail> InfoRequestService::answer(const QString &citizenId,
                                                     const QString &applicationId,
                                                     const QJsonObject &request)
{
    if (!ApplicationService::isApplicationId(applicationId))
        return notFound();
    const QSqlDatabase db = m_database.connection();
    if (!ApplicationRepository(db).findForCitizen(citizenId, applicationId))
        return notFound();

    QMap<QString, QString> errors;
    const QJsonValue dataValue = request.value(QLatin1String("data"));
    const bool hasData = !dataValue.isUndefined() && !dataValue.isNull();
    if (hasData && !dataValue.isObject())
        errors.insert(QStringLiteral("data"), QStringLiteral("must be an object"));
    const auto draft =
        MessageService::readDraft(request, QStringLiteral("message"), false, &errors);
    if (errors.isEmpty() && !hasData && !draft)
        errors.insert(QStringLiteral("message"),
                      QStringLiteral("Send the requested data, a message, or both."));
    if (!errors.isEmpty())
        return validationProblem(errors);

    {
        const qint64 now = m_clock.nowSeconds();
        Transaction transaction(db, m_database.dialect());
        ApplicationRepository applications(db, m_database.dialect());
        const auto row = applications.findForCitizen(citizenId, applicationId);
        if (!row)
            return notFound();
        if (row->status != ApplicationStatus::InfoRequested)
            return Problem::make(409, QStringLiteral("invalid-transition"),
                                 QStringLiteral("No open question"),
                                 QStringLiteral("The office has not asked anything that is "
                                                "still open (the application is %1).")
                                     .arg(applicationStatusToWire(row->status)));

        QJsonObject data = row->data;
        UploadService::FieldUploads fileLinks;
        if (hasData) {
            const auto service = CatalogueRepository(db).service(row->serviceId);
            if (!service)
                return validationProblem({ { QStringLiteral("data"),
                                             QStringLiteral("The service is no longer offered; "
                                                            "send a message instead.") } });
            // Dates in forms count from the backend's day (UTC), as on submission.
            const FormValidator validator(service->form, m_clock.now().date());
            const QJsonObject merged = mergePatch(row->data, dataValue.toObject());
            const FormValidator::Errors fieldErrors = validator.validate(merged);
            if (!fieldErrors.isEmpty())
                return validationProblem(fieldErrors);
            data = validator.withoutHiddenValues(merged);
            // Files in the answer: the citizen's own uploads that fit their
            // field, linked to the case (referenced, readable by the office)
            // and stored in the same shape as on submission.
            const FormValidator::Errors uploadErrors = UploadService::normaliseFileFields(
                db, row->citizenId, service->form, &data, &fileLinks);
            if (!uploadErrors.isEmpty())
                return validationProblem(uploadErrors);
            if (service->summary.fee.compute(data) != service->summary.fee.compute(row->data))
                return validationProblem(
                    { { QStringLiteral("data"),
                        QStringLiteral("This change would alter the fee. Please send a message "
                                       "or file a new application.") } });
        }

        // The one transition function moves the case (history entry and the
        // citizen's status_changed event included), guarded by the version
        // read in this transaction.
        TransitionCommand command;
        command.applicationId = row->id;
        command.to = ApplicationStatus::InReview;
        command.actor = CaseActor::citizen(citizenId);
        command.expectedVersion = row->version;
        const auto moved =
            CaseTransitions::applyInTransaction(db, m_database.dialect(), command, now);
        if (!moved)
            return moved.problem();
        if (hasData)
            applications.replaceData(row->id, data, now);
        UploadRepository files(db);
        for (const auto &[fieldId, uploadId] : std::as_const(fileLinks)) {
            if (!files.linkToApplication(uploadId, row->citizenId, row->id, fieldId, now))
                return validationProblem(
                    { { fieldId,
                        QStringLiteral("This file is unknown. Please upload it again.") } });
        }
        if (draft) {
            ThreadCase thread;
            thread.applicationId = row->id;
            thread.citizenId = row->citizenId;
            thread.officeId = row->officeId;
            const StoredMessage message = MessageService::citizenMessage(thread, *draft, now);
            if (auto refused = MessageService::attachUploads(db, message, { row->citizenId }, now))
                return *refused;
            MessageRepository(db).append(message);
        }
        transaction.commit();
    }
    if (m_events)
        m_events->notify(citizenId);
    return ApplicationService(m_database, m_clock).detail(citizenId, applicationId);
}

} // namespace rathaus::server
