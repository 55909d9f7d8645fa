#include "server/http/JsonBody.h"

#include <QJsonDocument>

namespace rathaus::server::http {

Result<QJsonObject> JsonBody::parse(const RequestContext &request)
{
    const QByteArray contentType = request.header("Content-Type");
    const QList<QByteArray> parts = contentType.split(';');
    const QByteArray mediaType = parts.value(0).trimmed().toLower();
    bool utf8 = true;
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QByteArray parameter = parts.at(i).trimmed().toLower();
        if (parameter.startsWith("charset="))
            utf8 = parameter.mid(8).replace('"', "") == "utf-8";
    }
    if (mediaType != "application/json" || !utf8) {
        return Problem::make(415, QStringLiteral("unsupported-media-type"),
                             QStringLiteral("Unsupported media type"),
                             QStringLiteral("Send the body as application/json (UTF-8)."));
    }
    if (request.body.size() > kMaxJsonBytes) {
        return Problem::make(
            413, QStringLiteral("payload-too-large"), QStringLiteral("Request body too large"),
            QStringLiteral("A JSON body may have at most %1 bytes.").arg(kMaxJsonBytes));
    }
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        return Problem::make(400, QStringLiteral("malformed-json"),
                             QStringLiteral("Malformed request body"),
                             QStringLiteral("The body is not a JSON object."));
    }
    return document.object();
}

QString JsonBody::requiredString(const QJsonObject &object, const QString &key,
                                 QMap<QString, QString> *errors)
{
    const QJsonValue value = object.value(key);
    if (value.isString() && !value.toString().isEmpty())
        return value.toString();
    errors->insert(key,
                   value.isUndefined() || value.isNull() || value.isString()
                       ? QStringLiteral("required")
                       : QStringLiteral("must be a string"));
    return {};
}

QString JsonBody::optionalString(const QJsonObject &object, const QString &key,
                                 QMap<QString, QString> *errors)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isString()) {
        errors->insert(key, QStringLiteral("must be a string"));
        return {};
    }
    return value.toString();
}

Problem JsonBody::validationProblem(const QMap<QString, QString> &errors)
{
    Problem problem =
        Problem::make(422, QStringLiteral("validation-failed"), QStringLiteral("Invalid request"),
                      QStringLiteral("Some fields are missing or invalid."));
    problem.fieldErrors = errors;
    return problem;
}

} // namespace rathaus::server::http
