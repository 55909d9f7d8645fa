#include "server/http/Reply.h"

#include <QHttpServerResponse>
#include <QJsonDocument>

namespace rathaus::server::http {

namespace {
const QByteArray kJson = QByteArrayLiteral("application/json");
const QByteArray kProblemJson = QByteArrayLiteral("application/problem+json");

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 408:
        return "Request Timeout";
    case 404:
        return "Not Found";
    case 409:
        return "Conflict";
    case 411:
        return "Length Required";
    case 413:
        return "Content Too Large";
    case 415:
        return "Unsupported Media Type";
    case 422:
        return "Unprocessable Content";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}
} // namespace

Reply Reply::json(const QJsonObject &object, int status)
{
    return { status, kJson, QJsonDocument(object).toJson(QJsonDocument::Compact), {} };
}

Reply Reply::json(const QJsonArray &array, int status)
{
    return { status, kJson, QJsonDocument(array).toJson(QJsonDocument::Compact), {} };
}

Reply Reply::problem(const Problem &problem)
{
    return { problem.status,
             kProblemJson,
             QJsonDocument(problem.toJson()).toJson(QJsonDocument::Compact),
             {} };
}

Reply Reply::problem(int status, const QString &slug, const QString &title, const QString &detail)
{
    return problem(Problem::make(status, slug, title, detail));
}

Reply Reply::noContent()
{
    return { 204, {}, {}, {} };
}

Reply &Reply::withHeader(const QByteArray &name, const QByteArray &value)
{
    headers.append({ name, value });
    return *this;
}

QHttpServerResponse Reply::toResponse() const
{
    const auto code = static_cast<QHttpServerResponse::StatusCode>(status);
    QHttpServerResponse response = contentType.isEmpty()
        ? QHttpServerResponse(code)
        : QHttpServerResponse(contentType, body, code);
    for (const auto &[name, value] : headers)
        response.setHeader(name, value);
    return response;
}

QByteArray serialise(const Reply &reply, bool closeConnection)
{
    QByteArray out =
        "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + reasonPhrase(reply.status) + "\r\n";
    if (!reply.contentType.isEmpty())
        out += "Content-Type: " + reply.contentType + "\r\n";
    out += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n";
    for (const auto &[name, value] : reply.headers)
        out += name + ": " + value + "\r\n";
    if (closeConnection)
        out += "Connection: close\r\n";
    out += "\r\n";
    out += reply.body;
    return out;
}

} // namespace rathaus::server::http
