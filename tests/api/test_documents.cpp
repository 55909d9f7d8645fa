// Issued documents (domain.md "Documents"): issuing completes an approved
// case in one transaction, the signature verifies with the office key from
// /offices, a changed byte breaks it, and the public verify endpoint re-checks
// the stored row.
#include "common/wire/Application.h"
#include "common/wire/Catalogue.h"
#include "common/wire/Document.h"
#include "tests/api/CaseTestSupport.h"

#include <QRegularExpression>
#include <QTest>

using namespace rathaus;
using namespace rathaus::test;

class TestDocuments : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_backend = std::make_unique<TestBackend>();
        QVERIFY2(m_backend->start(), qPrintable(m_backend->error()));
        m_erika = accessToken(*m_backend, QStringLiteral("erika"));
        m_max = accessToken(*m_backend, QStringLiteral("max"));
        m_verkehr = staffToken(*m_backend, QStringLiteral("sb.verkehr"));
        m_steueramt = staffToken(*m_backend, QStringLiteral("sb.steueramt"));
        m_case = submittedParkingCase(*m_backend, m_erika);
        QVERIFY(!m_case.isEmpty());
    }
    void cleanup() { m_backend.reset(); }

    void issuingCompletesTheCase()
    {
        approve(m_verkehr, m_case, 2);
        const HttpResponse issued = issue(m_verkehr, m_case);
        QCOMPARE(issued.status, 201);
        const QJsonObject json = issued.json();
        const QString serial = json.value(QLatin1String("serial")).toString();
        QVERIFY2(QRegularExpression(QStringLiteral("^SVA-\\d{4}-000001$")).match(serial).hasMatch(),
                 qPrintable(serial));
        QCOMPARE(json.value(QLatin1String("type")).toString(), QStringLiteral("anwohnerparkausweis"));
        QCOMPARE(json.value(QLatin1String("office_id")).toString(),
                 QStringLiteral("strassenverkehrsamt"));
        const QJsonObject data = json.value(QLatin1String("data")).toObject();
        QCOMPARE(data.value(QLatin1String("holder_name")).toString(),
                 QStringLiteral("Erika Mustermann"));
        QCOMPARE(data.value(QLatin1String("fields")).toObject().value(QLatin1String("plate")),
                 QJsonValue(QStringLiteral("L-EM 1234")));
        // Uploads are evidence, not content.
        QVERIFY(!data.value(QLatin1String("fields"))
                     .toObject()
                     .contains(QLatin1String("registration")));
        QVERIFY(data.contains(QLatin1String("valid_until")));
        QCOMPARE(issued.header("Location"),
                 "/api/v1/documents/" + json.value(QLatin1String("id")).toString().toLatin1());

        QCOMPARE(caseVersion(*m_backend, m_case), 5);
        const HttpResponse mine = m_backend->http().get(
            QStringLiteral("/api/v1/applications/") + m_case, m_erika);
        const auto detail = ApplicationDetail::fromJson(mine.json());
        QVERIFY(detail.ok());
        QCOMPARE(detail.value().summary.status, ApplicationStatus::Completed);
        QCOMPARE(detail.value().history.constLast().from, ApplicationStatus::Approved);
        QCOMPARE(detail.value().documents.size(), 1);
        QCOMPARE(detail.value().documents.at(0).serial, serial);

        // Once only: the case is completed now.
        const HttpResponse again = issue(m_verkehr, m_case);
        QCOMPARE(again.status, 409);
        QCOMPARE(problemSlug(again), QStringLiteral("invalid-transition"));
        QCOMPARE(countRows(*m_backend, QStringLiteral("SELECT COUNT(*) FROM documents"), {}), 1);

        // Serials count per office series.
        const QString second = submittedParkingCase(*m_backend, m_max);
        approve(m_verkehr, second, 2);
        QVERIFY(issue(m_verkehr, second)
                    .json()
                    .value(QLatin1String("serial"))
                    .toString()
                    .endsWith(QLatin1String("-000002")));
        const QString dogTax = submitFree(QStringLiteral("hundesteuer-anmeldung"));
        approve(m_steueramt, dogTax, 1);
        QVERIFY(issue(m_steueramt, dogTax)
                    .json()
                    .value(QLatin1String("serial"))
                    .toString()
                    .startsWith(QLatin1String("STE-")));
    }

    void signatureVerifiesWithTheOfficeKey()
    {
        approve(m_verkehr, m_case, 2);
        const QString id = issue(m_verkehr, m_case).json().value(QLatin1String("id")).toString();
        const HttpResponse mine =
            m_backend->http().get(QStringLiteral("/api/v1/documents/") + id, m_erika);
        QCOMPARE(mine.status, 200);
        const auto document = Document::fromJson(mine.json());
        QVERIFY(document.ok());
        QCOMPARE(mine.json().value(QLatin1String("signed_payload")).toString().toUtf8(),
                 document.value().signedBytes());
        const QByteArray key = officeKey(QStringLiteral("strassenverkehrsamt"));
        QVERIFY(!key.isEmpty());
        QVERIFY(document.value().verifySignature(key));
        QVERIFY(!document.value().verifySignature(officeKey(QStringLiteral("steueramt"))));

        Document changedData = document.value();
        changedData.data.insert(QStringLiteral("holder_name"), QStringLiteral("Erika Musterfrau"));
        QVERIFY(!changedData.verifySignature(key));
        Document changedSerial = document.value();
        changedSerial.serial.replace(QLatin1Char('1'), QLatin1Char('2'));
        QVERIFY(!changedSerial.verifySignature(key));
        for (const int index : { 0, 31, 32, 63 }) {
            Document changedSignature = document.value();
            changedSignature.signature[index] = char(changedSignature.signature.at(index) ^ 0x01);
            QVERIFY(!changedSignature.verifySignature(key));
        }
    }

    void publicVerifyRechecksTheStoredRow()
    {
        approve(m_verkehr, m_case, 2);
        const QJsonObject issued = issue(m_verkehr, m_case).json();
        const QString serial = issued.value(QLatin1String("serial")).toString();
        const QString path = QStringLiteral("/api/v1/documents/%1/verify").arg(serial);
        const HttpResponse verdict = m_backend->http().get(path); // anonymous
        QCOMPARE(verdict.status, 200);
        QCOMPARE(verdict.json().value(QLatin1String("valid")).toBool(), true);
        QCOMPARE(verdict.json().value(QLatin1String("office_id")).toString(),
                 QStringLiteral("strassenverkehrsamt"));
        QCOMPARE(verdict.json().value(QLatin1String("type")).toString(),
                 QStringLiteral("anwohnerparkausweis"));
        QCOMPARE(verdict.json().value(QLatin1String("issued_at")),
                 issued.value(QLatin1String("issued_at")));
        QVERIFY(!verdict.body.contains("Mustermann"));

        QCOMPARE(m_backend->http().get(QStringLiteral("/api/v1/documents/SVA-2000-999999/verify")).status,
                 404);
        QCOMPARE(m_backend->http().get(QStringLiteral("/api/v1/documents/nonsense/verify")).status,
                 404);

        server::Database database = openDatabase(*m_backend);
        const QSqlDatabase db = database.connection();
        const QString data = server::sql::scalar(db, QStringLiteral("SELECT data FROM documents"))
                                 ->toString();
        const QString signature =
            server::sql::scalar(db, QStringLiteral("SELECT signature FROM documents"))->toString();
        // One changed letter in the data.
        server::sql::exec(db, QStringLiteral("UPDATE documents SET data = ?"),
                          { QString(data).replace(QStringLiteral("L-EM 1234"),
                                                  QStringLiteral("L-EM 1235")) });
        QCOMPARE(m_backend->http().get(path).json().value(QLatin1String("valid")).toBool(), false);
        // Restored, it verifies again; then one changed byte in the signature.
        server::sql::exec(db, QStringLiteral("UPDATE documents SET data = ?"), { data });
        QCOMPARE(m_backend->http().get(path).json().value(QLatin1String("valid")).toBool(), true);
        QByteArray raw = QByteArray::fromBase64(signature.toLatin1());
        raw[10] = char(raw.at(10) ^ 0x80);
        server::sql::exec(db, QStringLiteral("UPDATE documents SET signature = ?"),
                          { QString::fromLatin1(raw.toBase64()) });
        QCOMPARE(m_backend->http().get(path).json().value(QLatin1String("valid")).toBool(), false);
    }

    void onlyTheOwnerReadsADocument()
    {
        approve(m_verkehr, m_case, 2);
        const QString id = issue(m_verkehr, m_case).json().value(QLatin1String("id")).toString();
        const QString path = QStringLiteral("/api/v1/documents/") + id;
        QCOMPARE(m_backend->http().get(path).status, 401);
        const HttpResponse other = m_backend->http().get(path, m_max);
        QCOMPARE(other.status, 404);
        QVERIFY(!other.body.contains("Mustermann"));
        QCOMPARE(m_backend->http().get(path, m_verkehr).status, 403);
        QCOMPARE(m_backend->http()
                     .get(QStringLiteral("/api/v1/documents/") +
                              QUuid::createUuid().toString(QUuid::WithoutBraces),
                          m_erika)
                     .status,
                 404);
        QCOMPARE(m_backend->http().get(QStringLiteral("/api/v1/documents/SVA-2026-000001"), m_erika)
                     .status,
                 404);
    }

    void hiddenDocumentsStayWithTheOffice()
    {
        approve(m_verkehr, m_case, 2);
        const HttpResponse issued =
            issue(m_verkehr, m_case, { { QStringLiteral("visible_to_citizen"), false } });
        QCOMPARE(issued.status, 201);
        const QString id = issued.json().value(QLatin1String("id")).toString();
        QCOMPARE(m_backend->http().get(QStringLiteral("/api/v1/documents/") + id, m_erika).status,
                 404);
        const HttpResponse mine =
            m_backend->http().get(QStringLiteral("/api/v1/applications/") + m_case, m_erika);
        QCOMPARE(mine.json().value(QLatin1String("documents")).toArray().size(), 0);
        const HttpResponse office = m_backend->http().get(casePath(m_case), m_verkehr);
        const QJsonArray documents = office.json().value(QLatin1String("documents")).toArray();
        QCOMPARE(documents.size(), 1);
        QCOMPARE(documents.at(0).toObject().value(QLatin1String("visible_to_citizen")).toBool(),
                 false);
    }

    // GET /me/export holds the case as the citizen sees it: its issued
    // document (not a hidden one), the whole message thread (without marking
    // it read) and every payment attempt.
    void exportHoldsDocumentsMessagesAndPayments()
    {
        approve(m_verkehr, m_case, 2);
        const HttpResponse issued = issue(m_verkehr, m_case);
        QCOMPARE(issued.status, 201);
        QCOMPARE(
            sendJson(*m_backend, "POST", casePath(m_case, QStringLiteral("/messages")), m_verkehr,
                     { { QStringLiteral("body"), QStringLiteral("Ihr Ausweis liegt bereit.") } })
                .status,
            201);

        // A second application, waiting for its fee: one payment started.
        const QString service = QStringLiteral("anwohnerparkausweis");
        const HttpResponse unpaid =
            submitApplication(*m_backend, m_erika, "export-unpaid",
                              applicationBody(service,
                                              validData(service, m_backend->clock().now().date(),
                                                        uploadPdf(*m_backend, m_erika))));
        QCOMPARE(unpaid.status, 201);
        const QString unpaidId = unpaid.json().value(QLatin1String("id")).toString();
        const HttpResponse payment = m_backend->http().request(
            "POST", QStringLiteral("/api/v1/applications/%1/payments").arg(unpaidId), "{}",
            { { "Content-Type", "application/json" },
              { "Authorization", "Bearer " + m_erika.toLatin1() },
              { "Idempotency-Key", "export-payment" } });
        QCOMPARE(payment.status, 201);

        const HttpResponse exported =
            m_backend->http().get(QStringLiteral("/api/v1/me/export"), m_erika);
        QCOMPARE(exported.status, 200);
        QJsonObject done;
        QJsonObject waiting;
        for (const QJsonValue &value :
             exported.json().value(QLatin1String("applications")).toArray()) {
            const QJsonObject application = value.toObject();
            const QString id = application.value(QLatin1String("id")).toString();
            if (id == m_case)
                done = application;
            else if (id == unpaidId)
                waiting = application;
        }
        QVERIFY(!done.isEmpty());
        QVERIFY(!waiting.isEmpty());
        QVERIFY(ApplicationDetail::fromJson(done).ok());
        QVERIFY(done.value(QLatin1String("history")).toArray().size() >= 4);
        const QJsonArray documents = done.value(QLatin1String("documents")).toArray();
        QCOMPARE(documents.size(), 1);
        QCOMPARE(documents.at(0).toObject().value(QLatin1String("serial")),
                 issued.json().value(QLatin1String("serial")));
        const QJsonArray messages = done.value(QLatin1String("messages")).toArray();
        QCOMPARE(messages.size(), 1);
        QCOMPARE(messages.at(0).toObject().value(QLatin1String("body")).toString(),
                 QStringLiteral("Ihr Ausweis liegt bereit."));
        const QJsonArray payments = waiting.value(QLatin1String("payments")).toArray();
        QCOMPARE(payments.size(), 1);
        QCOMPARE(payments.at(0).toObject().value(QLatin1String("id")),
                 payment.json().value(QLatin1String("id")));
        QCOMPARE(done.value(QLatin1String("payments")).toArray().size(), 0);
        // Records carry their correction threads (none here).
        for (const QJsonValue &record : exported.json().value(QLatin1String("records")).toArray())
            QVERIFY(record.toObject().value(QLatin1String("messages")).isArray());

        // Exporting read nothing on the citizen's behalf: the message is still unread.
        const HttpResponse mine =
            m_backend->http().get(QStringLiteral("/api/v1/applications/") + m_case, m_erika);
        QCOMPARE(mine.json().value(QLatin1String("unread_messages")).toInt(), 1);
    }

    void badIssueRequests()
    {
        approve(m_verkehr, m_case, 2);
        QCOMPARE(issue(m_verkehr, m_case, { { QStringLiteral("valid_until"), QStringLiteral("gestern") } })
                     .status,
                 422);
        QCOMPARE(issue(m_verkehr, m_case, { { QStringLiteral("visible_to_citizen"), 1 } }).status,
                 422);
        QCOMPARE(issue(m_steueramt, m_case).status, 404);
        QCOMPARE(caseVersion(*m_backend, m_case), 4);
    }

private:
    void approve(const QString &token, const QString &id, int version)
    {
        QCOMPARE(moveCase(*m_backend, token, id,
                          { { QStringLiteral("to"), QStringLiteral("in_review") } }, version)
                     .status,
                 200);
        QCOMPARE(moveCase(*m_backend, token, id,
                          { { QStringLiteral("to"), QStringLiteral("approved") } }, version + 1)
                     .status,
                 200);
    }

    HttpResponse issue(const QString &token, const QString &id, const QJsonObject &body = {})
    {
        return sendJson(*m_backend, "POST", casePath(id, QStringLiteral("/documents")), token, body);
    }

    QString submitFree(const QString &service)
    {
        const HttpResponse created = submitApplication(
            *m_backend, m_erika, QUuid::createUuid().toByteArray(QUuid::WithoutBraces),
            applicationBody(service, validData(service, m_backend->clock().now().date())));
        return created.json().value(QLatin1String("id")).toString();
    }

    QByteArray officeKey(const QString &officeId)
    {
        for (const QJsonValue &value : m_backend->http().get(QStringLiteral("/api/v1/offices")).jsonArray()) {
            const auto office = Office::fromJson(value.toObject());
            if (office.ok() && office.value().id == officeId)
                return office.value().publicKeyPem.toLatin1();
        }
        return {};
    }

    std::unique_ptr<TestBackend> m_backend;
    QString m_erika;
    QString m_max;
    QString m_verkehr;
    QString m_steueramt;
    QString m_case;
};

QTEST_GUILESS_MAIN(TestDocuments)
#include "test_documents.moc"
