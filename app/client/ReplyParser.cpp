#include "app/client/ReplyParser.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonParseError>
#include <QNetworkReply>

namespace rathaus::client {

namespace {

// Failures of the connection itself (status 0): what happened and what to do.
Problem networkProblem(QNetworkReply *reply, bool timedOut)
{
    const QNetworkReply::NetworkError error = reply->error();
    if (timedOut || error == QNetworkReply::TimeoutError ||
        error == QNetworkReply::OperationCanceledError) {
        return Problem::make(
            0, QStringLiteral("timeout"),
            QCoreApplication::translate("ApiClient", "The city's server did not answer in time."),
            QCoreApplication::translate("ApiClient", "Please try again in a few minutes."));
    }
    switch (error) {
    case QNetworkReply::SslHandshakeFailedError:
        return Problem::make(
            0, QStringLiteral("tls-error"),
            QCoreApplication::translate("ApiClient",
                                        "The identity of the city's server could not be verified."),
            QCoreApplication::translate("ApiClient",
                                        "The connection was stopped to protect your data. "
                                        "Check the server address in the settings."));
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::TemporaryNetworkFailureError:
        return Problem::make(
            0, QStringLiteral("unreachable"),
            QCoreApplication::translate("ApiClient", "The city's server cannot be reached."),
            QCoreApplication::translate("ApiClient",
                                        "Check your internet connection and try again."));
    case QNetworkReply::RemoteHostClosedError:
    default:
        return Problem::make(
            0, QStringLiteral("connection-lost"),
            QCoreApplication::translate("ApiClient",
                                        "The connection to the city's server was interrupted."),
            QCoreApplication::translate("ApiClient", "Please try again."));
    }
}

// An error status without a problem+json body (a proxy's 502, a bare 503).
Problem statusProblem(int status, std::optional<int> retryAfter)
{
    if (status == 429) {
        QString detail = retryAfter
            ? QCoreApplication::translate("ApiClient", "Please try again in %n second(s).", nullptr,
                                          *retryAfter)
            : QCoreApplication::translate("ApiClient", "Please wait a moment and try again.");
        return Problem::make(
            status, QStringLiteral("rate-limited"),
            QCoreApplication::translate("ApiClient", "Too many requests were sent."), detail);
    }
    if (status == 502 || status == 503 || status == 504) {
        return Problem::make(
            status, QStringLiteral("unavailable"),
            QCoreApplication::translate("ApiClient",
                                        "The city's server is not available right now."),
            QCoreApplication::translate("ApiClient", "Please try again in a few minutes."));
    }
    if (status >= 500) {
        return Problem::make(
            status, QStringLiteral("server-error"),
            QCoreApplication::translate("ApiClient", "The city's server had a problem."),
            QCoreApplication::translate(
                "ApiClient",
                "Please try again later. If this keeps happening, contact your city."));
    }
    if (status == 401) {
        return Problem::make(status, QStringLiteral("unauthorized"),
                             QCoreApplication::translate("ApiClient", "You are not signed in."),
                             QCoreApplication::translate("ApiClient", "Please sign in again."));
    }
    if (status == 403) {
        return Problem::make(
            status, QStringLiteral("forbidden"),
            QCoreApplication::translate("ApiClient", "You are not allowed to do this."));
    }
    if (status == 404) {
        return Problem::make(status, QStringLiteral("not-found"),
                             QCoreApplication::translate("ApiClient", "This was not found."));
    }
    return Problem::make(
        status, QStringLiteral("http-error"),
        QCoreApplication::translate("ApiClient", "The city's server refused the request."));
}

bool isJsonMedia(const QByteArray &contentType)
{
    const QByteArray type = contentType.split(';').value(0).trimmed().toLower();
    return type == "application/json" || type == "application/problem+json";
}

} // namespace

std::optional<int> ReplyParser::retryAfterSeconds(QNetworkReply *reply)
{
    bool ok = false;
    const int seconds = reply->rawHeader("Retry-After").trimmed().toInt(&ok);
    if (!ok || seconds < 0)
        return std::nullopt;
    return seconds;
}

bool ReplyParser::isTransient(const Problem &problem)
{
    if (problem.status == 0)
        return problem.slug() == QLatin1String("timeout") ||
            problem.slug() == QLatin1String("connection-lost") ||
            problem.slug() == QLatin1String("unreachable");
    return problem.status == 429 || problem.status == 502 || problem.status == 503 ||
        problem.status == 504;
}

ApiResult ReplyParser::parse(QNetworkReply *reply, bool timedOut, bool rawBody)
{
    const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (timedOut || !statusAttribute.isValid())
        return networkProblem(reply, timedOut);

    const int status = statusAttribute.toInt();
    const QByteArray body = reply->readAll();
    const QByteArray contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();

    if (rawBody && status < 400) {
        ApiResponse response;
        response.status = status;
        response.requestId = reply->rawHeader("X-Request-Id");
        response.body = body;
        response.contentType = contentType;
        return response;
    }

    QJsonDocument json;
    if (!body.isEmpty()) {
        QJsonParseError parseError;
        json = QJsonDocument::fromJson(body, &parseError);
        if (parseError.error != QJsonParseError::NoError)
            json = {};
    }

    if (status >= 400) {
        if (json.isObject() && isJsonMedia(contentType)) {
            Problem problem = Problem::fromJson(json.object());
            problem.status = status; // the transport's status is the authority
            if (problem.title.isEmpty())
                problem.title = statusProblem(status, retryAfterSeconds(reply)).title;
            return problem;
        }
        return statusProblem(status, retryAfterSeconds(reply));
    }

    if (!body.isEmpty() && json.isNull()) {
        return Problem::make(
            status, QStringLiteral("malformed-response"),
            QCoreApplication::translate("ApiClient",
                                        "The city's server sent an answer that could not be read."),
            QCoreApplication::translate("ApiClient", "Please try again later."));
    }
    ApiResponse response;
    response.status = status;
    response.json = json;
    response.requestId = reply->rawHeader("X-Request-Id");
    return response;
}

} // namespace rathaus::client
