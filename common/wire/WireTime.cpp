#include "common/wire/WireTime.h"

#include <QRegularExpression>
#include <QTimeZone>

namespace rathaus::wire {

QString toWireTime(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QJsonValue toWireTimeValue(const QDateTime &time)
{
    if (!time.isValid())
        return QJsonValue::Null;
    return toWireTime(time);
}

std::optional<QDateTime> fromWireTime(const QString &text)
{
    // Qt's ISO parser also takes dates without a time, local times and
    // "T24:00"; RFC 3339 demands a full date, time and zone, so check the
    // shape first. (Leap seconds, ":60", are refused: QDateTime has none.)
    static const QRegularExpression shape(QStringLiteral(
        R"(^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,9})?(Z|[+-]\d{2}:[0-5]\d)$)"));
    if (!shape.match(text).hasMatch())
        return std::nullopt;
    QString normalised = text;
    // Qt reads at most milliseconds: cut longer fractions to three digits.
    const qsizetype dot = normalised.indexOf(QLatin1Char('.'));
    if (dot >= 0) {
        qsizetype end = dot + 1;
        while (end < normalised.size() && normalised.at(end).isDigit())
            ++end;
        if (end - dot - 1 > 3)
            normalised.remove(dot + 4, end - dot - 4);
    }
    const QDateTime parsed = QDateTime::fromString(normalised, Qt::ISODateWithMs);
    if (!parsed.isValid())
        return std::nullopt;
    return parsed.toUTC();
}

QDateTime readTime(JsonReader &reader, const char *key)
{
    const QString text = reader.string(key);
    if (!reader.ok())
        return {};
    const auto time = fromWireTime(text);
    if (!time) {
        reader.fail(QStringLiteral("\"%1\" is not an RFC 3339 time: \"%2\".")
                        .arg(QLatin1String(key), text));
        return {};
    }
    return *time;
}

QDateTime readOptionalTime(JsonReader &reader, const char *key)
{
    const QString text = reader.optionalString(key);
    if (text.isEmpty() || !reader.ok())
        return {};
    const auto time = fromWireTime(text);
    if (!time) {
        reader.fail(QStringLiteral("\"%1\" is not an RFC 3339 time: \"%2\".")
                        .arg(QLatin1String(key), text));
        return {};
    }
    return *time;
}

} // namespace rathaus::wire
