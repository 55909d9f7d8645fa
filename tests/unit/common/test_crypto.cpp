#include "common/crypto/Crypto.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

namespace crypto = rathaus::crypto;

class TestCrypto : public QObject
{
    Q_OBJECT

private slots:
    void sha256_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("hex");
        QTest::newRow("empty")
            << QByteArray()
            << QStringLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        QTest::newRow("abc")
            << QByteArray("abc")
            << QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        QTest::newRow("two blocks")
            << QByteArray("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
            << QStringLiteral("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
        QTest::newRow("million a")
            << QByteArray(1000000, 'a')
            << QStringLiteral("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
    }

    void sha256()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, hex);
        QCOMPARE(crypto::sha256Hex(input), hex);
        QCOMPARE(crypto::sha256(input).toHex(), hex.toLatin1());
        QCOMPARE(crypto::sha256(input).size(), 32);
    }

    void hmac_data()
    {
        QTest::addColumn<QByteArray>("digest");
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<QByteArray>("message");
        QTest::addColumn<QByteArray>("expected");
        // RFC 4231 test case 1 and 2.
        QTest::newRow("rfc4231-1-sha256")
            << QByteArray("SHA256") << QByteArray(20, '\x0b') << QByteArray("Hi There")
            << QByteArray("b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7");
        QTest::newRow("rfc4231-2-sha256")
            << QByteArray("SHA256") << QByteArray("Jefe")
            << QByteArray("what do ya want for nothing?")
            << QByteArray("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
        QTest::newRow("rfc4231-1-sha512")
            << QByteArray("SHA512") << QByteArray(20, '\x0b') << QByteArray("Hi There")
            << QByteArray("87aa7cdea5ef619d4ff0b4241a1d6cb02379f4e2ce4ec2787ad0b30545e17cde"
                          "daa833b7d6b8a702038b274eaea3f4e4be9d914eeb61f1702e696c203a126854");
        // RFC 2202 test case 2 (HMAC-SHA1).
        QTest::newRow("rfc2202-2-sha1") << QByteArray("SHA1") << QByteArray("Jefe")
                                        << QByteArray("what do ya want for nothing?")
                                        << QByteArray("effcdf6ae5eb2fa2d27416d5f184df9c259a7c79");
    }

    void hmac()
    {
        QFETCH(QByteArray, digest);
        QFETCH(QByteArray, key);
        QFETCH(QByteArray, message);
        QFETCH(QByteArray, expected);
        QCOMPARE(crypto::hmac(digest.constData(), key, message).toHex(), expected);
    }

    void hmacWithEmptyKeyWorks()
    {
        // Well-known value of HMAC-SHA256 with an empty key over an empty message.
        QCOMPARE(crypto::hmac("SHA256", {}, {}).toHex(),
                 QByteArray("b613679a0814d9ec772f95d778c35fc5ff1697c493715653c6c712144292c5ad"));
    }

    void hmacWithUnknownDigestIsEmpty()
    {
        QVERIFY(crypto::hmac("NO-SUCH-DIGEST", "key", "message").isEmpty());
    }

    void randomTokenShape()
    {
        static const QRegularExpression base64url(QStringLiteral("^[A-Za-z0-9_-]{43}$"));
        QSet<QString> seen;
        for (int i = 0; i < 200; ++i) {
            const QString token = crypto::randomToken();
            QVERIFY2(base64url.match(token).hasMatch(), qPrintable(token));
            seen.insert(token);
        }
        QCOMPARE(seen.size(), 200);
        const QByteArray decoded =
            QByteArray::fromBase64(crypto::randomToken().toLatin1(), QByteArray::Base64UrlEncoding);
        QCOMPARE(decoded.size(), 32);
    }

    void randomBytes()
    {
        QCOMPARE(crypto::randomBytes(0).size(), 0);
        const QByteArray a = crypto::randomBytes(64);
        const QByteArray b = crypto::randomBytes(64);
        QCOMPARE(a.size(), 64);
        QVERIFY(a != b);
        QVERIFY(a != QByteArray(64, '\0'));
    }

    void constantTimeEquals()
    {
        QVERIFY(crypto::constantTimeEquals("secret", "secret"));
        QVERIFY(!crypto::constantTimeEquals("secret", "secreT"));
        QVERIFY(!crypto::constantTimeEquals("secret", "secret2"));
        QVERIFY(!crypto::constantTimeEquals("", "x"));
        QVERIFY(crypto::constantTimeEquals("", ""));
    }

    void wipeClearsSharedCopyOnly()
    {
        QByteArray secret("hunter22");
        const QByteArray copy = secret; // implicitly shared
        crypto::wipe(secret);
        QVERIFY(secret.isEmpty());
        QCOMPARE(copy, QByteArray("hunter22"));
    }
};

QTEST_GUILESS_MAIN(TestCrypto)
#include "test_crypto.moc"
