#include "common/crypto/Totp.h"

#include <QTest>

using rathaus::Totp;
namespace base32 = rathaus::base32;

Q_DECLARE_METATYPE(Totp::Algorithm)

class TestTotp : public QObject
{
    Q_OBJECT

private:
    static QByteArray seedFor(Totp::Algorithm algorithm)
    {
        // RFC 6238 Appendix B: the seed repeats "1234567890" to the digest's length.
        const int length = algorithm == Totp::Algorithm::Sha1 ? 20
            : algorithm == Totp::Algorithm::Sha256            ? 32
                                                              : 64;
        return QByteArray("1234567890").repeated(7).left(length);
    }

private slots:
    void rfc6238_data()
    {
        QTest::addColumn<Totp::Algorithm>("algorithm");
        QTest::addColumn<qint64>("time");
        QTest::addColumn<QString>("code");
        struct Vector
        {
            qint64 time;
            const char *sha1;
            const char *sha256;
            const char *sha512;
        };
        const Vector vectors[] = {
            { 59, "94287082", "46119246", "90693936" },
            { 1111111109, "07081804", "68084774", "25091201" },
            { 1111111111, "14050471", "67062674", "99943326" },
            { 1234567890, "89005924", "91819424", "93441116" },
            { 2000000000, "69279037", "90698825", "38618901" },
            { 20000000000, "65353130", "77737706", "47863826" },
        };
        for (const Vector &v : vectors) {
            QTest::addRow("sha1 %lld", v.time)
                << Totp::Algorithm::Sha1 << v.time << QString::fromLatin1(v.sha1);
            QTest::addRow("sha256 %lld", v.time)
                << Totp::Algorithm::Sha256 << v.time << QString::fromLatin1(v.sha256);
            QTest::addRow("sha512 %lld", v.time)
                << Totp::Algorithm::Sha512 << v.time << QString::fromLatin1(v.sha512);
        }
    }

    void rfc6238()
    {
        QFETCH(Totp::Algorithm, algorithm);
        QFETCH(qint64, time);
        QFETCH(QString, code);
        const Totp totp(seedFor(algorithm), algorithm, 8);
        QCOMPARE(totp.code(time), code);
        QCOMPARE(totp.verify(code, time, 0), std::optional<qint64>(time / 30));
    }

    void sixDigitsAreTheLastSix()
    {
        const Totp totp(seedFor(Totp::Algorithm::Sha1));
        QCOMPARE(totp.code(59), QStringLiteral("287082"));
        QCOMPARE(totp.code(1111111109), QStringLiteral("081804")); // leading zero kept
    }

    void verifyWindow()
    {
        const Totp totp(seedFor(Totp::Algorithm::Sha1));
        const qint64 now = 1700000000; // step 56666666, 20 s into it
        const qint64 step = now / 30;
        const QString previous = totp.code(now - 30);
        const QString next = totp.code(now + 30);
        const QString twoAhead = totp.code(now + 60);
        QCOMPARE(totp.verify(totp.code(now), now), std::optional<qint64>(step));
        QCOMPARE(totp.verify(previous, now), std::optional<qint64>(step - 1));
        QCOMPARE(totp.verify(next, now), std::optional<qint64>(step + 1));
        QVERIFY(!totp.verify(twoAhead, now));
        QCOMPARE(totp.verify(twoAhead, now, 2), std::optional<qint64>(step + 2));
        QVERIFY(!totp.verify(previous, now, 0));
    }

    void verifyRefusesMalformedCodes()
    {
        const Totp totp(seedFor(Totp::Algorithm::Sha1));
        const QString code = totp.code(1000);
        QVERIFY(totp.verify(code, 1000));
        QVERIFY(totp.verify(code.left(3) + QLatin1Char(' ') + code.mid(3), 1000)); // "123 456"
        QVERIFY(!totp.verify(code.left(5), 1000));
        QVERIFY(!totp.verify(code + QLatin1Char('0'), 1000));
        QVERIFY(!totp.verify(QString(), 1000));
        QString wrong = code;
        wrong[0] = wrong.at(0) == QLatin1Char('0') ? QLatin1Char('1') : QLatin1Char('0');
        QVERIFY(!totp.verify(wrong, 1000, 0));
    }

    void demoSecret()
    {
        // The demo staff secret decodes to the bytes authenticator apps use.
        const auto secret = base32::decode(QStringLiteral("JBSWY3DPEHPK3PXP"));
        QVERIFY(secret);
        QCOMPARE(*secret, QByteArray("Hello!\xde\xad\xbe\xef"));
        const Totp totp(*secret);
        QCOMPARE(totp.code(0).size(), 6);
        QCOMPARE(totp.code(0), totp.code(29));
    }

    void base32Rfc4648_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QByteArray() << QString();
        QTest::newRow("f") << QByteArray("f") << QStringLiteral("MY======");
        QTest::newRow("fo") << QByteArray("fo") << QStringLiteral("MZXQ====");
        QTest::newRow("foo") << QByteArray("foo") << QStringLiteral("MZXW6===");
        QTest::newRow("foob") << QByteArray("foob") << QStringLiteral("MZXW6YQ=");
        QTest::newRow("fooba") << QByteArray("fooba") << QStringLiteral("MZXW6YTB");
        QTest::newRow("foobar") << QByteArray("foobar") << QStringLiteral("MZXW6YTBOI======");
    }

    void base32Rfc4648()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, text);
        QCOMPARE(base32::encode(data), text);
        QCOMPARE(base32::decode(text), std::optional<QByteArray>(data));
        QString unpadded = text;
        unpadded.remove(QLatin1Char('='));
        QCOMPARE(base32::encode(data, false), unpadded);
        QCOMPARE(base32::decode(unpadded), std::optional<QByteArray>(data));
        QCOMPARE(base32::decode(unpadded.toLower()), std::optional<QByteArray>(data));
    }

    void base32DecodeIgnoresSpacesRefusesJunk()
    {
        QCOMPARE(base32::decode(QStringLiteral("jbsw y3dp ehpk 3pxp")),
                 base32::decode(QStringLiteral("JBSWY3DPEHPK3PXP")));
        QVERIFY(!base32::decode(QStringLiteral("JBSWY3DP1"))); // '1' is not in the alphabet
        QVERIFY(!base32::decode(QStringLiteral("MZXW6YTB0"))); // nor is '0'
        QVERIFY(!base32::decode(QStringLiteral("M"))); // 5 bits: no whole byte
        QVERIFY(!base32::decode(QStringLiteral("MZX")));
        QVERIFY(!base32::decode(QStringLiteral("MY=A"))); // padding in the middle
    }

    void base32RoundTripsRandomLengths()
    {
        for (int length = 0; length < 40; ++length) {
            QByteArray data(length, Qt::Uninitialized);
            for (int i = 0; i < length; ++i)
                data[i] = static_cast<char>((i * 37 + length * 11) & 0xff);
            QCOMPARE(base32::decode(base32::encode(data)), std::optional<QByteArray>(data));
        }
    }
};

QTEST_GUILESS_MAIN(TestTotp)
#include "test_totp.moc"
