#include "server/http/IdempotencyKey.h"

namespace rathaus::server::http {

namespace {

constexpr qsizetype kMaxKeyLength = 255;

// Present keys must be visible ASCII of at most 255 characters.
std::optional<Problem> malformed(const QByteArray &key)
{
    bool visible = key.size() <= kMaxKeyLength;
    for (const char c : key)
        visible = visible && c > 0x20 && c < 0x7f;
    if (visible)
        return std::nullopt;
    return Problem::make(400, QStringLiteral("invalid-idempotency-key"),
                         QStringLiteral("Invalid Idempotency-Key"),
                         QStringLiteral("An Idempotency-Key has 1 to 255 visible ASCII "
                                        "characters."));
}

} // namespace

Result<QString> idempotencyKeyOf(const RequestContext &request)
{
    const QByteArray key = request.header("Idempotency-Key").trimmed();
    if (key.isEmpty())
        return Problem::make(400, QStringLiteral("idempotency-key-required"),
                             QStringLiteral("Idempotency-Key required"),
                             QStringLiteral("Send an Idempotency-Key header (1 to 255 "
                                            "characters), the same for every retry."));
    if (const auto problem = malformed(key))
        return *problem;
    return QString::fromLatin1(key);
}

Result<IdempotentCreate> optionalIdempotency(const RequestContext &request, const QString &userId,
                                             const QJsonObject &body)
{
    const QByteArray key = request.header("Idempotency-Key").trimmed();
    if (const auto problem = malformed(key))
        return *problem;
    if (key.isEmpty())
        return IdempotentCreate(userId, {}, {});
    return IdempotentCreate(
        userId, QString::fromLatin1(key),
        IdempotentCreate::requestHash(methodName(request.method), request.path, body));
}

Reply createdReply(const IdempotentCreate::Answer &answer)
{
    Reply reply { answer.status, QByteArrayLiteral("application/json"), answer.body, {} };
    if (answer.replayed)
        reply.withHeader("Idempotent-Replayed", "true");
    return reply;
}

} // namespace rathaus::server::http
