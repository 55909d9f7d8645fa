#include "server/http/MessageHandlers.h"

#include "server/domain/ApplicationService.h"
#include "server/domain/InfoRequestService.h"
#include "server/domain/MessageService.h"
#include "server/domain/SessionService.h"
#include "server/http/Caller.h"
#include "server/http/IdempotencyKey.h"
#include "server/http/JsonBody.h"
#include "server/http/PageQuery.h"

namespace rathaus::server::http::handlers {

namespace {

struct ThreadQuery
{
    qint64 afterSeq = 0;
    int limit = PageQuery::kDefaultLimit;
};

Result<ThreadQuery> threadQueryOf(const RequestContext &request)
{
    QMap<QString, QString> errors;
    const PageQuery page = PageQuery::parse(request, &errors);
    ThreadQuery query;
    query.limit = page.limit;
    if (!page.cursor.isEmpty()) {
        const auto seq = MessageService::decodeCursor(page.cursor);
        if (seq)
            query.afterSeq = *seq;
        else
            errors.insert(QStringLiteral("cursor"), QStringLiteral("Not a cursor of this thread."));
    }
    if (!errors.isEmpty())
        return invalidQueryProblem(errors);
    return query;
}

// A creating write: parse the body and the optional Idempotency-Key, run, answer 201.
template<typename Post>
Reply create(const RequestContext &request, const QString &userId, Post post)
{
    const auto body = JsonBody::parse(request);
    if (!body)
        return Reply::problem(body.problem());
    const auto idempotency = optionalIdempotency(request, userId, body.value());
    if (!idempotency)
        return Reply::problem(idempotency.problem());
    const Result<IdempotentCreate::Answer> answer = post(body.value(), idempotency.value());
    if (!answer)
        return Reply::problem(answer.problem());
    return createdReply(answer.value());
}

} // namespace

Reply listApplicationMessages(HandlerContext &context, const RequestContext &request)
{
    const auto citizen = citizenOf(context, request);
    if (!citizen)
        return refusal(citizen.problem());
    const auto query = threadQueryOf(request);
    if (!query)
        return Reply::problem(query.problem());
    const auto page = MessageService(context.database, context.clock, &context.events)
                          .citizenThread(citizen.value().id, request.pathArguments.value(0),
                                         query.value().afterSeq, query.value().limit);
    if (!page)
        return Reply::problem(page.problem());
    return Reply::json(page.value().toJson());
}

Reply postApplicationMessage(HandlerContext &context, const RequestContext &request)
{
    const auto citizen = citizenOf(context, request);
    if (!citizen)
        return refusal(citizen.problem());
    return create(request, citizen.value().id,
                  [&](const QJsonObject &body, const IdempotentCreate &idempotency) {
                      return MessageService(context.database, context.clock, &context.events)
                          .citizenPost(citizen.value().id, request.pathArguments.value(0), body,
                                       idempotency);
                  });
}

Reply answerApplication(HandlerContext &context, const RequestContext &request)
{
    const auto citizen = citizenOf(context, request);
    if (!citizen)
        return refusal(citizen.problem());
    const auto body = JsonBody::parse(request);
    if (!body)
        return Reply::problem(body.problem());
    const auto detail =
        InfoRequestService(context.database, context.clock, &context.events)
            .answer(citizen.value().id, request.pathArguments.value(0), body.value());
    if (!detail)
        return Reply::problem(detail.problem());
    return Reply::json(detail.value().toJson());
}

Reply listCaseMessages(HandlerContext &context, const RequestContext &request)
{
    const auto staff = officeStaffOf(context, request);
    if (!staff)
        return refusal(staff.problem());
    const auto query = threadQueryOf(request);
    if (!query)
        return Reply::problem(query.problem());
    const auto page = MessageService(context.database, context.clock, &context.events)
                          .officeThread(staff.value(), request.pathArguments.value(0),
                                        query.value().afterSeq, query.value().limit);
    if (!page)
        return Reply::problem(page.problem());
    return Reply::json(page.value().toJson());
}

Reply postCaseMessage(HandlerContext &context, const RequestContext &request)
{
    const auto staff = officeStaffOf(context, request);
    if (!staff)
        return refusal(staff.problem());
    return create(request, staff.value().id,
                  [&](const QJsonObject &body, const IdempotentCreate &idempotency) {
                      return MessageService(context.database, context.clock, &context.events)
                          .officePost(staff.value(), request.pathArguments.value(0), body,
                                      idempotency);
                  });
}

Reply requestRecordCorrection(HandlerContext &context, const RequestContext &request)
{
    const auto session = context.sessions.authenticate(request.bearerToken());
    if (!session)
        return refusal(session.problem());
    if (session.value().user.role != Role::Citizen)
        return Reply::problem(403, QStringLiteral("forbidden"), QStringLiteral("Not allowed"),
                              QStringLiteral("Only citizens have records."));
    const QString citizenId = session.value().user.id;
    return create(
        request, citizenId, [&](const QJsonObject &body, const IdempotentCreate &idempotency) {
            return MessageService(context.database, context.clock, &context.events)
                .requestCorrection(citizenId, request.pathArguments.value(0), body, idempotency);
        });
}

Reply listRecordMessages(HandlerContext &context, const RequestContext &request)
{
    const auto session = context.sessions.authenticate(request.bearerToken());
    if (!session)
        return refusal(session.problem());
    if (session.value().user.role != Role::Citizen)
        return Reply::problem(403, QStringLiteral("forbidden"), QStringLiteral("Not allowed"),
                              QStringLiteral("Only citizens have records."));
    const auto query = threadQueryOf(request);
    if (!query)
        return Reply::problem(query.problem());
    const auto page = MessageService(context.database, context.clock, &context.events)
                          .recordThread(session.value().user.id, request.pathArguments.value(0),
                                        query.value().afterSeq, query.value().limit);
    if (!page)
        return Reply::problem(page.problem());
    return Reply::json(page.value().toJson());
}

Reply listOfficeMessages(HandlerContext &context, const RequestContext &request)
{
    const auto staff = officeStaffOf(context, request);
    if (!staff)
        return refusal(staff.problem());
    QMap<QString, QString> errors;
    const PageQuery page = PageQuery::parse(request, &errors);
    std::optional<QPair<qint64, QString>> after;
    if (!page.cursor.isEmpty()) {
        const auto cursor = ApplicationService::decodeCursor(page.cursor);
        if (cursor)
            after = qMakePair(cursor->createdAt, cursor->id);
        else
            errors.insert(QStringLiteral("cursor"), QStringLiteral("Not a cursor of this list."));
    }
    const QString unanswered = request.queryValue(QStringLiteral("unanswered"));
    if (!unanswered.isNull() && unanswered != QLatin1String("true") &&
        unanswered != QLatin1String("false"))
        errors.insert(QStringLiteral("unanswered"), QStringLiteral("true or false."));
    if (!errors.isEmpty())
        return Reply::problem(invalidQueryProblem(errors));
    return Reply::json(
        MessageService(context.database, context.clock, &context.events)
            .officeInbox(staff.value(), unanswered == QLatin1String("true"), after, page.limit)
            .toJson());
}

Reply replyToMessage(HandlerContext &context, const RequestContext &request)
{
    const auto staff = officeStaffOf(context, request);
    if (!staff)
        return refusal(staff.problem());
    return create(request, staff.value().id,
                  [&](const QJsonObject &body, const IdempotentCreate &idempotency) {
                      return MessageService(context.database, context.clock, &context.events)
                          .officeReply(staff.value(), request.pathArguments.value(0), body,
                                       idempotency);
                  });
}

} // namespace rathaus::server::http::handlers
