#include "server/http/UploadHandlers.h"

#include "server/domain/SessionService.h"
#include "server/domain/UploadService.h"
#include "server/http/Caller.h"

#include <QUrl>

namespace rathaus::server::http::handlers {

Reply createUpload(HandlerContext &context, const RequestContext &request)
{
    const auto user = callerOf(context, request);
    if (!user)
        return refusal(user.problem());
    const auto upload =
        UploadService(context.database, context.clock)
            .create(user.value(), request.header("Content-Type"), request.header("X-Filename"),
                    request.body, context.maxUploadBytes);
    if (!upload)
        return Reply::problem(upload.problem());
    return Reply::json(UploadService::toJson(upload.value()), 201)
        .withHeader("Location", "/api/v1/uploads/" + upload.value().id.toLatin1());
}

Reply getUpload(HandlerContext &context, const RequestContext &request)
{
    const auto user = callerOf(context, request);
    if (!user)
        return refusal(user.problem());
    const auto file = UploadService(context.database, context.clock)
                          .open(user.value(), request.pathArguments.value(0));
    if (!file)
        return Reply::problem(file.problem());
    const StoredUpload &meta = file.value().meta;
    // The sanitised name has no quotes or control characters; the ASCII
    // fallback drops everything else, filename* carries the real name.
    QByteArray ascii;
    for (const QChar c : meta.filename)
        ascii.append(c.unicode() >= 0x20 && c.unicode() < 0x7f && c != QLatin1Char('\\')
                         ? char(c.unicode())
                         : '_');
    Reply reply { 200, meta.mediaType.toLatin1(), file.value().content, {} };
    reply.withHeader("Content-Disposition",
                     "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" +
                         QUrl::toPercentEncoding(meta.filename));
    reply.withHeader("X-Content-SHA256", meta.sha256.toLatin1());
    return reply;
}

} // namespace rathaus::server::http::handlers
