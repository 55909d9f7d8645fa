#include "server/http/IfMatch.h"

namespace rathaus::server::http {

std::optional<int> parseIfMatch(const QByteArray &value)
{
    QByteArray tag = value.trimmed();
    if (tag.isEmpty())
        return 0;
    if (tag.size() >= 2 && tag.startsWith('"') && tag.endsWith('"'))
        tag = tag.mid(1, tag.size() - 2);
    bool ok = false;
    const int version = tag.toInt(&ok);
    if (!ok || version < 1)
        return std::nullopt;
    return version;
}

Result<int> requiredIfMatch(const RequestContext &request, const QString &resource,
                            const QString &readRoute)
{
    const std::optional<int> version = parseIfMatch(request.header("If-Match"));
    if (!version)
        return Problem::make(400, QStringLiteral("invalid-if-match"),
                             QStringLiteral("Invalid If-Match"),
                             QStringLiteral("If-Match carries the %1's version, e.g. "
                                            "If-Match: \"3\".")
                                 .arg(resource));
    if (*version == 0)
        return Problem::make(428, QStringLiteral("if-match-required"),
                             QStringLiteral("If-Match required"),
                             QStringLiteral("Send If-Match with the %1's version (from %2) so "
                                            "that a change made meanwhile is not overwritten.")
                                 .arg(resource, readRoute));
    return *version;
}

} // namespace rathaus::server::http
