#include "common/forms/FileFieldValue.h"

#include <QJsonArray>
#include <QJsonObject>

namespace rathaus {

namespace {

QString idOf(const QJsonValue &entry)
{
    if (entry.isString())
        return entry.toString();
    if (entry.isObject())
        return entry.toObject().value(QLatin1String("upload_id")).toString();
    return {};
}

} // namespace

std::optional<QStringList> fileUploadIds(const QJsonValue &value)
{
    const QJsonArray entries = value.isArray() ? value.toArray() : QJsonArray { value };
    QStringList ids;
    for (const QJsonValue &entry : entries) {
        const QString id = idOf(entry);
        if (id.isEmpty())
            return std::nullopt;
        ids.append(id);
    }
    return ids;
}

} // namespace rathaus
