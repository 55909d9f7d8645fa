#include "server/http/FeedbackHandlers.h"

#include "server/domain/FeedbackService.h"
#include "server/domain/SessionService.h"
#include "server/http/IdempotencyKey.h"
#include "server/http/JsonBody.h"
#include "server/http/PageQuery.h"

namespace rathaus::server::http::handlers {

namespace {

constexpr qsizetype kMaxServiceIdLength = 64;

} // namespace

Reply postFeedback(HandlerContext &context, const RequestContext &request)
{
    const auto session = context.sessions.authenticate(request.bearerToken());
    if (!session)
        return Reply::problem(session.problem()).withHeader("WWW-Authenticate", "Bearer");
    const auto body = JsonBody::parse(request);
    if (!body)
        return Reply::problem(body.problem());
    const auto idempotency = optionalIdempotency(request, session.value().user.id, body.value());
    if (!idempotency)
        return Reply::problem(idempotency.problem());
    qint64 retryAfter = 0;
    const auto answer =
        FeedbackService(context.database, context.clock)
            .submit(session.value().user, body.value(), idempotency.value(), &retryAfter);
    if (!answer) {
        Reply reply = Reply::problem(answer.problem());
        if (answer.problem().status == 429)
            reply.withHeader("Retry-After", QByteArray::number(retryAfter));
        return reply;
    }
    return createdReply(answer.value());
}

Reply listFeedback(HandlerContext &context, const RequestContext &request)
{
    const auto session = context.sessions.authenticate(request.bearerToken());
    if (!session)
        return Reply::problem(session.problem()).withHeader("WWW-Authenticate", "Bearer");
    const UserRecord &user = session.value().user;
    FeedbackFilter filter;
    if (user.role == Role::Lead && !user.officeId.isEmpty())
        filter.officeId = user.officeId; // the suggestions about their office's services
    else if (user.role != Role::Admin)
        return Reply::problem(403, QStringLiteral("forbidden"), QStringLiteral("Not allowed"),
                              QStringLiteral("Only leads and admins read suggestions."));

    QMap<QString, QString> errors;
    const PageQuery page = PageQuery::parse(request, &errors);
    filter.limit = page.limit;
    if (!page.cursor.isEmpty()) {
        filter.after = FeedbackService::decodeCursor(page.cursor);
        if (!filter.after)
            errors.insert(QStringLiteral("cursor"), QStringLiteral("Not a cursor of this list."));
    }
    filter.serviceId = request.queryValue(QStringLiteral("service_id"));
    if (filter.serviceId.size() > kMaxServiceIdLength)
        errors.insert(QStringLiteral("service_id"), QStringLiteral("Not a service id."));
    if (!errors.isEmpty())
        return Reply::problem(invalidQueryProblem(errors));
    return Reply::json(FeedbackService(context.database, context.clock).list(filter).toJson());
}

} // namespace rathaus::server::http::handlers
