#include "common/crypto/Aead.h"

#include <QTest>

using rathaus::crypto::Aead;

class TestAead : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data()
    {
        QTest::addColumn<QByteArray>("plaintext");
        QTest::addColumn<QByteArray>("associatedData");
        QTest::newRow("draft") << QByteArray(R"({"plate":"LÜN-AB 123"})")
                               << QByteArray("user-1/anwohnerparkausweis");
        QTest::newRow("no associated data") << QByteArray("x") << QByteArray();
        QTest::newRow("empty plaintext") << QByteArray() << QByteArray("bound");
        QTest::newRow("large") << QByteArray(1 << 20, 'a') << QByteArray(300, 'b');
    }

    void roundTrip()
    {
        QFETCH(QByteArray, plaintext);
        QFETCH(QByteArray, associatedData);
        const Aead aead(Aead::generateKey());
        QVERIFY(aead.isValid());
        const auto sealed = aead.seal(plaintext, associatedData);
        QVERIFY(sealed);
        QCOMPARE(sealed.value().size(), plaintext.size() + Aead::Overhead);
        if (plaintext.size() >= 8) // a shorter one may turn up by chance
            QVERIFY(!sealed.value().contains(plaintext));
        const auto opened = aead.open(sealed.value(), associatedData);
        QVERIFY(opened);
        QCOMPARE(opened.value(), plaintext);
    }

    void freshNonceEachTime()
    {
        const Aead aead(Aead::generateKey());
        const QByteArray a = aead.seal("same", "ad").value();
        const QByteArray b = aead.seal("same", "ad").value();
        QVERIFY(a.left(Aead::NonceSize) != b.left(Aead::NonceSize));
        QVERIFY(a != b);
    }

    // Every single changed byte (nonce, ciphertext, tag) is refused.
    void anyChangedByteFails()
    {
        const Aead aead(Aead::generateKey());
        const QByteArray sealed = aead.seal("a draft worth keeping", "ad").value();
        for (qsizetype i = 0; i < sealed.size(); ++i) {
            QByteArray changed = sealed;
            changed[i] = static_cast<char>(changed[i] ^ 0x01);
            const auto opened = aead.open(changed, "ad");
            QVERIFY2(!opened,
                     qPrintable(QStringLiteral("byte %1 of %2").arg(i).arg(sealed.size())));
            QCOMPARE(opened.problem().slug(), QStringLiteral("decryption-failed"));
        }
    }

    void changedLengthOrAssociatedDataFails()
    {
        const Aead aead(Aead::generateKey());
        const QByteArray sealed = aead.seal("text", "ad").value();
        QVERIFY(!aead.open(sealed, "ae"));
        QVERIFY(!aead.open(sealed, {}));
        QVERIFY(!aead.open(sealed, QByteArray("ad\0", 3)));
        QVERIFY(!aead.open(sealed.chopped(1), "ad"));
        QVERIFY(!aead.open(sealed + 'x', "ad"));
        QVERIFY(!aead.open(sealed.left(Aead::Overhead - 1), "ad"));
        QVERIFY(!aead.open({}, "ad"));
        // Without a plaintext byte: nonce || tag of an empty message, then cut.
        const QByteArray empty = aead.seal({}, "ad").value();
        QCOMPARE(empty.size(), Aead::Overhead);
        QVERIFY(aead.open(empty, "ad"));
        QVERIFY(!aead.open(empty, "other"));
    }

    void wrongKeyFails()
    {
        const Aead aead(Aead::generateKey());
        const Aead other(Aead::generateKey());
        const QByteArray sealed = aead.seal("text").value();
        QVERIFY(!other.open(sealed));
    }

    void knownKeyIsDeterministicToOpen()
    {
        // The same key bytes in two objects (the draft store after a restart).
        const QByteArray key =
            QByteArray::fromHex("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f");
        const QByteArray sealed = Aead(key).seal("persisted", "ad").value();
        QCOMPARE(Aead(key).open(sealed, "ad").value(), QByteArray("persisted"));
    }

    // Made by another implementation (Python's cryptography, AESGCM): our
    // layout nonce || ciphertext || tag is the common one.
    void opensKnownVector()
    {
        const QByteArray key =
            QByteArray::fromHex("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f");
        const QByteArray sealed = QByteArray::fromHex(
            "cafebabefacedbaddecaf888cfd1c94dcb5a026e357f38af167ce75121008c24ba770f163bad63"
            "fa648f5a01eb1647f3cfda2fb4a20ff9");
        const auto opened = Aead(key).open(sealed, "draft:v1");
        QVERIFY(opened);
        QCOMPARE(opened.value(), QByteArray("Erika Mustermann, Lueneburg"));
    }

    void badKeySizeFails()
    {
        const Aead shortKey(QByteArray(16, 'k'));
        QVERIFY(!shortKey.isValid());
        const auto sealed = shortKey.seal("x");
        QVERIFY(!sealed);
        QCOMPARE(sealed.problem().slug(), QStringLiteral("encryption-failed"));
        QVERIFY(!shortKey.open(QByteArray(40, 'x')));
    }

    void moveKeepsTheKey()
    {
        Aead aead(Aead::generateKey());
        const QByteArray sealed = aead.seal("x").value();
        Aead moved(std::move(aead));
        QCOMPARE(moved.open(sealed).value(), QByteArray("x"));
        Aead assigned(Aead::generateKey());
        assigned = std::move(moved);
        QCOMPARE(assigned.open(sealed).value(), QByteArray("x"));
    }
};

QTEST_APPLESS_MAIN(TestAead)
#include "test_aead.moc"
