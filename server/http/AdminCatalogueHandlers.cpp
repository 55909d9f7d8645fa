#include "server/http/AdminCatalogueHandlers.h"

#include "server/domain/CatalogueAdminService.h"
#include "server/http/Caller.h"
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

// If-Match: the version as sent by GET: 3 or "3". nullopt when malformed; 0 when absent.
std::optional<int> ifMatchOf(const RequestContext &request)
{
    QByteArray value = request.header("If-Match").trimmed();
    if (value.isEmpty())
        return 0;
    if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"'))
        value = value.mid(1, value.size() - 2);
    bool ok = false;
    const int version = value.toInt(&ok);
    if (!ok || version < 1)
        return std::nullopt;
    return version;
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
    const auto version = ifMatchOf(request);
    if (!version)
        return Reply::problem(400, QStringLiteral("invalid-if-match"),
                              QStringLiteral("Invalid If-Match"),
                              QStringLiteral("If-Match carries the service's version, e.g. "
                                             "If-Match: \"3\"."));
    if (*version == 0)
        return Reply::problem(428, QStringLiteral("if-match-required"),
                              QStringLiteral("If-Match required"),
                              QStringLiteral("Send If-Match with the service's version (from "
                                             "GET /admin/services/{id}) so that a change made "
                                             "meanwhile is not overwritten."));
    const auto body = JsonBody::parse(request);
    if (!body)
        return Reply::problem(body.problem());
    return document(CatalogueAdminService(context.database, context.clock)
                        .replace(admin.value(), id, *version, body.value()));
}

} // namespace rathaus::server::http::handlers
