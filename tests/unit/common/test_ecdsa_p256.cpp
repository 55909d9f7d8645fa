#include "common/crypto/EcdsaP256.h"

#include <QTest>

using rathaus::crypto::EcdsaP256;

namespace {

EcdsaP256 freshKey()
{
    auto key = EcdsaP256::generate();
    if (!key)
        qFatal("key generation failed: %s", qPrintable(key.problem().detail));
    return std::move(key).value();
}

// A fixed key made with `openssl genpkey -algorithm EC`, and a signature of
// "sample" made by `openssl dgst -sha256 -sign` (DER, turned into r||s):
// import and verification must agree with another implementation, not only
// with our own export.
const char kFixedPrivatePem[] = "-----BEGIN PRIVATE KEY-----\n"
                                "MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgrGyfRWgRpbOegJNK\n"
                                "e96TsGWRB4ZZVv7WUao+ZJxneFChRANCAASBO6wucuZbdJ4mwoQyQi29aasIcDsR\n"
                                "hMjZg6m6iqMJMc+LWeDno85fLVjNMeu0XhE2BC2GMtFrboDXS85wo6lK\n"
                                "-----END PRIVATE KEY-----\n";
const char kFixedPublicPem[] = "-----BEGIN PUBLIC KEY-----\n"
                               "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEgTusLnLmW3SeJsKEMkItvWmrCHA7\n"
                               "EYTI2YOpuoqjCTHPi1ng56POXy1YzTHrtF4RNgQthjLRa26A10vOcKOpSg==\n"
                               "-----END PUBLIC KEY-----\n";
const char kOpenSslSignatureHex[] =
    "431712F8793A7A97E0FD6C521ECE9A517DFF02BFF1146CA2B874DD17F19AF7A4"
    "8C61B881C05A694E8EAA4404FC948EACD707F69CB8F2A116A88BF9C07F3203CA";

} // namespace

class TestEcdsaP256 : public QObject
{
    Q_OBJECT

private slots:
    void signAndVerify()
    {
        const EcdsaP256 key = freshKey();
        const QByteArray message = "{\"serial\":\"LUN-DOC-1\"}";
        const auto signature = key.sign(message);
        QVERIFY(signature);
        QCOMPARE(signature.value().size(), EcdsaP256::SignatureSize);
        const QByteArray publicPem = key.publicKeyPem();
        QVERIFY(publicPem.startsWith("-----BEGIN PUBLIC KEY-----"));
        QVERIFY(EcdsaP256::verify(publicPem, message, signature.value()));
        // Randomised, and still both valid.
        const auto again = key.sign(message);
        QVERIFY(again);
        QVERIFY(again.value() != signature.value());
        QVERIFY(EcdsaP256::verify(publicPem, message, again.value()));
        // The empty message is a message too.
        const auto empty = key.sign({});
        QVERIFY(empty);
        QVERIFY(EcdsaP256::verify(publicPem, {}, empty.value()));
    }

    void anyChangedByteFails()
    {
        const EcdsaP256 key = freshKey();
        const QByteArray message = "the document's canonical bytes";
        const QByteArray signature = key.sign(message).value();
        const QByteArray publicPem = key.publicKeyPem();
        for (qsizetype i = 0; i < message.size(); ++i) {
            QByteArray changed = message;
            changed[i] = static_cast<char>(changed[i] ^ 0x01);
            QVERIFY2(!EcdsaP256::verify(publicPem, changed, signature),
                     qPrintable(QString::number(i)));
        }
        for (qsizetype i = 0; i < signature.size(); ++i) {
            QByteArray changed = signature;
            changed[i] = static_cast<char>(changed[i] ^ 0x80);
            QVERIFY2(!EcdsaP256::verify(publicPem, message, changed),
                     qPrintable(QString::number(i)));
        }
        QVERIFY(!EcdsaP256::verify(publicPem, message + ' ', signature));
        QVERIFY(!EcdsaP256::verify(publicPem, message, signature.left(63)));
        QVERIFY(!EcdsaP256::verify(publicPem, message, signature + '\0'));
        QVERIFY(!EcdsaP256::verify(publicPem, message, QByteArray(64, '\0')));
        QVERIFY(!EcdsaP256::verify(publicPem, message, {}));
    }

    void wrongKeyFails()
    {
        const EcdsaP256 signer = freshKey();
        const EcdsaP256 other = freshKey();
        const QByteArray message = "issued by the registry office";
        const QByteArray signature = signer.sign(message).value();
        QVERIFY(!EcdsaP256::verify(other.publicKeyPem(), message, signature));
        QVERIFY(!EcdsaP256::verify("not a key", message, signature));
        QVERIFY(!EcdsaP256::verify({}, message, signature));
        // A private key is not accepted where a public key is expected.
        QVERIFY(!EcdsaP256::verify(signer.privateKeyPem(), message, signature));
    }

    void pemRoundTrip()
    {
        const EcdsaP256 key = freshKey();
        const QByteArray privatePem = key.privateKeyPem();
        QVERIFY(privatePem.startsWith("-----BEGIN PRIVATE KEY-----"));
        auto imported = EcdsaP256::fromPrivateKeyPem(privatePem);
        QVERIFY(imported);
        QCOMPARE(imported.value().publicKeyPem(), key.publicKeyPem());
        QCOMPARE(imported.value().privateKeyPem(), privatePem);
        // The imported key's signatures verify under the original public key.
        const QByteArray signature = imported.value().sign("x").value();
        QVERIFY(EcdsaP256::verify(key.publicKeyPem(), "x", signature));
    }

    void fixedKeyImports()
    {
        auto key = EcdsaP256::fromPrivateKeyPem(kFixedPrivatePem);
        QVERIFY2(key, qPrintable(key ? QString() : key.problem().detail));
        QCOMPARE(key.value().publicKeyPem(), QByteArray(kFixedPublicPem));
        const QByteArray theirs = QByteArray::fromHex(kOpenSslSignatureHex);
        QVERIFY(EcdsaP256::verify(kFixedPublicPem, "sample", theirs));
        QVERIFY(!EcdsaP256::verify(kFixedPublicPem, "Sample", theirs));
        const QByteArray signature = key.value().sign("sample").value();
        QVERIFY(EcdsaP256::verify(key.value().publicKeyPem(), "sample", signature));
    }

    void refusesOtherKeys_data()
    {
        QTest::addColumn<QByteArray>("pem");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("garbage") << QByteArray(
            "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n");
        QTest::newRow("public key") << QByteArray(kFixedPublicPem);
        // Keys, but not ours: Ed25519 and EC on P-384.
        QTest::newRow("ed25519") << QByteArray(
            "-----BEGIN PRIVATE KEY-----\n"
            "MC4CAQAwBQYDK2VwBCIEIGNdvu/XL3xdrgmVmiWV06kJsEYfzf7ibp8EAcSJMBMz\n"
            "-----END PRIVATE KEY-----\n");
        QTest::newRow("p-384") << QByteArray(
            "-----BEGIN PRIVATE KEY-----\n"
            "MIG2AgEAMBAGByqGSM49AgEGBSuBBAAiBIGeMIGbAgEBBDCrKJ2y61dITpmZ3CMU\n"
            "VP6emuO6k7Tg0dO1Rz6Fxeu7t+WtuYCD8pm8hK8r/z3hBGWhZANiAAQJMFZ2zvkr\n"
            "E3xE/mCM9nc36nCLWX1iUFV3WTSgvYEK0fxQ9qP85Sksuwdy7DKFxDeCTENRW5Ae\n"
            "x6jTfi4mhNIJhQxEcdNkRG7P9/tE2I2ngIvQRA6wNeKSlD1D+ZOWRQY=\n"
            "-----END PRIVATE KEY-----\n");
        // An encrypted PKCS#8 key (passphrase "secret") must fail without
        // asking for the passphrase on a terminal.
        QTest::newRow("encrypted")
            << QByteArray("-----BEGIN ENCRYPTED PRIVATE KEY-----\n"
                          "MIHsMFcGCSqGSIb3DQEFDTBKMCkGCSqGSIb3DQEFDDAcBAhPHexX0mo/KAICCAAw\n"
                          "DAYIKoZIhvcNAgkFADAdBglghkgBZQMEASoEEHlHkTlNbakNGNFihHvAWhcEgZCg\n"
                          "nLhISy3lMq8i9EHKfIcQ7G6VFKFUq29ZWsKPK/A5KNtKlzqT4VS8DOFiWnkHOIsa\n"
                          "TNUVc9kHNK47w1dVwfbxm5d/7/rCFY3nHen4TiwYhje1/052QuNsuTUjL8NMkj3z\n"
                          "sVx4u0WaD0AnXWuOluCvmd3+T4j2s2ytxU9WNB85BlhPFsox+s4TRG4n9R2GwgI=\n"
                          "-----END ENCRYPTED PRIVATE KEY-----\n");
    }

    void refusesOtherKeys()
    {
        QFETCH(QByteArray, pem);
        const auto key = EcdsaP256::fromPrivateKeyPem(pem);
        QVERIFY(!key);
        QCOMPARE(key.problem().slug(), QStringLiteral("invalid-key"));
    }

    void movedKeyStillSigns()
    {
        EcdsaP256 key = freshKey();
        const QByteArray publicPem = key.publicKeyPem();
        EcdsaP256 moved = std::move(key);
        QVERIFY(EcdsaP256::verify(publicPem, "m", moved.sign("m").value()));
    }
};

QTEST_APPLESS_MAIN(TestEcdsaP256)
#include "test_ecdsa_p256.moc"
