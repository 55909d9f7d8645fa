#include "server/http/Caller.h"

#include "server/domain/SessionService.h"

namespace rathaus::server::http {

Reply refusal(const Problem &problem)
{
    Reply reply = Reply::problem(problem);
    if (problem.status == 401)
        reply.withHeader("WWW-Authenticate", "Bearer");
    return reply;
}

Result<UserRecord> callerOf(HandlerContext &context, const RequestContext &request)
{
    const auto session = context.sessions.authenticate(request.bearerToken());
    if (!session)
        return session.problem();
    return session.value().user;
}

Result<UserRecord> citizenOf(HandlerContext &context, const RequestContext &request)
{
    auto user = callerOf(context, request);
    if (user && user.value().role != Role::Citizen)
        return Problem::make(403, QStringLiteral("forbidden"), QStringLiteral("Not allowed"),
                             QStringLiteral("Only citizens may do this."));
    return user;
}

Result<UserRecord> officeStaffOf(HandlerContext &context, const RequestContext &request)
{
    auto user = callerOf(context, request);
    if (!user)
        return user;
    const UserRecord &staff = user.value();
    const bool officeStaff = staff.role == Role::Caseworker || staff.role == Role::Lead;
    if (!officeStaff || staff.officeId.isEmpty())
        return Problem::make(403, QStringLiteral("forbidden"), QStringLiteral("Not allowed"),
                             QStringLiteral("Only an office's caseworkers and leads may do this."));
    return user;
}

Result<UserRecord> adminOf(HandlerContext &context, const RequestContext &request)
{
    auto user = callerOf(context, request);
    if (user && user.value().role != Role::Admin)
        return Problem::make(403, QStringLiteral("forbidden"), QStringLiteral("Not allowed"),
                             QStringLiteral("Only the administrator may do this."));
    return user;
}

} // namespace rathaus::server::http
