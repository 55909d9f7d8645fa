// The public catalogue over HTTP: health, offices, services and their forms,
// problem answers for unknown things, X-Request-Id on every answer.
#include "common/forms/FormSchema.h"
#include "common/wire/Catalogue.h"
#include "server/store/Database.h"
#include "server/store/Sql.h"
#include "tests/support/TestBackend.h"

#include <QSet>
#include <QTest>

using namespace rathaus;
using namespace rathaus::test;

class TestCatalogue : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_backend = std::make_unique<TestBackend>();
        QVERIFY2(m_backend->start(), qPrintable(m_backend->error()));
    }
    void cleanup() { m_backend.reset(); }

    void health()
    {
        const HttpResponse response = m_backend->http().get(QStringLiteral("/api/v1/health"));
        QCOMPARE(response.status, 200);
        const QJsonObject body = response.json();
        QCOMPARE(body.value(QLatin1String("status")).toString(), QStringLiteral("ok"));
        QVERIFY(!body.value(QLatin1String("version")).toString().isEmpty());
        QCOMPARE(body.value(QLatin1String("db")).toString(),
                 m_backend->database().isPostgres() ? QStringLiteral("postgres")
                                                    : QStringLiteral("sqlite"));
        QVERIFY(!response.header("X-Request-Id").isEmpty());
        QVERIFY(response.header("Content-Type").startsWith("application/json"));
        // The demo city names itself; clients print this, not their URL's host.
        QCOMPARE(body.value(QLatin1String("city_name")).toString(),
                 QStringLiteral("Stadt Lunaburg"));
    }

    void offices()
    {
        const HttpResponse response = m_backend->http().get(QStringLiteral("/api/v1/offices"));
        QCOMPARE(response.status, 200);
        const auto offices = listFromJson<Office>(response.jsonArray());
        QVERIFY2(offices.ok(), qPrintable(offices.ok() ? QString() : offices.problem().detail));
        QSet<QString> ids;
        for (const Office &office : offices.value()) {
            ids.insert(office.id);
            QVERIFY(!office.name.de.isEmpty());
            QVERIFY(!office.name.en.isEmpty());
            // Each office publishes its own ECDSA P-256 public key.
            QVERIFY2(office.publicKeyPem.startsWith(QLatin1String("-----BEGIN PUBLIC KEY-----")),
                     qPrintable(office.id));
        }
        const QSet<QString> expected {
            QStringLiteral("buergerbuero"),     QStringLiteral("standesamt"),
            QStringLiteral("elterngeldstelle"), QStringLiteral("strassenverkehrsamt"),
            QStringLiteral("steueramt"),        QStringLiteral("entsorgung")
        };
        QCOMPARE(ids, expected);
    }

    void servicesListAndDetail()
    {
        const HttpResponse list = m_backend->http().get(QStringLiteral("/api/v1/services"));
        QCOMPARE(list.status, 200);
        const auto services = listFromJson<ServiceSummary>(list.jsonArray());
        QVERIFY(services.ok());
        QCOMPARE(services.value().size(), 6);

        const QMap<QString, qint64> baseFees { { QStringLiteral("meldebescheinigung"), 500 },
                                               { QStringLiteral("anwohnerparkausweis"), 3000 },
                                               { QStringLiteral("hundesteuer-anmeldung"), 0 },
                                               { QStringLiteral("sperrmuell"), 0 },
                                               { QStringLiteral("geburtsurkunde"), 1200 },
                                               { QStringLiteral("elterngeld-antrag"), 0 } };
        QSet<QString> fieldTypes;
        for (const ServiceSummary &summary : services.value()) {
            QVERIFY2(baseFees.contains(summary.id), qPrintable(summary.id));
            QCOMPARE(summary.fee.baseCents, baseFees.value(summary.id));
            QVERIFY(!summary.title.de.isEmpty() && !summary.title.en.isEmpty());
            QVERIFY(!summary.summary.de.isEmpty() && !summary.summary.en.isEmpty());

            const HttpResponse response =
                m_backend->http().get(QStringLiteral("/api/v1/services/") + summary.id);
            QCOMPARE(response.status, 200);
            const QJsonObject object = response.json();
            // The form must parse with the same strict code the client uses.
            const auto form = FormSchema::fromJson(object.value(QLatin1String("form")).toObject());
            QVERIFY2(form.ok(),
                     qPrintable(summary.id + QLatin1Char(' ') +
                                (form.ok() ? QString() : form.problem().detail)));
            const auto detail = ServiceDetail::fromJson(object);
            QVERIFY(detail.ok());
            QCOMPARE(detail.value().summary, summary);
            QVERIFY(!detail.value().legalBasis.isEmpty());
            QVERIFY(!detail.value().description.de.isEmpty());
            QVERIFY(!detail.value().description.en.isEmpty());
            QVERIFY(!detail.value().requirements.isEmpty());
            for (const FormField *field : detail.value().form.allFields())
                fieldTypes.insert(fieldTypeToWire(field->type));
        }
        // Together the demo forms use every field type.
        for (const char *type :
             { "text", "multiline", "number", "date", "choice", "multichoice", "checkbox", "email",
               "phone", "iban", "licence_plate", "postal_address", "file" }) {
            QVERIFY2(fieldTypes.contains(QLatin1String(type)), type);
        }
    }

    void feeRules()
    {
        const auto detail = [&](const QString &id) {
            return ServiceDetail::fromJson(
                       m_backend->http().get(QStringLiteral("/api/v1/services/") + id).json())
                .value();
        };
        const FeeRule birth = detail(QStringLiteral("geburtsurkunde")).summary.fee;
        QCOMPARE(birth.compute(QJsonObject { { QStringLiteral("copies"), 1 } }), 1200);
        QCOMPARE(birth.compute(QJsonObject { { QStringLiteral("copies"), 3 } }), 2400);
        const FeeRule waste = detail(QStringLiteral("sperrmuell")).summary.fee;
        QCOMPARE(
            waste.compute(QJsonObject { { QStringLiteral("volume"), QStringLiteral("small") } }),
            0);
        QCOMPARE(
            waste.compute(QJsonObject { { QStringLiteral("volume"), QStringLiteral("large") } }),
            2500);
    }

    void unknownServiceIs404Problem()
    {
        for (const QString &id :
             { QStringLiteral("no-such-service"), QStringLiteral("..%2F..%2Fetc"),
               QStringLiteral("%00"), QString(300, QLatin1Char('a')) }) {
            const HttpResponse response =
                m_backend->http().get(QStringLiteral("/api/v1/services/") + id);
            QCOMPARE(response.status, 404);
            QCOMPARE(response.header("Content-Type"), QByteArray("application/problem+json"));
            QCOMPARE(response.json().value(QLatin1String("type")).toString(),
                     QStringLiteral("urn:rathaus:problem:not-found"));
            QVERIFY(!response.header("X-Request-Id").isEmpty());
        }
    }

    void unknownRouteIs404Problem()
    {
        for (const auto &[method, path] : QList<QPair<QByteArray, QString>> {
                 { "GET", QStringLiteral("/") },
                 { "GET", QStringLiteral("/api/v2/health") },
                 { "DELETE", QStringLiteral("/api/v1/services") },
                 { "GET", QStringLiteral("/api/v1/auth/login") } }) {
            const HttpResponse response = m_backend->http().request(method, path);
            QCOMPARE(response.status, 404);
            QCOMPARE(response.header("Content-Type"), QByteArray("application/problem+json"));
            const QJsonObject body = response.json();
            QCOMPARE(body.value(QLatin1String("status")).toInt(), 404);
            QCOMPARE(body.value(QLatin1String("type")).toString(),
                     QStringLiteral("urn:rathaus:problem:not-found"));
            QVERIFY(!response.header("X-Request-Id").isEmpty());
        }
    }

    void requestIdIsEchoedWhenSane()
    {
        HttpResponse response =
            m_backend->http().request("GET", QStringLiteral("/api/v1/health"), {},
                                      { { "X-Request-Id", "client-abc.123_x" } });
        QCOMPARE(response.header("X-Request-Id"), QByteArray("client-abc.123_x"));
        // Not sane (spaces, too long): replaced by the server's own.
        response = m_backend->http().request("GET", QStringLiteral("/api/v1/health"), {},
                                             { { "X-Request-Id", "bad id; drop table" } });
        QVERIFY(!response.header("X-Request-Id").isEmpty());
        QVERIFY(response.header("X-Request-Id") != "bad id; drop table");
        response = m_backend->http().request("GET", QStringLiteral("/nowhere"), {},
                                             { { "X-Request-Id", QByteArray(200, 'a') } });
        QCOMPARE(response.status, 404);
        QVERIFY(!response.header("X-Request-Id").isEmpty());
        QVERIFY(response.header("X-Request-Id").size() <= 64);
        // Two requests without one get different ids.
        const QByteArray a =
            m_backend->http().get(QStringLiteral("/api/v1/health")).header("X-Request-Id");
        const QByteArray b =
            m_backend->http().get(QStringLiteral("/api/v1/health")).header("X-Request-Id");
        QVERIFY(!a.isEmpty() && a != b);
    }

    void databaseTroubleIs503WithoutSql()
    {
        {
            // Someone breaks the database under the running backend.
            server::Database database(
                server::DatabaseUrl::parse(m_backend->database().url()).value());
            server::sql::exec(database.connection(), QStringLiteral("DROP TABLE services"));
        }
        const HttpResponse response = m_backend->http().get(QStringLiteral("/api/v1/services"));
        QCOMPARE(response.status, 503);
        QCOMPARE(response.header("Content-Type"), QByteArray("application/problem+json"));
        QCOMPARE(response.json().value(QLatin1String("type")).toString(),
                 QStringLiteral("urn:rathaus:problem:service-unavailable"));
        QVERIFY(!response.header("Retry-After").isEmpty());
        for (const char *leak : { "SELECT", "services", "sqlite", "postgres", "SQL", "/" })
            QVERIFY2(!response.body.contains(leak), leak);
        // Other routes still answer.
        QCOMPARE(m_backend->http().get(QStringLiteral("/api/v1/offices")).status, 200);
    }

private:
    std::unique_ptr<TestBackend> m_backend;
};

QTEST_GUILESS_MAIN(TestCatalogue)
#include "test_catalogue.moc"
