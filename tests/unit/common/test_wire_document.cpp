#include "common/crypto/EcdsaP256.h"
#include "common/wire/Document.h"

#include <QJsonDocument>
#include <QTest>

using namespace rathaus;

namespace {

Document sampleDocument()
{
    Document document;
    document.id = QStringLiteral("doc-1");
    document.serial = QStringLiteral("LUN-SA-2026-000042");
    document.type = QStringLiteral("geburtsurkunde");
    document.data = QJsonObject { { QStringLiteral("child"), QStringLiteral("Leon Mustermann") },
                                  { QStringLiteral("born"), QStringLiteral("2025-03-14") },
                                  { QStringLiteral("copies"), 2 } };
    document.officeId = QStringLiteral("standesamt");
    document.issuedAt = QDateTime(QDate(2026, 11, 29), QTime(9, 30, 0), Qt::UTC);
    return document;
}

} // namespace

class TestWireDocument : public QObject
{
    Q_OBJECT

private slots:
    void signedBytesAreCanonical()
    {
        const Document document = sampleDocument();
        QCOMPARE(document.signedBytes(),
                 QByteArray(R"({"data":{"born":"2025-03-14","child":"Leon Mustermann","copies":2},)"
                            R"("issued_at":"2026-11-29T09:30:00.000Z","office_id":"standesamt",)"
                            R"("serial":"LUN-SA-2026-000042","type":"geburtsurkunde"})"));
        // The id and the signature are not part of what is signed.
        Document other = document;
        other.id = QStringLiteral("doc-2");
        other.signature = "x";
        QCOMPARE(other.signedBytes(), document.signedBytes());
    }

    void signAndVerify()
    {
        const auto key = crypto::EcdsaP256::generate();
        QVERIFY(key);
        Document document = sampleDocument();
        document.signature = key.value().sign(document.signedBytes()).value();
        const QByteArray publicPem = key.value().publicKeyPem();
        QVERIFY(document.verifySignature(publicPem));

        // Through the wire and back (the client's view).
        const QByteArray text = QJsonDocument(document.toJson()).toJson(QJsonDocument::Compact);
        const auto received = Document::fromJson(QJsonDocument::fromJson(text).object());
        QVERIFY(received);
        QCOMPARE(received.value(), document);
        QVERIFY(received.value().verifySignature(publicPem));

        // Any signed member changed: the signature no longer holds.
        Document changed = received.value();
        changed.data.insert(QStringLiteral("copies"), 3);
        QVERIFY(!changed.verifySignature(publicPem));
        changed = received.value();
        changed.serial += QLatin1Char('3');
        QVERIFY(!changed.verifySignature(publicPem));
        changed = received.value();
        changed.officeId = QStringLiteral("buergerbuero");
        QVERIFY(!changed.verifySignature(publicPem));
        changed = received.value();
        changed.issuedAt = changed.issuedAt.addSecs(1);
        QVERIFY(!changed.verifySignature(publicPem));
        changed = received.value();
        changed.type = QStringLiteral("meldebescheinigung");
        QVERIFY(!changed.verifySignature(publicPem));

        // Another office's key does not vouch for it.
        const auto otherKey = crypto::EcdsaP256::generate();
        QVERIFY(!received.value().verifySignature(otherKey.value().publicKeyPem()));
    }

    void wireForm()
    {
        Document document = sampleDocument();
        document.signature = QByteArray(64, '\x01');
        const QJsonObject object = document.toJson();
        QCOMPARE(object.value(QLatin1String("office_id")).toString(), QStringLiteral("standesamt"));
        QCOMPARE(object.value(QLatin1String("issued_at")).toString(),
                 QStringLiteral("2026-11-29T09:30:00.000Z"));
        QCOMPARE(
            QByteArray::fromBase64(object.value(QLatin1String("signature")).toString().toLatin1()),
            document.signature);
    }

    void malformed_data()
    {
        QTest::addColumn<QString>("member");
        QTest::addColumn<QJsonValue>("value"); // undefined = remove
        QTest::newRow("no id") << QStringLiteral("id") << QJsonValue(QJsonValue::Undefined);
        QTest::newRow("no serial") << QStringLiteral("serial") << QJsonValue(QJsonValue::Undefined);
        QTest::newRow("data not object")
            << QStringLiteral("data") << QJsonValue(QStringLiteral("x"));
        QTest::newRow("bad time") << QStringLiteral("issued_at")
                                  << QJsonValue(QStringLiteral("today"));
        QTest::newRow("signature not base64")
            << QStringLiteral("signature") << QJsonValue(QStringLiteral("***"));
        QTest::newRow("signature number") << QStringLiteral("signature") << QJsonValue(5);
        QTest::newRow("no office") << QStringLiteral("office_id") << QJsonValue(QJsonValue::Null);
    }

    void malformed()
    {
        QFETCH(QString, member);
        QFETCH(QJsonValue, value);
        QJsonObject object = sampleDocument().toJson();
        if (value.isUndefined())
            object.remove(member);
        else
            object.insert(member, value);
        const auto document = Document::fromJson(object);
        QVERIFY(!document);
        QCOMPARE(document.problem().slug(), QStringLiteral("malformed-response"));
    }
};

QTEST_APPLESS_MAIN(TestWireDocument)
#include "test_wire_document.moc"
