#include "common/crypto/CanonicalJson.h"

#include <QJsonDocument>
#include <QTest>

#include <bit>
#include <cmath>
#include <cstdint>
#include <limits>

using rathaus::crypto::CanonicalJson;

namespace {

QJsonValue parse(const QByteArray &text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", qPrintable(error.errorString()));
    return document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
}

} // namespace

class TestCanonicalJson : public QObject
{
    Q_OBJECT

private slots:
    // RFC 8785 section 3.2.3: sorting by UTF-16 code units puts the emoji
    // (a surrogate pair, D83D...) before U+FB33, unlike sorting by code point.
    void rfc8785KeyOrdering()
    {
        const QByteArray input = R"({
            "\u20ac": "Euro Sign",
            "\r": "Carriage Return",
            "\ufb33": "Hebrew Letter Dalet With Dagesh",
            "1": "One",
            "\ud83d\ude00": "Emoji: Grinning Face",
            "\u0080": "Control",
            "\u00f6": "Latin Small Letter O With Diaeresis"
        })";
        const QByteArray expected =
            QString::fromUtf8(
                "{\"\\r\":\"Carriage Return\",\"1\":\"One\",\"\u0080\":\"Control\","
                "\"\u00f6\":\"Latin Small Letter O With Diaeresis\",\"\u20ac\":\"Euro Sign\","
                "\"\U0001F600\":\"Emoji: Grinning Face\","
                "\"\ufb33\":\"Hebrew Letter Dalet With Dagesh\"}")
                .toUtf8();
        QCOMPARE(CanonicalJson::serialize(parse(input)), expected);
    }

    // RFC 8785 section 3.2.2 (the "sample" input and its canonical output).
    void rfc8785Sample()
    {
        // Not a raw string: moc's tokenizer loses its way in a raw string with \".
        const QByteArray input =
            "{\"numbers\": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],"
            " \"string\": \"\\u20ac$\\u000F\\u000aA'\\u0042\\u0022\\u005c\\\\\\\"\\/\","
            " \"literals\": [null, true, false]}";
        const QByteArray expected =
            QString::fromUtf8("{\"literals\":[null,true,false],"
                              "\"numbers\":[333333333.3333333,1e+30,4.5,0.002,1e-27],"
                              "\"string\":\"\u20ac$\\u000f\\nA'B\\\"\\\\\\\\\\\"/\"}")
                .toUtf8();
        QCOMPARE(CanonicalJson::serialize(parse(input)), expected);
    }

    // RFC 8785 appendix B: IEEE 754 bit patterns and their text.
    void numbers_data()
    {
        QTest::addColumn<quint64>("bits");
        QTest::addColumn<QByteArray>("expected");
        const auto row = [](quint64 bits, const char *text) {
            QTest::addRow("%s", text) << bits << QByteArray(text);
        };
        row(0x0000000000000000ULL, "0");
        row(0x0000000000000001ULL, "5e-324");
        row(0x8000000000000001ULL, "-5e-324");
        row(0x7fefffffffffffffULL, "1.7976931348623157e+308");
        row(0xffefffffffffffffULL, "-1.7976931348623157e+308");
        row(0x4340000000000000ULL, "9007199254740992");
        row(0xc340000000000000ULL, "-9007199254740992");
        row(0x4430000000000000ULL, "295147905179352830000");
        row(0x44b52d02c7e14af5ULL, "9.999999999999997e+22");
        row(0x44b52d02c7e14af6ULL, "1e+23");
        row(0x44b52d02c7e14af7ULL, "1.0000000000000001e+23");
        row(0x444b1ae4d6e2ef4eULL, "999999999999999700000");
        row(0x444b1ae4d6e2ef4fULL, "999999999999999900000");
        row(0x444b1ae4d6e2ef50ULL, "1e+21");
        row(0x3eb0c6f7a0b5ed8cULL, "9.999999999999997e-7");
        row(0x3eb0c6f7a0b5ed8dULL, "0.000001");
        row(0x41b3de4355555553ULL, "333333333.3333332");
        row(0x41b3de4355555554ULL, "333333333.33333325");
        row(0x41b3de4355555555ULL, "333333333.3333333");
        row(0x41b3de4355555556ULL, "333333333.3333334");
        row(0x41b3de4355555557ULL, "333333333.33333343");
        row(0xbecbf647612f3696ULL, "-0.0000033333333333333333");
        row(0x43143ff3c1cb0959ULL, "1424953923781206.2");
    }

    void numbers()
    {
        QFETCH(quint64, bits);
        QFETCH(QByteArray, expected);
        const double value = std::bit_cast<double>(static_cast<std::uint64_t>(bits));
        QCOMPARE(CanonicalJson::number(value), expected);
        QCOMPARE(CanonicalJson::serialize(QJsonValue(value)), expected);
    }

    void integersStayIntegers()
    {
        QCOMPARE(CanonicalJson::number(-0.0), QByteArray("0"));
        QCOMPARE(CanonicalJson::serialize(QJsonValue(1200)), QByteArray("1200"));
        QCOMPARE(CanonicalJson::serialize(QJsonValue(qint64(-42))), QByteArray("-42"));
        QCOMPARE(CanonicalJson::serialize(QJsonValue(5.0)), QByteArray("5"));
        QCOMPARE(CanonicalJson::serialize(QJsonValue(qint64(1) << 53)),
                 QByteArray("9007199254740992"));
        QCOMPARE(CanonicalJson::number(0.1), QByteArray("0.1"));
        QCOMPARE(CanonicalJson::number(-1.5), QByteArray("-1.5"));
        QCOMPARE(CanonicalJson::number(123e-20), QByteArray("1.23e-18"));
    }

    void notFiniteIsNull()
    {
        QCOMPARE(CanonicalJson::number(std::numeric_limits<double>::quiet_NaN()),
                 QByteArray("null"));
        QCOMPARE(CanonicalJson::number(std::numeric_limits<double>::infinity()),
                 QByteArray("null"));
    }

    void stringEscapes()
    {
        QString text;
        for (char16_t c = 0; c < 0x20; ++c)
            text.append(QChar(c));
        text += QStringLiteral("\"\\/\x7f");
        QCOMPARE(CanonicalJson::serialize(QJsonValue(text)),
                 QByteArray("\"\\u0000\\u0001\\u0002\\u0003\\u0004\\u0005\\u0006\\u0007"
                            "\\b\\t\\n\\u000b\\f\\r\\u000e\\u000f"
                            "\\u0010\\u0011\\u0012\\u0013\\u0014\\u0015\\u0016\\u0017"
                            "\\u0018\\u0019\\u001a\\u001b\\u001c\\u001d\\u001e\\u001f"
                            "\\\"\\\\/\x7f\""));
        QCOMPARE(CanonicalJson::serialize(QJsonValue(QStringLiteral("Straße § 55"))),
                 QStringLiteral("\"Straße § 55\"").toUtf8());
    }

    // Documented deviation: JCS rejects a lone surrogate; we write U+FFFD.
    void loneSurrogateBecomesReplacementCharacter()
    {
        const QString lone(QChar(char16_t(0xd800)));
        QCOMPARE(CanonicalJson::serialize(QJsonValue(lone)), QByteArray("\"\xef\xbf\xbd\""));
        QString mixed = QStringLiteral("a") + QChar(char16_t(0xdc00)) +
            QStringLiteral("\U0001F600") + QChar(char16_t(0xd83d));
        QCOMPARE(CanonicalJson::serialize(QJsonValue(mixed)),
                 QByteArray("\"a\xef\xbf\xbd\xf0\x9f\x98\x80\xef\xbf\xbd\""));
    }

    void nestedAndEmpty()
    {
        QCOMPARE(CanonicalJson::serialize(QJsonObject()), QByteArray("{}"));
        QCOMPARE(CanonicalJson::serialize(QJsonArray()), QByteArray("[]"));
        QCOMPARE(CanonicalJson::serialize(QJsonValue()), QByteArray("null"));
        const QJsonValue value = parse(R"({"b": [ {"z": 1, "a": {"y": null, "x": []}} ],
                                          "a": "x", "B": true})");
        QCOMPARE(CanonicalJson::serialize(value),
                 QByteArray(R"({"B":true,"a":"x","b":[{"a":{"x":[],"y":null},"z":1}]})"));
    }

    void independentOfInsertionOrder()
    {
        QJsonObject first;
        first.insert(QStringLiteral("serial"), QStringLiteral("S-1"));
        first.insert(QStringLiteral("data"), QJsonObject { { QStringLiteral("n"), 2 } });
        first.insert(QStringLiteral("aa"), 1);
        QJsonObject second;
        second.insert(QStringLiteral("aa"), 1);
        second.insert(QStringLiteral("data"), QJsonObject { { QStringLiteral("n"), 2 } });
        second.insert(QStringLiteral("serial"), QStringLiteral("S-1"));
        QCOMPARE(CanonicalJson::serialize(first), CanonicalJson::serialize(second));
        // And the bytes read back as the same value.
        QCOMPARE(QJsonDocument::fromJson(CanonicalJson::serialize(first)).object(), first);
    }
};

QTEST_APPLESS_MAIN(TestCanonicalJson)
#include "test_canonical_json.moc"
