#include "server/http/ApplicationHandlers.h"

#include "server/domain/ApplicationService.h"
#include "server/domain/SessionService.h"
#include "server/http/Caller.h"
#include "server/http/IdempotencyKey.h"
#include "server/http/JsonBody.h"
#include "server/http/Language.h"
#include "server/http/PageQuery.h"

namespace rathaus::server::http::handlers {

namespace {

ApplicationListFilter parseFilter(const RequestContext &request, QMap<QString, QString> *errors)
{
    ApplicationListFilter filter;
    const PageQuery page = PageQuery::parse(request, errors);
    filter.limit = page.limit;
    const QString &cursor = page.cursor;
    if (!cursor.isEmpty()) {
        filter.after = ApplicationService::decodeCursor(cursor);
        if (!filter.after)
            errors->insert(QStringLiteral("cursor"), QStringLiteral("Not a cursor of this list."));
    }
    const QString status = request.queryValue(QStringLiteral("status"));
    if (!status.isEmpty()) {
        filter.status = applicationStatusFromWire(status);
        if (!filter.status)
            errors->insert(QStringLiteral("status"), QStringLiteral("Not an application status."));
    }
    return filter;
}

} // namespace

Reply createApplication(HandlerContext &context, const RequestContext &request)
{
    const auto citizen = citizenOf(context, request);
    if (!citizen)
        return refusal(citizen.problem());
    const auto key = idempotencyKeyOf(request);
    if (!key)
        return Reply::problem(key.problem());
    const auto body = JsonBody::parse(request);
    if (!body)
        return Reply::problem(body.problem());
    const auto answer = ApplicationService(context.database, context.clock)
                            .submit(citizen.value(), key.value(), body.value());
    if (!answer)
        return Reply::problem(answer.problem());
    Reply reply {
        answer.value().status, QByteArrayLiteral("application/json"), answer.value().body, {}
    };
    if (!answer.value().resourceId.isEmpty())
        reply.withHeader("Location",
                         "/api/v1/applications/" + answer.value().resourceId.toLatin1());
    if (answer.value().replayed)
        reply.withHeader("Idempotent-Replayed", "true");
    return reply;
}

Reply listApplications(HandlerContext &context, const RequestContext &request)
{
    const auto citizen = citizenOf(context, request);
    if (!citizen)
        return refusal(citizen.problem());
    QMap<QString, QString> errors;
    ApplicationListFilter filter = parseFilter(request, &errors);
    if (!errors.isEmpty())
        return Reply::problem(invalidQueryProblem(errors));
    filter.citizenId = citizen.value().id;
    return Reply::json(ApplicationService(context.database, context.clock).list(filter).toJson());
}

Reply getApplication(HandlerContext &context, const RequestContext &request)
{
    const auto citizen = citizenOf(context, request);
    if (!citizen)
        return refusal(citizen.problem());
    const auto detail =
        ApplicationService(context.database, context.clock)
            .detail(citizen.value().id, request.pathArguments.value(0), preferredLanguage(request));
    if (!detail)
        return Reply::problem(detail.problem());
    return Reply::json(detail.value().toJson());
}

Reply withdrawApplication(HandlerContext &context, const RequestContext &request)
{
    const auto citizen = citizenOf(context, request);
    if (!citizen)
        return refusal(citizen.problem());
    const auto detail = ApplicationService(context.database, context.clock, &context.events)
                            .withdraw(citizen.value().id, request.pathArguments.value(0),
                                      preferredLanguage(request));
    if (!detail)
        return Reply::problem(detail.problem());
    return Reply::json(detail.value().toJson());
}

} // namespace rathaus::server::http::handlers
