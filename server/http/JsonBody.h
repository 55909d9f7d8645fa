#pragma once

#include "common/core/Result.h"
#include "server/http/RequestContext.h"

#include <QJsonObject>

namespace rathaus::server::http {

// A JSON object request body: 415 "unsupported-media-type" unless the
// Content-Type is application/json (any charset parameter must be UTF-8),
// 413 "payload-too-large" above kMaxJsonBytes, 400 "malformed-json" unless it
// parses as one JSON object.
class JsonBody
{
public:
    static constexpr qsizetype kMaxJsonBytes = 1024 * 1024;

    static Result<QJsonObject> parse(const RequestContext &request);

    // Typed member access for handlers: a missing or wrongly typed member is
    // a field error (422), collected in `errors`.
    static QString requiredString(const QJsonObject &object, const QString &key,
                                  QMap<QString, QString> *errors);
    static QString optionalString(const QJsonObject &object, const QString &key,
                                  QMap<QString, QString> *errors);
    static Problem validationProblem(const QMap<QString, QString> &errors);
};

} // namespace rathaus::server::http
