#pragma once

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

namespace rathaus {

// What a service costs, as data. Wire format:
// {"base_cents": 1200, "currency": "EUR",
//  "per_unit": [{"field": "copies", "cents": 600, "free_units": 1}],
//  "per_option": [{"field": "volume", "cents": {"small": 0, "large": 2500}}]}
struct FeeRule
{
    struct PerUnit
    {
        QString field;
        qint64 cents = 0;
        qint64 freeUnits = 0;

        friend bool operator==(const PerUnit &, const PerUnit &) = default;
    };
    struct PerOption
    {
        QString field;
        QMap<QString, qint64> cents; // option value -> cents

        friend bool operator==(const PerOption &, const PerOption &) = default;
    };

    qint64 baseCents = 0;
    QString currency = QStringLiteral("EUR");
    QList<PerUnit> perUnit;
    QList<PerOption> perOption;

    // The fee for these (already validated) form values.
    qint64 compute(const QJsonObject &data) const;
    // Lowest possible fee (all units free, cheapest options): "from 0.00 EUR".
    qint64 minimumCents() const;
    bool isVariable() const { return !perUnit.isEmpty() || !perOption.isEmpty(); }
    bool isFree() const { return !isVariable() && baseCents == 0; }

    QJsonObject toJson() const;
    // Tolerant: missing members are zero or empty.
    static FeeRule fromJson(const QJsonObject &object);

    friend bool operator==(const FeeRule &, const FeeRule &) = default;
};

} // namespace rathaus
