#include "server/http/AdminStaffHandlers.h"

#include "server/domain/StaffAdminService.h"
#include "server/http/Caller.h"
#include "server/http/JsonBody.h"

#include <QJsonArray>

namespace rathaus::server::http::handlers {

namespace {

StaffAdminService service(HandlerContext &context)
{
    return StaffAdminService(context.database, context.clock, context.sessions);
}

// The TOTP secret is in this answer: no cache may keep it.
Reply enrolmentReply(const StaffEnrolment &enrolment, int status)
{
    Reply reply = Reply::json(enrolment.toJson(), status);
    reply.withHeader("Cache-Control", "no-store");
    return reply;
}

} // namespace

Reply listStaffAccounts(HandlerContext &context, const RequestContext &request)
{
    const auto admin = adminOf(context, request);
    if (!admin)
        return refusal(admin.problem());
    QJsonArray items;
    for (const StaffAccount &account : service(context).list())
        items.append(account.toJson());
    return Reply::json(QJsonObject { { QStringLiteral("items"), items } });
}

Reply getStaffAccount(HandlerContext &context, const RequestContext &request)
{
    const auto admin = adminOf(context, request);
    if (!admin)
        return refusal(admin.problem());
    const auto account = service(context).get(request.pathArguments.value(0));
    if (!account)
        return Reply::problem(account.problem());
    return Reply::json(account.value().toJson());
}

Reply createStaffAccount(HandlerContext &context, const RequestContext &request)
{
    const auto admin = adminOf(context, request);
    if (!admin)
        return refusal(admin.problem());
    const auto body = JsonBody::parse(request);
    if (!body)
        return Reply::problem(body.problem());
    const auto enrolment = service(context).create(admin.value(), body.value());
    if (!enrolment)
        return Reply::problem(enrolment.problem());
    return enrolmentReply(enrolment.value(), 201);
}

Reply updateStaffAccount(HandlerContext &context, const RequestContext &request)
{
    const auto admin = adminOf(context, request);
    if (!admin)
        return refusal(admin.problem());
    const auto body = JsonBody::parse(request);
    if (!body)
        return Reply::problem(body.problem());
    const auto account =
        service(context).update(admin.value(), request.pathArguments.value(0), body.value());
    if (!account)
        return Reply::problem(account.problem());
    return Reply::json(account.value().toJson());
}

Reply resetStaffTotp(HandlerContext &context, const RequestContext &request)
{
    const auto admin = adminOf(context, request);
    if (!admin)
        return refusal(admin.problem());
    const auto enrolment =
        service(context).resetTotp(admin.value(), request.pathArguments.value(0));
    if (!enrolment)
        return Reply::problem(enrolment.problem());
    return enrolmentReply(enrolment.value(), 200);
}

} // namespace rathaus::server::http::handlers
