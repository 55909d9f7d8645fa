#include "server/http/TransferHandlers.h"

#include "server/domain/SessionService.h"
#include "server/domain/TransferService.h"
#include "server/http/Caller.h"
#include "server/http/IdempotencyKey.h"
#include "server/http/JsonBody.h"
#include "server/http/PageQuery.h"

namespace rathaus::server::http::handlers {

namespace {

constexpr qsizetype kMaxIdLength = 100;

TransferListQuery parseQuery(const RequestContext &request, bool staff,
                             QMap<QString, QString> *errors)
{
    TransferListQuery query;
    const PageQuery page = PageQuery::parse(request, errors);
    query.limit = page.limit;
    if (!page.cursor.isEmpty()) {
        query.after = TransferService::decodeCursor(page.cursor);
        if (!query.after || (staff && query.after->pending != 0))
            errors->insert(QStringLiteral("cursor"), QStringLiteral("Not a cursor of this list."));
    }
    const QString status = request.queryValue(QStringLiteral("status"));
    if (!status.isEmpty()) {
        query.status = transferStatusFromWire(status);
        if (!query.status)
            errors->insert(QStringLiteral("status"), QStringLiteral("Not a transfer status."));
    }
    if (staff) {
        query.applicationId = request.queryValue(QStringLiteral("application_id"));
        if (query.applicationId.size() > kMaxIdLength)
            errors->insert(QStringLiteral("application_id"),
                           QStringLiteral("Not an application id."));
    }
    return query;
}

// An optional JSON body: none at all is an empty object.
Result<QJsonObject> optionalBody(const RequestContext &request)
{
    if (request.body.trimmed().isEmpty())
        return QJsonObject {};
    return JsonBody::parse(request);
}

Reply answer(const Result<QJsonObject> &result)
{
    if (!result)
        return Reply::problem(result.problem());
    return Reply::json(result.value());
}

// 201 with the (maybe replayed) answer of a creating request.
Reply created(const Result<TransferService::Created> &result)
{
    if (!result)
        return Reply::problem(result.problem());
    Reply reply { 201, QByteArrayLiteral("application/json"), result.value().body, {} };
    if (result.value().replayed)
        reply.withHeader("Idempotent-Replayed", "true");
    return reply;
}

} // namespace

Reply staffRequestTransfer(HandlerContext &context, const RequestContext &request)
{
    const auto staff = callerOf(context, request);
    if (!staff)
        return refusal(staff.problem());
    const Role role = staff.value().role;
    if (role != Role::Caseworker && role != Role::Lead)
        return Reply::problem(403, QStringLiteral("forbidden"), QStringLiteral("Forbidden"),
                              QStringLiteral("Only an office's staff may request transfers."));
    const auto key = idempotencyKeyOf(request);
    if (!key)
        return Reply::problem(key.problem());
    const auto body = JsonBody::parse(request);
    if (!body)
        return Reply::problem(body.problem());
    return created(TransferService(context.database, context.clock, &context.events)
                       .request(staff.value(), key.value(), body.value()));
}

Reply staffListTransfers(HandlerContext &context, const RequestContext &request)
{
    const auto staff = callerOf(context, request);
    if (!staff)
        return refusal(staff.problem());
    QMap<QString, QString> errors;
    const TransferListQuery query = parseQuery(request, true, &errors);
    if (!errors.isEmpty())
        return Reply::problem(invalidQueryProblem(errors));
    return answer(TransferService(context.database, context.clock, &context.events)
                      .listForOffice(staff.value(), query));
}

Reply staffTransferRecords(HandlerContext &context, const RequestContext &request)
{
    const auto staff = callerOf(context, request);
    if (!staff)
        return refusal(staff.problem());
    // Reads and logs in one transaction (throws DatabaseError -> 503, no data).
    const auto copies = TransferService(context.database, context.clock, &context.events)
                            .deliveredCopies(staff.value(), request.pathArguments.value(0));
    if (!copies)
        return Reply::problem(copies.problem());
    return Reply::json(copies.value());
}

Reply myTransfers(HandlerContext &context, const RequestContext &request)
{
    const auto citizen = citizenOf(context, request);
    if (!citizen)
        return refusal(citizen.problem());
    QMap<QString, QString> errors;
    const TransferListQuery query = parseQuery(request, false, &errors);
    if (!errors.isEmpty())
        return Reply::problem(invalidQueryProblem(errors));
    return answer(TransferService(context.database, context.clock, &context.events)
                      .listForCitizen(citizen.value().id, query));
}

Reply createMyTransfer(HandlerContext &context, const RequestContext &request)
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
    return created(TransferService(context.database, context.clock, &context.events)
                       .createByCitizen(citizen.value(), key.value(), body.value()));
}

Reply approveMyTransfer(HandlerContext &context, const RequestContext &request)
{
    const auto citizen = citizenOf(context, request);
    if (!citizen)
        return refusal(citizen.problem());
    const auto body = optionalBody(request);
    if (!body)
        return Reply::problem(body.problem());
    return answer(TransferService(context.database, context.clock, &context.events)
                      .approve(citizen.value().id, request.pathArguments.value(0), body.value()));
}

Reply declineMyTransfer(HandlerContext &context, const RequestContext &request)
{
    const auto citizen = citizenOf(context, request);
    if (!citizen)
        return refusal(citizen.problem());
    return answer(TransferService(context.database, context.clock, &context.events)
                      .decline(citizen.value().id, request.pathArguments.value(0)));
}

Reply withdrawMyTransfer(HandlerContext &context, const RequestContext &request)
{
    const auto citizen = citizenOf(context, request);
    if (!citizen)
        return refusal(citizen.problem());
    return answer(TransferService(context.database, context.clock, &context.events)
                      .withdraw(citizen.value().id, request.pathArguments.value(0)));
}

} // namespace rathaus::server::http::handlers
