#include "common/core/LocalizedText.h"

#include <QJsonObject>
#include <QTest>

using rathaus::LocalizedText;

class TestLocalizedText : public QObject
{
    Q_OBJECT

private slots:
    void fromObject()
    {
        const auto text = LocalizedText::fromJson(
            QJsonObject { { QStringLiteral("de"), QStringLiteral("Hund") },
                          { QStringLiteral("en"), QStringLiteral("Dog") } });
        QCOMPARE(text.de, QStringLiteral("Hund"));
        QCOMPARE(text.en, QStringLiteral("Dog"));
        QCOMPARE(text.in(QStringLiteral("en")), QStringLiteral("Dog"));
        QCOMPARE(text.in(QStringLiteral("de")), QStringLiteral("Hund"));
        QCOMPARE(text.in(QStringLiteral("en_GB")), QStringLiteral("Dog"));
        // The city writes no Turkish or Arabic texts: English serves them.
        QCOMPARE(text.in(QStringLiteral("tr")), QStringLiteral("Dog"));
        QCOMPARE(text.in(QStringLiteral("ar")), QStringLiteral("Dog"));
    }

    void fallsBackToGerman()
    {
        const LocalizedText text { QStringLiteral("Hund"), {} };
        QCOMPARE(text.in(QStringLiteral("en")), QStringLiteral("Hund"));
        QCOMPARE(text.in(QStringLiteral("tr")), QStringLiteral("Hund"));
        const LocalizedText englishOnly { {}, QStringLiteral("Dog") };
        QCOMPARE(englishOnly.in(QStringLiteral("de")), QStringLiteral("Dog"));
    }

    void fromPlainString()
    {
        const auto text = LocalizedText::fromJson(QStringLiteral("Rathaus"));
        QCOMPARE(text.de, QStringLiteral("Rathaus"));
        QCOMPARE(text.en, QStringLiteral("Rathaus"));
    }

    void fromNonsenseIsEmpty()
    {
        QVERIFY(LocalizedText::fromJson(QJsonValue(42)).isEmpty());
        QVERIFY(LocalizedText::fromJson(QJsonValue()).isEmpty());
        QVERIFY(!LocalizedText({ QStringLiteral("x"), {} }).isEmpty());
    }

    void roundTrip()
    {
        const LocalizedText text { QStringLiteral("Straße"), QStringLiteral("Street") };
        const QJsonValue json = text.toJson();
        QVERIFY(json.isObject());
        QCOMPARE(json.toObject().value(QLatin1String("de")).toString(), QStringLiteral("Straße"));
        QCOMPARE(LocalizedText::fromJson(json), text);
        QVERIFY(!(LocalizedText::fromJson(json) == LocalizedText()));
    }
};

QTEST_GUILESS_MAIN(TestLocalizedText)
#include "test_localized_text.moc"
