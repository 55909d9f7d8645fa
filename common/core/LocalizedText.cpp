#include "common/core/LocalizedText.h"

#include <QJsonObject>

namespace rathaus {

QString LocalizedText::in(const QString &language) const
{
    // Turkish, Arabic, ...: the city writes only German and English, and
    // English is the one a reader of another language more likely knows.
    const bool german = language.isEmpty() || language.startsWith(QLatin1String("de"));
    if (!german && !en.isEmpty())
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
