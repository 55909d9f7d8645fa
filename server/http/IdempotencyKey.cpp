#include "server/http/IdempotencyKey.h"

namespace rathaus::server::http {

namespace {
constexpr qsizetype kMaxKeyLength = 255;
}

Result<QString> idempotencyKeyOf(const RequestContext &request)
{
    const QByteArray key = request.header("Idempotency-Key").trimmed();
    if (key.isEmpty())
        return Problem::make(400, QStringLiteral("idempotency-key-required"),
                             QStringLiteral("Idempotency-Key required"),
                             QStringLiteral("Send an Idempotency-Key header (1 to 255 "
                                            "characters), the same for every retry."));
    bool visible = key.size() <= kMaxKeyLength;
    for (const char c : key)
        visible = visible && c > 0x20 && c < 0x7f;
    if (!visible)
        return Problem::make(400, QStringLiteral("invalid-idempotency-key"),
                             QStringLiteral("Invalid Idempotency-Key"),
                             QStringLiteral("An Idempotency-Key has 1 to 255 visible ASCII "
                                            "characters."));
    return QString::fromLatin1(key);
}

} // namespace rathaus::server::http
