#include "server/http/AdminCatalogueHandlers.h"

#include "server/domain/CatalogueAdminService.h"
#include "server/http/Caller.h"
#include "server/http/IfMatch.h"
#include "server/http/JsonBody.h"

#include <QRegularExpression>

namespace rathaus::server::http::handlers {

namespace {

bool isServiceId(const QString &id)
{
    static const QRegularExpression validId(QStringLiteral("^[a-z0-9][a-z0-9-]{0,63}$"));
    return validId.match(id).hasMatch();
}

Reply notFound()
{
    return Reply::problem(404, QStringLiteral("not-found"), QStringLiteral("Not found"),
                          QStringLiteral("There is no such service."));
}

// The document with its version as an ETag, so that PUT can send it back.
Reply document(const Result<QJsonObject> &result, int status = 200)
{
    if (!result)
        return Reply::problem(result.problem());
    const int version = result.value().value(QLatin1String("version")).toInt();
    return Reply::json(result.value(), status)
        .withHeader("ETag", '"' + QByteArray::number(version) + '"');
}

} // namespace

Reply adminServices(HandlerContext &context, const RequestContext &request)
{
    const auto admin = adminOf(context, request);
    if (!admin)
        return refusal(admin.problem());
    return Reply::json(CatalogueAdminService(context.database, context.clock).list());
}

Reply adminService(HandlerContext &context, const RequestContext &request)
{
    const auto admin = adminOf(context, request);
    if (!admin)
        return refusal(admin.problem());
    const QString id = request.pathArguments.value(0);
    if (!isServiceId(id))
        return notFound();
    return document(CatalogueAdminService(context.database, context.clock).get(id));
}

Reply createAdminService(HandlerContext &context, const RequestContext &request)
{
    const auto admin = adminOf(context, request);
    if (!admin)
        return refusal(admin.problem());
    const auto body = JsonBody::parse(request);
    if (!body)
        return Reply::problem(body.problem());
    const auto created =
        CatalogueAdminService(context.database, context.clock).create(admin.value(), body.value());
    Reply reply = document(created, 201);
    if (created)
        reply.withHeader("Location",
                         "/api/v1/admin/services/" +
                             created.value().value(QLatin1String("id")).toString().toUtf8());
    return reply;
}

Reply replaceAdminService(HandlerContext &context, const RequestContext &request)
{
    const auto admin = adminOf(context, request);
    if (!admin)
        return refusal(admin.problem());
    const QString id = request.pathArguments.value(0);
    if (!isServiceId(id))
        return notFound();
    const auto version = requiredIfMatch(request, QStringLiteral("service"),
                                         QStringLiteral("GET /admin/services/{id}"));
    if (!version)
        return Reply::problem(version.problem());
    const auto body = JsonBody::parse(request);
    if (!body)
        return Reply::problem(body.problem());
    return document(CatalogueAdminService(context.database, context.clock)
                        .replace(admin.value(), id, version.value(), body.value()));
}

} // namespace rathaus::server::http::handlers
