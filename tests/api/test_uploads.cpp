// Uploads: sniffed types, size limits, server-made names, who may read them,
// their use in applications, and their removal when nobody refers to them.
#include "common/crypto/Crypto.h"
#include "server/domain/Housekeeping.h"
#include "server/domain/UploadService.h"
#include "server/store/Database.h"
#include "tests/api/ApplicationTestData.h"

#include <QTest>

#include <functional>

using namespace rathaus;
using namespace rathaus::test;

class TestUploads : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_backend = std::make_unique<TestBackend>();
        QVERIFY2(m_backend->start(), qPrintable(m_backend->error()));
        m_erika = accessToken(*m_backend, QStringLiteral("erika"));
        m_max = accessToken(*m_backend, QStringLiteral("max"));
        QVERIFY(!m_erika.isEmpty() && !m_max.isEmpty());
    }
    void cleanup() { m_backend.reset(); }

    void storesAndServesTheFile()
    {
        for (const auto &[content, type] :
             { std::pair { tinyPdf(), QByteArray("application/pdf") },
               std::pair { tinyPng(), QByteArray("image/png") },
               std::pair { tinyJpeg(), QByteArray("image/jpeg") } }) {
            const HttpResponse created =
                uploadFile(*m_backend, m_erika, content, type, QByteArray());
            QCOMPARE(created.status, 201);
            const QJsonObject upload = created.json();
            const QString id = upload.value(QLatin1String("id")).toString();
            QVERIFY(!id.isEmpty());
            QCOMPARE(upload.value(QLatin1String("sha256")).toString(), crypto::sha256Hex(content));
            QCOMPARE(upload.value(QLatin1String("size")).toInteger(), qint64(content.size()));
            QCOMPARE(upload.value(QLatin1String("media_type")).toString(), QString::fromLatin1(type));
            QVERIFY(upload.value(QLatin1String("filename")).toString().startsWith(
                QLatin1String("upload.")));
            QCOMPARE(created.header("Location"), "/api/v1/uploads/" + id.toLatin1());

            const HttpResponse read = m_backend->http().get(path(id), m_erika);
            QCOMPARE(read.status, 200);
            QCOMPARE(read.body, content);
            QCOMPARE(read.header("Content-Type"), type);
            QVERIFY(read.header("Content-Disposition").startsWith("attachment;"));
        }
        // Not signed in.
        QCOMPARE(uploadFile(*m_backend, QString(), tinyPdf()).status, 401);
        QCOMPARE(m_backend->http().get(path(uploadPdf(*m_backend, m_erika))).status, 401);
    }

    void oversizeIs413AndOnlyUploadsMayBeLarge()
    {
        // 2 MiB: over the 1 MiB limit of every other route, fine here.
        QByteArray twoMiB = tinyPdf() + QByteArray(2 * 1024 * 1024, ' ');
        QCOMPARE(uploadFile(*m_backend, m_erika, twoMiB).status, 201);
        const HttpResponse login = m_backend->http().request(
            "POST", QStringLiteral("/api/v1/auth/login"), twoMiB,
            { { "Content-Type", "application/json" } });
        QCOMPARE(login.status, 413);

        // One byte over 10 MiB: refused by the connection guard.
        const QByteArray tooBig = tinyPdf() + QByteArray(10 * 1024 * 1024 + 1 - tinyPdf().size(), ' ');
        const HttpResponse refused = uploadFile(*m_backend, m_erika, tooBig);
        QCOMPARE(refused.status, 413);
        QCOMPARE(problemSlug(refused), QStringLiteral("payload-too-large"));
        // Exactly 10 MiB is fine.
        const QByteArray limit = tooBig.left(tooBig.size() - 1);
        QCOMPARE(uploadFile(*m_backend, m_erika, limit).status, 201);
    }

    void configuredLimitApplies()
    {
        m_backend.reset();
        TestBackend::Options options;
        options.configure = [](server::BackendConfig &config) { config.maxUploadBytes = 1000; };
        m_backend = std::make_unique<TestBackend>(options);
        QVERIFY2(m_backend->start(), qPrintable(m_backend->error()));
        const QString erika = accessToken(*m_backend, QStringLiteral("erika"));
        QCOMPARE(uploadFile(*m_backend, erika, tinyPdf() + QByteArray(1000, ' ')).status, 413);
        QCOMPARE(uploadFile(*m_backend, erika, tinyPdf()).status, 201);
    }

    void wrongTypeIs415()
    {
        const QList<std::pair<QByteArray, QByteArray>> refused {
            { "plain text", "text/plain" },
            { "GIF89a....", "image/png" }, // declared PNG, is no PNG
            { "<html></html>", "application/pdf" },
            { tinyPdf(), "image/png" }, // a PDF sent as PNG
            { tinyPng(), "image/jpeg" },
            { tinyJpeg(), "application/pdf" },
            { tinyPdf(), "application/octet-stream" },
            { tinyPdf(), "" }, // no Content-Type at all
            { "", "application/pdf" }, // empty
        };
        for (const auto &[content, type] : refused) {
            const HttpResponse response =
                uploadFile(*m_backend, m_erika, content, type, QByteArray());
            QVERIFY2(response.status == 415, type.constData());
            QCOMPARE(problemSlug(response), QStringLiteral("unsupported-media-type"));
        }
        // A PDF named .png (or .jpg) is refused although sent as a PDF.
        QCOMPARE(uploadFile(*m_backend, m_erika, tinyPdf(), "application/pdf", "scan.png").status,
                 415);
        QCOMPARE(uploadFile(*m_backend, m_erika, tinyPdf(), "application/pdf", "scan.JPG").status,
                 415);
        QCOMPARE(uploadFile(*m_backend, m_erika, tinyJpeg(), "image/jpg", "photo.jpeg").status, 201);
    }

    void traversalNamesAreHarmless()
    {
        const QList<std::pair<QByteArray, QString>> names {
            { "../../etc/passwd", QStringLiteral("passwd.pdf") },
            { "..%2F..%2Fetc%2Fpasswd", QStringLiteral("passwd.pdf") },
            { "C:\\Windows\\System32\\evil.pdf", QStringLiteral("evil.pdf") },
            { "..", QStringLiteral("upload.pdf") },
            { ".hidden.pdf", QStringLiteral("hidden.pdf") },
            { "a%0D%0AX-Evil: 1.pdf", QStringLiteral("a__X-Evil_ 1.pdf") },
            { "F%C3%BChrerschein \"neu\".pdf", QStringLiteral("Führerschein _neu_.pdf") },
            { "report.exe", QStringLiteral("report.exe.pdf") },
        };
        for (const auto &[header, expected] : names) {
            const HttpResponse created =
                uploadFile(*m_backend, m_erika, tinyPdf(), "application/pdf", header);
            QVERIFY2(created.status == 201, header.constData());
            QCOMPARE(created.json().value(QLatin1String("filename")).toString(), expected);
            const HttpResponse read = m_backend->http().get(
                path(created.json().value(QLatin1String("id")).toString()), m_erika);
            QCOMPARE(read.status, 200);
            const QByteArray disposition = read.header("Content-Disposition");
            QVERIFY2(!disposition.contains('/') && !disposition.contains("..") &&
                         !disposition.contains('\r') && !disposition.contains('\n'),
                     disposition.constData());
        }
    }

    void othersGet404UntilAnApplicationOfTheirOfficeRefersToIt()
    {
        const QString upload = uploadPdf(*m_backend, m_erika);
        QCOMPARE(m_backend->http().get(path(upload), m_max).status, 404);
        QCOMPARE(m_backend->http().get(path(QStringLiteral("not-an-id")), m_erika).status, 404);
        const QString verkehr = staffToken(*m_backend, QStringLiteral("sb.verkehr"));
        const QString buergerbuero = staffToken(*m_backend, QStringLiteral("sb.buergerbuero"));
        QVERIFY(!verkehr.isEmpty() && !buergerbuero.isEmpty());
        QCOMPARE(m_backend->http().get(path(upload), verkehr).status, 404);

        const HttpResponse submitted =
            submitApplication(*m_backend, m_erika, "k1",
                              applicationBody(QStringLiteral("anwohnerparkausweis"),
                                              validData(QStringLiteral("anwohnerparkausweis"),
                                                        today(), upload)));
        QCOMPARE(submitted.status, 201);
        QCOMPARE(m_backend->http().get(path(upload), verkehr).status, 200);
        QCOMPARE(m_backend->http().get(path(upload), buergerbuero).status, 404);
        QCOMPARE(m_backend->http().get(path(upload), m_max).status, 404);
    }

    void applicationsTakeOnlyTheCitizensOwnUploads()
    {
        const QString maxUpload = uploadPdf(*m_backend, m_max);
        for (const QString &id : { maxUpload, QStringLiteral("upload-1"),
                                   QStringLiteral("00000000-0000-4000-8000-000000000000") }) {
            const HttpResponse response = submitApplication(
                *m_backend, m_erika, "key-" + id.toLatin1(),
                applicationBody(QStringLiteral("anwohnerparkausweis"),
                                validData(QStringLiteral("anwohnerparkausweis"), today(), id)));
            QCOMPARE(response.status, 422);
            QVERIFY(response.json()
                        .value(QLatin1String("errors"))
                        .toObject()
                        .contains(QLatin1String("registration")));
        }
        // Max's own upload works for Max.
        const HttpResponse own = submitApplication(
            *m_backend, m_max, "max-1",
            applicationBody(QStringLiteral("anwohnerparkausweis"),
                            validData(QStringLiteral("anwohnerparkausweis"), today(), maxUpload)));
        QCOMPARE(own.status, 201);
    }

    void fileFieldsAreStoredWithNameAndSize()
    {
        const QString verkehr = staffToken(*m_backend, QStringLiteral("sb.verkehr"));
        QVERIFY(!verkehr.isEmpty());
        const QString maxUpload = uploadPdf(*m_backend, m_max);
        // However the file is named: one bare id, a list of ids, or the object
        // (whose name and size the server replaces with what it knows).
        const QList<std::function<QJsonValue(const QString &)>> shapes {
            [](const QString &id) { return QJsonValue(id); },
            [](const QString &id) { return QJsonValue(QJsonArray { id }); },
            [](const QString &id) {
                return QJsonValue(QJsonObject { { QStringLiteral("upload_id"), id },
                                                { QStringLiteral("name"), QStringLiteral("x") },
                                                { QStringLiteral("size"), 1 } });
            },
        };
        int round = 0;
        for (const auto &shape : shapes) {
            ++round;
            const HttpResponse uploaded =
                uploadFile(*m_backend, m_erika, tinyPdf(), "application/pdf", "Schein.pdf");
            QCOMPARE(uploaded.status, 201);
            const QString id = uploaded.json().value(QLatin1String("id")).toString();
            QJsonObject data = validData(QStringLiteral("anwohnerparkausweis"), today(), id);
            data.insert(QStringLiteral("registration"), shape(id));
            const HttpResponse submitted =
                submitApplication(*m_backend, m_erika, "shape-" + QByteArray::number(round),
                                  applicationBody(QStringLiteral("anwohnerparkausweis"), data));
            QCOMPARE(submitted.status, 201);
            const QString application = submitted.json().value(QLatin1String("id")).toString();

            const QJsonObject expected { { QStringLiteral("upload_id"), id },
                                         { QStringLiteral("name"), QStringLiteral("Schein.pdf") },
                                         { QStringLiteral("size"), tinyPdf().size() },
                                         { QStringLiteral("media_type"),
                                           QStringLiteral("application/pdf") } };
            // The citizen's application and the office's case alike.
            for (const auto &[route, token] :
                 { std::pair { QStringLiteral("/api/v1/applications/"), m_erika },
                   std::pair { QStringLiteral("/api/v1/staff/cases/"), verkehr } }) {
                const HttpResponse read = m_backend->http().get(route + application, token);
                QCOMPARE(read.status, 200);
                QCOMPARE(read.json()
                             .value(QLatin1String("data"))
                             .toObject()
                             .value(QLatin1String("registration")),
                         QJsonValue(QJsonArray { expected }));
            }
            // The office may open it: the file is linked to the case.
            QCOMPARE(m_backend->http().get(path(id), verkehr).status, 200);

            // Someone else's upload is refused in this shape too.
            data.insert(QStringLiteral("registration"), shape(maxUpload));
            const HttpResponse foreign =
                submitApplication(*m_backend, m_erika, "foreign-" + QByteArray::number(round),
                                  applicationBody(QStringLiteral("anwohnerparkausweis"), data));
            QCOMPARE(foreign.status, 422);
            QVERIFY(foreign.json()
                        .value(QLatin1String("errors"))
                        .toObject()
                        .contains(QLatin1String("registration")));
        }
    }

    void fileFieldsCheckAcceptAndMaxBytes()
    {
        // The demo forms accept all three types up to 10 MiB; a stricter field:
        FormField field;
        field.id = QStringLiteral("photo");
        field.type = FieldType::File;
        field.accept = { QStringLiteral("image/png"), QStringLiteral("image/jpeg") };
        field.maxBytes = tinyPng().size();
        const QString pdf = uploadPdf(*m_backend, m_erika);
        const QString png = uploadFile(*m_backend, m_erika, tinyPng(), "image/png", "a.png")
                                .json()
                                .value(QLatin1String("id"))
                                .toString();
        const QString bigPng =
            uploadFile(*m_backend, m_erika, tinyPng() + "x", "image/png", "b.png")
                .json()
                .value(QLatin1String("id"))
                .toString();
        server::Database database(server::DatabaseUrl::parse(m_backend->database().url()).value());
        const QSqlDatabase db = database.connection();
        const QString erikaId = m_backend->login(QStringLiteral("erika"))
                                    .json()
                                    .value(QLatin1String("user"))
                                    .toObject()
                                    .value(QLatin1String("id"))
                                    .toString();
        auto check = [&](const QString &upload) {
            return server::UploadService::checkField(db, erikaId, field, QJsonArray { upload });
        };
        QVERIFY(check(png).isEmpty());
        QVERIFY(!check(pdf).isEmpty()); // type not accepted
        QVERIFY(!check(bigPng).isEmpty()); // over max_bytes
        QVERIFY(!server::UploadService::checkField(db, QStringLiteral("someone-else"), field,
                                                   QJsonArray { png })
                     .isEmpty());
    }

    void unreferencedUploadsGoAfter24Hours()
    {
        const QString loose = uploadPdf(*m_backend, m_erika);
        const QString used = uploadPdf(*m_backend, m_erika);
        QCOMPARE(submitApplication(*m_backend, m_erika, "k1",
                                   applicationBody(QStringLiteral("anwohnerparkausweis"),
                                                   validData(QStringLiteral("anwohnerparkausweis"),
                                                             today(), used)))
                     .status,
                 201);
        server::Database database(server::DatabaseUrl::parse(m_backend->database().url()).value());
        m_backend->clock().advance(23 * 60 * 60);
        QCOMPARE(server::Housekeeping::run(database, m_backend->clock()).uploads, 0);
        m_backend->clock().advance(60 * 60 + 1);
        QCOMPARE(server::Housekeeping::run(database, m_backend->clock()).uploads, 1);
        const QString erika = accessToken(*m_backend, QStringLiteral("erika")); // 24 h later
        QCOMPARE(m_backend->http().get(path(loose), erika).status, 404);
        const HttpResponse kept = m_backend->http().get(path(used), erika);
        QCOMPARE(kept.status, 200);
        QCOMPARE(kept.body, tinyPdf());
        QCOMPARE(server::Housekeeping::run(database, m_backend->clock()).uploads, 0);
    }

private:
    static QString path(const QString &id) { return QStringLiteral("/api/v1/uploads/") + id; }
    QDate today() const { return m_backend->clock().now().date(); }

    std::unique_ptr<TestBackend> m_backend;
    QString m_erika;
    QString m_max;
};

QTEST_GUILESS_MAIN(TestUploads)
#include "test_uploads.moc"
