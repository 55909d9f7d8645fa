#include "server/http/AuthHandlers.h"

#include "server/domain/LoginService.h"
#include "server/domain/SessionService.h"
#include "server/http/JsonBody.h"

namespace rathaus::server::http::handlers {

namespace {

// 401 answers carry the scheme the client should use (RFC 9110).
Reply unauthorized(const Problem &problem)
{
    return Reply::problem(problem).withHeader("WWW-Authenticate", "Bearer");
}

} // namespace

Reply login(HandlerContext &context, const RequestContext &request)
{
    const auto body = JsonBody::parse(request);
    if (!body)
        return Reply::problem(body.problem());
    QMap<QString, QString> errors;
    LoginService::Request login;
    login.username = JsonBody::requiredString(body.value(), QStringLiteral("username"), &errors);
    login.password = JsonBody::requiredString(body.value(), QStringLiteral("password"), &errors);
    login.totp = JsonBody::optionalString(body.value(), QStringLiteral("totp"), &errors);
    if (!errors.isEmpty())
        return Reply::problem(JsonBody::validationProblem(errors));
    login.address = request.remoteAddress.toString();

    const LoginService::Outcome outcome = context.login.login(login);
    if (outcome.result)
        return Reply::json(outcome.result.value().toJson());
    Reply reply = Reply::problem(outcome.result.problem());
    if (outcome.retryAfterSeconds > 0)
        reply.withHeader("Retry-After", QByteArray::number(outcome.retryAfterSeconds));
    return reply;
}

Reply refresh(HandlerContext &context, const RequestContext &request)
{
    const auto body = JsonBody::parse(request);
    if (!body)
        return Reply::problem(body.problem());
    QMap<QString, QString> errors;
    const QString token =
        JsonBody::requiredString(body.value(), QStringLiteral("refresh_token"), &errors);
    if (!errors.isEmpty())
        return Reply::problem(JsonBody::validationProblem(errors));
    const auto pair = context.sessions.refresh(token);
    if (!pair)
        return unauthorized(pair.problem());
    return Reply::json(pair.value().toJson());
}

Reply logout(HandlerContext &context, const RequestContext &request)
{
    const auto session = context.sessions.authenticate(request.bearerToken());
    if (!session)
        return unauthorized(session.problem());
    context.sessions.revoke(session.value().sessionId);
    return Reply::noContent();
}

Reply me(HandlerContext &context, const RequestContext &request)
{
    const auto session = context.sessions.authenticate(request.bearerToken());
    if (!session)
        return unauthorized(session.problem());
    return Reply::json(session.value().user.toInfo().toJson());
}

} // namespace rathaus::server::http::handlers
