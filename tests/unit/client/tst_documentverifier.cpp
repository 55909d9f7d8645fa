// The client's own check of an issued document: a real P-256 key pair, the
// canonical signed bytes, and every kind of change a forger could make.
#include "app/client/DocumentVerifier.h"
#include "common/crypto/EcdsaP256.h"

#include <QJsonArray>
#include <QTest>

using namespace rathaus;
using namespace rathaus::client;

class DocumentVerifierTest : public QObject
{
    Q_OBJECT

private:
    std::optional<crypto::EcdsaP256> key;
    std::optional<crypto::EcdsaP256> otherKey;

    Office office(const QString &id, const crypto::EcdsaP256 &signer) const
    {
        Office result;
        result.id = id;
        result.name = { QStringLiteral("Straßenverkehrsamt"), QStringLiteral("Road Traffic Office") };
        result.publicKeyPem = QString::fromLatin1(signer.publicKeyPem());
        return result;
    }

    Document signedDocument() const
    {
        Document document;
        document.id = QStringLiteral("d0c-1");
        document.serial = QStringLiteral("SVA-2026-000042");
        document.type = QStringLiteral("anwohnerparkausweis");
        document.data = QJsonObject {
            { QStringLiteral("holder"), QStringLiteral("Erika Mustermann") },
            { QStringLiteral("plate"), QStringLiteral("LG-EM 123") },
            { QStringLiteral("zone"), QStringLiteral("B") },
            { QStringLiteral("valid_until"), QStringLiteral("2027-11-30") },
            { QStringLiteral("zones"), QJsonArray { 1, 2 } },
        };
        document.officeId = QStringLiteral("strassenverkehrsamt");
        document.issuedAt = QDateTime(QDate(2026, 11, 29), QTime(11, 5, 7, 250), Qt::UTC);
        document.signature = key->sign(document.signedBytes()).value();
        return document;
    }

    DocumentVerification::State verify(const Document &document) const
    {
        return DocumentVerifier({ office(QStringLiteral("strassenverkehrsamt"), *key) })
            .verify(document)
            .state;
    }

private slots:
    void initTestCase()
    {
        auto generated = crypto::EcdsaP256::generate();
        QVERIFY(generated.ok());
        key.emplace(std::move(generated).value());
        auto other = crypto::EcdsaP256::generate();
        QVERIFY(other.ok());
        otherKey.emplace(std::move(other).value());
    }

    void aGenuineDocumentIsValid()
    {
        const Document document = signedDocument();
        const auto result =
            DocumentVerifier({ office(QStringLiteral("strassenverkehrsamt"), *key) })
                .verify(document);
        QCOMPARE(result.state, DocumentVerification::State::Valid);
        QVERIFY(result.isValid());
        QCOMPARE(result.officeName.de, QStringLiteral("Straßenverkehrsamt"));
        QCOMPARE(result.issuedAt, document.issuedAt);
    }

    void itSurvivesTheWire()
    {
        // What the client gets is JSON: the document read back verifies too.
        const auto reread = Document::fromJson(signedDocument().toJson());
        QVERIFY(reread.ok());
        QCOMPARE(verify(reread.value()), DocumentVerification::State::Valid);
    }

    void aChangedByteOfTheSignedBytesIsCaught()
    {
        // Every single byte of the canonical form matters: change one at a
        // time in the holder's name, the plate, the serial.
        Document document = signedDocument();
        document.data[QStringLiteral("holder")] = QStringLiteral("Erika Mustermanm");
        QCOMPARE(verify(document), DocumentVerification::State::Invalid);

        document = signedDocument();
        document.data[QStringLiteral("plate")] = QStringLiteral("LG-EM 124");
        QCOMPARE(verify(document), DocumentVerification::State::Invalid);

        document = signedDocument();
        document.serial[document.serial.size() - 1] = QLatin1Char('3');
        QCOMPARE(verify(document), DocumentVerification::State::Invalid);

        document = signedDocument();
        document.type = QStringLiteral("anwohnerparkausweiss");
        QCOMPARE(verify(document), DocumentVerification::State::Invalid);

        document = signedDocument();
        document.issuedAt = document.issuedAt.addMSecs(1);
        QCOMPARE(verify(document), DocumentVerification::State::Invalid);

        document = signedDocument();
        document.data.insert(QStringLiteral("extra"), true);
        QCOMPARE(verify(document), DocumentVerification::State::Invalid);
    }

    void aChangedByteOfTheSignatureIsCaught()
    {
        Document document = signedDocument();
        for (int index : { 0, 31, 32, 63 }) {
            Document changed = document;
            changed.signature[index] = char(changed.signature.at(index) ^ 0x01);
            QCOMPARE(verify(changed), DocumentVerification::State::Invalid);
        }
        document.signature.chop(1);
        QCOMPARE(verify(document), DocumentVerification::State::Invalid);
    }

    void anotherOfficesSignatureIsNotTheOfficesOwn()
    {
        Document document = signedDocument();
        document.signature = otherKey->sign(document.signedBytes()).value();
        QCOMPARE(verify(document), DocumentVerification::State::Invalid);

        // Claiming another office than the one that signed fails too.
        document = signedDocument();
        document.officeId = QStringLiteral("buergerbuero");
        const DocumentVerifier verifier({ office(QStringLiteral("strassenverkehrsamt"), *key),
                                          office(QStringLiteral("buergerbuero"), *otherKey) });
        QCOMPARE(verifier.verify(document).state, DocumentVerification::State::Invalid);
    }

    void anUnknownOfficeIsSaidSo()
    {
        Document document = signedDocument();
        const auto result = DocumentVerifier({}).verify(document);
        QCOMPARE(result.state, DocumentVerification::State::UnknownOffice);
        QVERIFY(!result.isValid());

        Office withoutKey = office(QStringLiteral("strassenverkehrsamt"), *key);
        withoutKey.publicKeyPem.clear();
        QCOMPARE(DocumentVerifier({ withoutKey }).verify(document).state,
                 DocumentVerification::State::UnknownOffice);

        Office garbage = withoutKey;
        garbage.publicKeyPem = QStringLiteral("-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n");
        QCOMPARE(DocumentVerifier({ garbage }).verify(document).state,
                 DocumentVerification::State::Invalid);
    }

    void theVerifyPathEscapesTheSerial()
    {
        QCOMPARE(DocumentVerifier::verifyPath(QStringLiteral("SVA-2026-000042")),
                 QStringLiteral("/api/v1/documents/SVA-2026-000042/verify"));
        QCOMPARE(DocumentVerifier::verifyPath(QStringLiteral("a/b")),
                 QStringLiteral("/api/v1/documents/a%2Fb/verify"));
    }
};

QTEST_GUILESS_MAIN(DocumentVerifierTest)
#include "tst_documentverifier.moc"
