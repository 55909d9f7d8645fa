#include "common/forms/FeeRule.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <limits>

namespace rathaus {

namespace {

// Units come from a JSON number; whole units only, and a nonsense value
// (negative, NaN, huge) must never turn into a negative or overflowing fee.
qint64 unitsOf(const QJsonValue &value)
{
    if (!value.isDouble())
        return 0;
    const double number = value.toDouble();
    if (!std::isfinite(number) || number <= 0)
        return 0;
    return static_cast<qint64>(std::min(std::floor(number), 1e12));
}

} // namespace

qint64 FeeRule::compute(const QJsonObject &data) const
{
    qint64 total = baseCents;
    for (const PerUnit &rule : perUnit) {
        const qint64 charged =
            std::max<qint64>(0, unitsOf(data.value(rule.field)) - rule.freeUnits);
        total += charged * rule.cents;
    }
    for (const PerOption &rule : perOption) {
        const QJsonValue value = data.value(rule.field);
        if (value.isString()) {
            total += rule.cents.value(value.toString(), 0);
        } else if (value.isArray()) {
            for (const QJsonValue &chosen : value.toArray())
                total += rule.cents.value(chosen.toString(), 0);
        }
    }
    return total;
}

qint64 FeeRule::minimumCents() const
{
    qint64 total = baseCents;
    for (const PerOption &rule : perOption) {
        if (!rule.cents.isEmpty())
            total += *std::min_element(rule.cents.cbegin(), rule.cents.cend());
    }
    return total;
}

QJsonObject FeeRule::toJson() const
{
    QJsonArray units;
    for (const PerUnit &rule : perUnit)
        units.append(QJsonObject { { QStringLiteral("field"), rule.field },
                                   { QStringLiteral("cents"), rule.cents },
                                   { QStringLiteral("free_units"), rule.freeUnits } });
    QJsonArray options;
    for (const PerOption &rule : perOption) {
        QJsonObject cents;
        for (auto it = rule.cents.cbegin(); it != rule.cents.cend(); ++it)
            cents.insert(it.key(), it.value());
        options.append(QJsonObject { { QStringLiteral("field"), rule.field },
                                     { QStringLiteral("cents"), cents } });
    }
    return { { QStringLiteral("base_cents"), baseCents },
             { QStringLiteral("currency"), currency },
             { QStringLiteral("per_unit"), units },
             { QStringLiteral("per_option"), options } };
}

FeeRule FeeRule::fromJson(const QJsonObject &object)
{
    FeeRule rule;
    rule.baseCents = object.value(QLatin1String("base_cents")).toInteger();
    const QString currency = object.value(QLatin1String("currency")).toString();
    if (!currency.isEmpty())
        rule.currency = currency;
    for (const QJsonValue &entry : object.value(QLatin1String("per_unit")).toArray()) {
        const QJsonObject unit = entry.toObject();
        rule.perUnit.append({ unit.value(QLatin1String("field")).toString(),
                              unit.value(QLatin1String("cents")).toInteger(),
                              unit.value(QLatin1String("free_units")).toInteger() });
    }
    for (const QJsonValue &entry : object.value(QLatin1String("per_option")).toArray()) {
        const QJsonObject option = entry.toObject();
        PerOption parsed;
        parsed.field = option.value(QLatin1String("field")).toString();
        const QJsonObject cents = option.value(QLatin1String("cents")).toObject();
        for (auto it = cents.constBegin(); it != cents.constEnd(); ++it)
            parsed.cents.insert(it.key(), it.value().toInteger());
        rule.perOption.append(parsed);
    }
    return rule;
}

} // namespace rathaus
