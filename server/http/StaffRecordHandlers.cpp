#include "server/http/StaffRecordHandlers.h"

#include "server/domain/SessionService.h"
#include "server/http/CockpitHandlers.h"
#include "server/http/JsonBody.h"
#include "server/store/StaffRecordAccess.h"
#include "server/store/UserRepository.h"

#include <QJsonArray>

namespace rathaus::server::http::handlers {

namespace {

constexpr qsizetype kMaxTextLength = 500;
constexpr qsizetype kMaxIdLength = 100;

// A query parameter, trimmed; a field error when too long (or required and empty).
QString textParameter(const RequestContext &request, const QString &name, qsizetype maxLength,
                      bool required, QMap<QString, QString> *errors)
{
    const QString value = request.queryValue(name).trimmed();
    if (required && value.isEmpty())
        errors->insert(name, QStringLiteral("Required: say why you read these records."));
    else if (value.size() > maxLength)
        errors->insert(name, QStringLiteral("At most %1 characters.").arg(maxLength));
    return value;
}

} // namespace

Reply staffCitizenRecords(HandlerContext &context, const RequestContext &request)
{
    const auto session = context.sessions.authenticate(request.bearerToken());
    if (!session)
        return Reply::problem(session.problem()).withHeader("WWW-Authenticate", "Bearer");
    const UserRecord &staff = session.value().user;
    const bool officeStaff = staff.role == Role::Caseworker || staff.role == Role::Lead;
    if (!officeStaff || staff.officeId.isEmpty())
        return Reply::problem(403, QStringLiteral("forbidden"), QStringLiteral("Forbidden"),
                              QStringLiteral("Only an office's staff may read citizens' records."));

    QMap<QString, QString> errors;
    StaffAccess access;
    access.userId = staff.id;
    access.officeId = staff.officeId;
    access.purpose =
        textParameter(request, QStringLiteral("purpose"), kMaxTextLength, true, &errors);
    access.legalBasis =
        textParameter(request, QStringLiteral("legal_basis"), kMaxTextLength, false, &errors);
    access.applicationId =
        textParameter(request, QStringLiteral("application_id"), kMaxIdLength, false, &errors);
    if (!errors.isEmpty())
        return Reply::problem(JsonBody::validationProblem(errors));

    const QString citizenId = request.pathArguments.value(0);
    const auto citizen = citizenId.size() <= kMaxIdLength
        ? UserRepository(context.database.connection()).findById(citizenId)
        : std::nullopt;
    if (!citizen || citizen->role != Role::Citizen)
        return Reply::problem(404, QStringLiteral("not-found"), QStringLiteral("Not found"),
                              QStringLiteral("There is no such citizen."));

    // Reads and logs in one transaction (throws DatabaseError -> 503, no data).
    const auto records =
        StaffRecordAccess(context.database, context.clock).readRecords(citizen->id, access);
    QJsonArray array;
    for (const StoredRecord &record : records)
        array.append(recordToWire(record).toJson());
    return Reply::json(array);
}

} // namespace rathaus::server::http::handlers
