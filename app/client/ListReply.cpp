#include "app/client/ListReply.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace rathaus::client {

Problem malformedResponse(int status)
{
    return Problem::make(
        status, QStringLiteral("malformed-response"),
        QCoreApplication::translate("ApiClient",
                                    "The city's server sent an answer that could not be read."));
}

Result<QJsonArray> listItems(const ApiResult &result)
{
    if (!result.ok())
        return result.problem();
    const QJsonDocument &json = result.value().json;
    if (json.isArray())
        return json.array();
    if (json.isObject() && json.object().value(QLatin1String("items")).isArray())
        return json.object().value(QLatin1String("items")).toArray();
    return malformedResponse(result.value().status);
}

} // namespace rathaus::client
