#include "common/wire/JsonReader.h"

#include <QJsonArray>

#include <cmath>

namespace rathaus::wire {

namespace {

bool isLocalizedText(const QJsonValue &value)
{
    if (value.isString())
        return true;
    if (!value.isObject())
        return false;
    const QJsonObject object = value.toObject();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!it.value().isString())
            return false;
    }
    return true;
}

bool isInteger(const QJsonValue &value)
{
    const double number = value.toDouble();
    return value.isDouble() && std::isfinite(number) && std::floor(number) == number &&
        std::fabs(number) < 9e15;
}

} // namespace

bool isAbsent(const QJsonValue &value)
{
    return value.isUndefined() || value.isNull();
}

Problem malformed(const QString &detail)
{
    return Problem::make(
        0, QStringLiteral("malformed-response"),
        QStringLiteral("The server sent an answer this program does not understand"), detail);
}

void JsonReader::fail(const QString &detail)
{
    if (!m_problem)
        m_problem = malformed(detail);
}

void JsonReader::wrong(const char *key)
{
    fail(QStringLiteral("%1: \"%2\" is missing or of the wrong type.")
             .arg(QLatin1String(m_what), QLatin1String(key)));
}

QJsonValue JsonReader::member(const char *key, bool required)
{
    const QJsonValue value = m_object.value(QLatin1String(key));
    if (required && isAbsent(value))
        wrong(key);
    return value;
}

QString JsonReader::string(const char *key)
{
    const QJsonValue value = member(key, true);
    if (!value.isString())
        wrong(key);
    return value.toString();
}

QString JsonReader::optionalString(const char *key, const QString &fallback)
{
    const QJsonValue value = member(key, false);
    if (isAbsent(value))
        return fallback;
    if (!value.isString())
        wrong(key);
    return value.toString();
}

LocalizedText JsonReader::text(const char *key)
{
    const QJsonValue value = member(key, true);
    if (!isLocalizedText(value))
        wrong(key);
    return LocalizedText::fromJson(value);
}

LocalizedText JsonReader::optionalText(const char *key)
{
    const QJsonValue value = member(key, false);
    if (isAbsent(value))
        return {};
    if (!isLocalizedText(value))
        wrong(key);
    return LocalizedText::fromJson(value);
}

qint64 JsonReader::integer(const char *key)
{
    const QJsonValue value = member(key, true);
    if (!isInteger(value))
        wrong(key);
    return value.toInteger();
}

qint64 JsonReader::optionalInteger(const char *key, qint64 fallback)
{
    const QJsonValue value = member(key, false);
    if (isAbsent(value))
        return fallback;
    if (!isInteger(value))
        wrong(key);
    return value.toInteger();
}

QJsonObject JsonReader::object(const char *key)
{
    const QJsonValue value = member(key, true);
    if (!value.isObject())
        wrong(key);
    return value.toObject();
}

QJsonArray JsonReader::array(const char *key)
{
    const QJsonValue value = member(key, true);
    if (!value.isArray())
        wrong(key);
    return value.toArray();
}

QJsonArray JsonReader::optionalArray(const char *key)
{
    const QJsonValue value = member(key, false);
    if (isAbsent(value))
        return {};
    if (!value.isArray())
        wrong(key);
    return value.toArray();
}

} // namespace rathaus::wire
