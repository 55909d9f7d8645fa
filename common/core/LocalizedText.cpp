#include "common/core/LocalizedText.h"

#include <QJsonObject>

namespace rathaus {

QString LocalizedText::in(const QString &language) const
{
    if (language.startsWith(QLatin1String("en")) && !en.isEmpty())
        return en;
    if (de.isEmpty())
        return en;
    return de;
}

QJsonValue LocalizedText::toJson() const
{
    return QJsonObject { { QStringLiteral("de"), de }, { QStringLiteral("en"), en } };
}

LocalizedText LocalizedText::fromJson(const QJsonValue &value)
{
    if (value.isString())
        return { value.toString(), value.toString() };
    const QJsonObject object = value.toObject();
    return { object.value(QLatin1String("de")).toString(),
             object.value(QLatin1String("en")).toString() };
}

} // namespace rathaus
