#include "server/http/IdempotencyKey.h"

namespace rathaus::server::http {

namespace {

constexpr qsizetype kMaxKeyLength = 255;

} // namespace

Result<IdempotentCreate> optionalIdempotency(const RequestContext &request, const QString &userId,
                                             const QJsonObject &body)
{
    const QByteArray key = request.header("Idempotency-Key").trimmed();
    bool visible = key.size() <= kMaxKeyLength;
    for (const char c : key)
        visible = visible && c > 0x20 && c < 0x7f;
    if (!visible)
        return Problem::make(400, QStringLiteral("invalid-idempotency-key"),
                             QStringLiteral("Invalid Idempotency-Key"),
                             QStringLiteral("An Idempotency-Key has 1 to 255 visible ASCII "
                                            "characters."));
    if (key.isEmpty())
        return IdempotentCreate(userId, {}, {});
    return IdempotentCreate(userId, QString::fromLatin1(key),
                            IdempotentCreate::requestHash(methodName(request.method),
                                                          request.path, body));
}

Reply createdReply(const IdempotentCreate::Answer &answer)
{
    Reply reply { answer.status, QByteArrayLiteral("application/json"), answer.body, {} };
    if (answer.replayed)
        reply.withHeader("Idempotent-Replayed", "true");
    return reply;
}

} // namespace rathaus::server::http
