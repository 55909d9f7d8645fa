#include "common/crypto/PasswordHasher.h"

#include <QRegularExpression>
#include <QTest>

using rathaus::PasswordHasher;

class TestPasswordHasher : public QObject
{
    Q_OBJECT

private:
    // Cheap parameters where the strength is not what is tested.
    static PasswordHasher fastHasher()
    {
        return PasswordHasher(PasswordHasher::Parameters { 1024, 1, 1 });
    }

private slots:
    void hashAndVerify()
    {
        const PasswordHasher hasher;
        const QString encoded = hasher.hash(QStringLiteral("correct horse battery"));
        QVERIFY(encoded.startsWith(QLatin1String("$argon2id$v=19$m=19456,t=2,p=1$")));
        QVERIFY(PasswordHasher::verify(encoded, QStringLiteral("correct horse battery")));
        QVERIFY(!PasswordHasher::verify(encoded, QStringLiteral("correct horse batterY")));
        QVERIFY(!PasswordHasher::verify(encoded, QString()));
        QVERIFY(!hasher.needsRehash(encoded));
    }

    void phcStringShape()
    {
        const QString encoded = PasswordHasher().hash(QStringLiteral("rathaus-demo"));
        // 16-byte salt = 22 base64 characters, 32-byte hash = 43, no padding.
        static const QRegularExpression shape(QStringLiteral(
            "^\\$argon2id\\$v=19\\$m=19456,t=2,p=1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}$"));
        QVERIFY2(shape.match(encoded).hasMatch(), qPrintable(encoded));
    }

    void saltIsRandom()
    {
        const PasswordHasher hasher = fastHasher();
        const QString a = hasher.hash(QStringLiteral("same password"));
        const QString b = hasher.hash(QStringLiteral("same password"));
        QVERIFY(a != b);
        QVERIFY(PasswordHasher::verify(a, QStringLiteral("same password")));
        QVERIFY(PasswordHasher::verify(b, QStringLiteral("same password")));
    }

    void unicodePassword()
    {
        const PasswordHasher hasher = fastHasher();
        const QString encoded = hasher.hash(QStringLiteral("Grüße aus Lüneburg"));
        QVERIFY(PasswordHasher::verify(encoded, QStringLiteral("Grüße aus Lüneburg")));
        QVERIFY(!PasswordHasher::verify(encoded, QStringLiteral("Grusse aus Luneburg")));
        // The same text typed with combining marks (u + U+0308) is the same password.
        QVERIFY(PasswordHasher::verify(encoded, QStringLiteral("Gru\u0308\u00DFe aus Lu\u0308neburg")));
    }

    void malformedEncodedStrings_data()
    {
        QTest::addColumn<QString>("encoded");
        const QString good = fastHasher().hash(QStringLiteral("password-x"));
        QTest::newRow("empty") << QString();
        QTest::newRow("garbage") << QStringLiteral("not a hash");
        QTest::newRow("argon2i") << QString(good).replace(QLatin1String("$argon2id$"),
                                                          QLatin1String("$argon2i$"));
        QTest::newRow("truncated") << good.left(good.size() - 10);
        QTest::newRow("bad base64") << QString(good).replace(good.size() - 3, 1, QLatin1Char('!'));
        QTest::newRow("huge memory")
            << QString(good).replace(QLatin1String("m=1024"), QLatin1String("m=4000000000"));
        QTest::newRow("zero time")
            << QString(good).replace(QLatin1String("t=1,"), QLatin1String("t=0,"));
        QTest::newRow("plain sha256")
            << QStringLiteral("5e884898da28047151d0e56f8dc6292773603d0d6aabbdd62a11ef721d1542d8");
    }

    void malformedEncodedStrings()
    {
        QFETCH(QString, encoded);
        QVERIFY(!PasswordHasher::verify(encoded, QStringLiteral("password-x")));
        QVERIFY(PasswordHasher().needsRehash(encoded));
    }

    void needsRehash()
    {
        const PasswordHasher standard;
        const QString weak = fastHasher().hash(QStringLiteral("some password"));
        QVERIFY(standard.needsRehash(weak));
        QVERIFY(!fastHasher().needsRehash(weak));
        // Stronger than required is fine.
        const QString strong = PasswordHasher(PasswordHasher::Parameters { 19 * 1024, 3, 1 })
                                   .hash(QStringLiteral("x"));
        QVERIFY(!standard.needsRehash(strong));
        const PasswordHasher stricter(PasswordHasher::Parameters { 19 * 1024, 4, 1 });
        QVERIFY(stricter.needsRehash(strong));
        const PasswordHasher moreMemory(PasswordHasher::Parameters { 32 * 1024, 2, 1 });
        QVERIFY(moreMemory.needsRehash(strong));
    }

    void isAcceptable_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<bool>("acceptable");
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("seven") << QStringLiteral("xq7!vB2") << false;
        QTest::newRow("eight random") << QStringLiteral("xq7!vB2k") << true;
        QTest::newRow("demo password") << QStringLiteral("rathaus-demo") << true;
        QTest::newRow("password") << QStringLiteral("password") << false;
        QTest::newRow("Password any case") << QStringLiteral("PassWord") << false;
        QTest::newRow("12345678") << QStringLiteral("12345678") << false;
        QTest::newRow("123456789") << QStringLiteral("123456789") << false;
        QTest::newRow("iloveyou") << QStringLiteral("ILoveYou") << false;
        QTest::newRow("qwertyuiop") << QStringLiteral("qwertyuiop") << false;
        QTest::newRow("sunshine") << QStringLiteral("sunshine") << false;
        QTest::newRow("passwort german") << QStringLiteral("Passwort") << false;
        QTest::newRow("from the middle of the list") << QStringLiteral("williams") << false;
        QTest::newRow("common with suffix") << QStringLiteral("password-for-the-city") << true;
        QTest::newRow("umlauts count as characters") << QStringLiteral("äöüßäöüx") << true;
        QTest::newRow("seven umlauts") << QStringLiteral("äöüßäöü") << false;
    }

    void isAcceptable()
    {
        QFETCH(QString, password);
        QFETCH(bool, acceptable);
        QCOMPARE(PasswordHasher::isAcceptable(password), acceptable);
    }
};

QTEST_GUILESS_MAIN(TestPasswordHasher)
#include "test_password_hasher.moc"
