#include "common/forms/FeeRule.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using rathaus::FeeRule;

namespace {

FeeRule parse(const char *json)
{
    return FeeRule::fromJson(QJsonDocument::fromJson(json).object());
}

QJsonObject data(const char *json)
{
    return QJsonDocument::fromJson(json).object();
}

} // namespace

class TestFeeRule : public QObject
{
    Q_OBJECT

private slots:
    // The demo city's six services (domain.md).
    void meldebescheinigung()
    {
        const FeeRule fee = parse(R"({"base_cents": 500, "currency": "EUR"})");
        QCOMPARE(fee.compute({}), 500);
        QCOMPARE(fee.minimumCents(), 500);
        QVERIFY(!fee.isVariable());
        QVERIFY(!fee.isFree());
    }

    void anwohnerparkausweis()
    {
        const FeeRule fee = parse(R"({"base_cents": 3000})");
        QCOMPARE(fee.compute(data(R"({"plate": "LG-AB 123", "zone": "A"})")), 3000);
        QCOMPARE(fee.currency, QStringLiteral("EUR"));
    }

    void hundesteuerAndElterngeldAreFree()
    {
        for (const char *json : { R"({"base_cents": 0})", R"({})" }) {
            const FeeRule fee = parse(json);
            QVERIFY(fee.isFree());
            QCOMPARE(fee.compute(data(R"({"dog_name": "Bello"})")), 0);
            QCOMPARE(fee.minimumCents(), 0);
        }
    }

    void sperrmuellByVolume()
    {
        const FeeRule fee = parse(
            R"({"base_cents": 0, "per_option": [{"field": "volume", "cents": {"small": 0, "large": 2500}}]})");
        QVERIFY(fee.isVariable());
        QVERIFY(!fee.isFree());
        QCOMPARE(fee.compute(data(R"({"volume": "small"})")), 0);
        QCOMPARE(fee.compute(data(R"({"volume": "large"})")), 2500);
        QCOMPARE(fee.compute(data(R"({"volume": "unknown"})")), 0);
        QCOMPARE(fee.compute({}), 0);
        QCOMPARE(fee.minimumCents(), 0);
    }

    void geburtsurkundeCopies_data()
    {
        QTest::addColumn<QJsonValue>("copies");
        QTest::addColumn<qint64>("cents");
        QTest::newRow("one") << QJsonValue(1) << qint64(1200);
        QTest::newRow("two") << QJsonValue(2) << qint64(1800);
        QTest::newRow("five") << QJsonValue(5) << qint64(3600);
        QTest::newRow("missing") << QJsonValue() << qint64(1200);
        QTest::newRow("zero") << QJsonValue(0) << qint64(1200);
        QTest::newRow("negative") << QJsonValue(-3) << qint64(1200);
        QTest::newRow("fraction is whole units") << QJsonValue(2.9) << qint64(1800);
        QTest::newRow("string is no number") << QJsonValue(QStringLiteral("3")) << qint64(1200);
    }

    void geburtsurkundeCopies()
    {
        QFETCH(QJsonValue, copies);
        QFETCH(qint64, cents);
        const FeeRule fee = parse(
            R"({"base_cents": 1200, "per_unit": [{"field": "copies", "cents": 600, "free_units": 1}]})");
        QJsonObject values;
        if (!copies.isUndefined())
            values.insert(QStringLiteral("copies"), copies);
        QCOMPARE(fee.compute(values), cents);
        QCOMPARE(fee.minimumCents(), 1200);
    }

    void multichoiceOptionsAddUp()
    {
        const FeeRule fee = parse(
            R"({"base_cents": 100, "per_option": [{"field": "extras", "cents": {"a": 200, "b": 300, "c": 50}}]})");
        QCOMPARE(fee.compute(data(R"({"extras": ["a", "b"]})")), 600);
        QCOMPARE(fee.compute(data(R"({"extras": []})")), 100);
        QCOMPARE(fee.minimumCents(), 150);
    }

    void roundTrip()
    {
        FeeRule fee;
        fee.baseCents = 1200;
        fee.perUnit.append({ QStringLiteral("copies"), 600, 1 });
        fee.perOption.append(
            { QStringLiteral("volume"),
              { { QStringLiteral("small"), 0 }, { QStringLiteral("large"), 2500 } } });
        const QJsonObject json = fee.toJson();
        QCOMPARE(json.value(QLatin1String("base_cents")).toInteger(), 1200);
        QCOMPARE(json.value(QLatin1String("currency")).toString(), QStringLiteral("EUR"));
        QCOMPARE(json.value(QLatin1String("per_unit"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QLatin1String("free_units"))
                     .toInt(),
                 1);
        QCOMPARE(FeeRule::fromJson(json), fee);
        QCOMPARE(fee.compute(data(R"({"copies": 3, "volume": "large"})")), 1200 + 1200 + 2500);
    }
};

QTEST_GUILESS_MAIN(TestFeeRule)
#include "test_fee_rule.moc"
