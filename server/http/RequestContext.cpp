#include "server/http/RequestContext.h"

#include "common/crypto/Crypto.h"

#include <QUrl>

namespace rathaus::server::http {

QByteArray RequestContext::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QString RequestContext::bearerToken() const
{
    const QByteArray value = header("Authorization").trimmed();
    if (value.size() < 7 || value.left(7).compare("Bearer ", Qt::CaseInsensitive) != 0)
        return {};
    return QString::fromLatin1(value.mid(7).trimmed());
}

QString RequestContext::queryValue(const QString &name) const
{
    if (!query.hasQueryItem(name))
        return {};
    return query.queryItemValue(name, QUrl::FullyDecoded);
}

RequestContext RequestContext::from(const QHttpServerRequest &request, QStringList pathArguments)
{
    RequestContext context;
    context.method = request.method();
    context.path = request.url().path();
    context.pathArguments = std::move(pathArguments);
    context.query = QUrlQuery(request.url());
    context.body = request.body();
    context.headers = request.headers();
    context.remoteAddress = request.remoteAddress();
    context.requestId = requestIdFor(context.header("X-Request-Id"));
    return context;
}

QByteArray methodName(QHttpServerRequest::Method method)
{
    using M = QHttpServerRequest::Method;
    switch (method) {
    case M::Get:
        return "GET";
    case M::Put:
        return "PUT";
    case M::Delete:
        return "DELETE";
    case M::Post:
        return "POST";
    case M::Head:
        return "HEAD";
    case M::Options:
        return "OPTIONS";
    case M::Patch:
        return "PATCH";
    case M::Connect:
        return "CONNECT";
    case M::Trace:
        return "TRACE";
    default:
        return "UNKNOWN";
    }
}

QByteArray requestIdFor(const QByteArray &clientValue)
{
    const QByteArray value = clientValue.trimmed();
    bool sane = !value.isEmpty() && value.size() <= 64;
    for (char c : value) {
        if (!sane)
            break;
        sane = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
            c == '-' || c == '_' || c == '.';
    }
    if (sane)
        return value;
    return crypto::randomBytes(12).toHex();
}

} // namespace rathaus::server::http
