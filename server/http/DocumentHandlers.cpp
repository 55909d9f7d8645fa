#include "server/http/DocumentHandlers.h"

#include "server/domain/DocumentService.h"
#include "server/domain/SessionService.h"

namespace rathaus::server::http::handlers {

Reply getDocument(HandlerContext &context, const RequestContext &request)
{
    const auto session = context.sessions.authenticate(request.bearerToken());
    if (!session)
        return Reply::problem(session.problem()).withHeader("WWW-Authenticate", "Bearer");
    if (session.value().user.role != Role::Citizen)
        return Reply::problem(403, QStringLiteral("forbidden"), QStringLiteral("Not allowed"),
                              QStringLiteral("Staff see documents in the case."));
    const auto document = DocumentService(context.database, context.clock, &context.events)
                              .forCitizen(session.value().user.id, request.pathArguments.value(0));
    if (!document)
        return Reply::problem(document.problem());
    return Reply::json(document.value());
}

Reply verifyDocument(HandlerContext &context, const RequestContext &request)
{
    const auto result = DocumentService(context.database, context.clock, &context.events)
                            .verify(request.pathArguments.value(0));
    if (!result)
        return Reply::problem(result.problem());
    return Reply::json(result.value());
}

} // namespace rathaus::server::http::handlers
