// Improvement suggestions: anyone signed in sends them (validated, rate
// limited per user); leads read those about their office, admins all.
#include "common/wire/Message.h"
#include "common/wire/Page.h"
#include "tests/api/ApplicationTestData.h"

#include <QSet>
#include <QTest>

using namespace rathaus;
using namespace rathaus::test;

class TestFeedback : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_backend = std::make_unique<TestBackend>();
        QVERIFY2(m_backend->start(), qPrintable(m_backend->error()));
        m_erika = accessToken(*m_backend, QStringLiteral("erika"));
        QVERIFY(!m_erika.isEmpty());
    }
    void cleanup() { m_backend.reset(); }

    void anyoneSignedInSendsSuggestions()
    {
        HttpResponse response = send(m_erika, QStringLiteral("  Bitte mehr Termine am Samstag.  "));
        QCOMPARE(response.status, 201);
        auto feedback = Feedback::fromJson(response.json());
        QVERIFY2(feedback.ok(), response.body.constData());
        QCOMPARE(feedback.value().text, QStringLiteral("Bitte mehr Termine am Samstag."));
        QCOMPARE(feedback.value().status, QStringLiteral("new"));
        QVERIFY(feedback.value().serviceId.isEmpty());
        QVERIFY(!response.json().contains(QLatin1String("user_id")));

        response = send(m_erika, QStringLiteral("Das Formular fragt zweimal nach der Zone."),
                        QStringLiteral("anwohnerparkausweis"));
        QCOMPARE(response.status, 201);
        feedback = Feedback::fromJson(response.json());
        QVERIFY(feedback.ok());
        QCOMPARE(feedback.value().serviceId, QStringLiteral("anwohnerparkausweis"));
        QCOMPARE(feedback.value().officeId, QStringLiteral("strassenverkehrsamt"));

        // Staff may suggest improvements too.
        QCOMPARE(send(staffToken(*m_backend, QStringLiteral("sb.verkehr")),
                      QStringLiteral("Die Suche nach Kennzeichen wäre hilfreich."))
                     .status,
                 201);
    }

    void invalidSuggestionsAre422()
    {
        HttpResponse response = send(m_erika, QStringLiteral("zu kurz"));
        QCOMPARE(response.status, 422);
        QVERIFY(response.json()
                    .value(QLatin1String("errors"))
                    .toObject()
                    .contains(QLatin1String("text")));
        QCOMPARE(send(m_erika, QStringLiteral("   kurz       ")).status, 422); // trimmed first
        QCOMPARE(send(m_erika, QString(4001, QLatin1Char('x'))).status, 422);
        QCOMPARE(send(m_erika, QString(4000, QLatin1Char('x'))).status, 201);
        response = send(m_erika, QStringLiteral("Eine gute Idee für alle."),
                        QStringLiteral("no-such-service"));
        QCOMPARE(response.status, 422);
        QVERIFY(response.json()
                    .value(QLatin1String("errors"))
                    .toObject()
                    .contains(QLatin1String("service_id")));
        QCOMPARE(m_backend->http()
                     .postJson(QStringLiteral("/api/v1/feedback"),
                               { { QStringLiteral("text"), 12345678901LL } }, m_erika)
                     .status,
                 422);
        response = send({}, QStringLiteral("Anonym geht es nicht."));
        QCOMPARE(response.status, 401);
    }

    void leadsReadTheirOfficeAdminsAll()
    {
        QCOMPARE(send(m_erika, QStringLiteral("Allgemein: längere Öffnungszeiten.")).status, 201);
        QCOMPARE(send(m_erika, QStringLiteral("Parken: Zone D für die Neustadt."),
                      QStringLiteral("anwohnerparkausweis"))
                     .status,
                 201);
        QCOMPARE(send(m_erika, QStringLiteral("Hundesteuer: Online-Abmeldung fehlt."),
                      QStringLiteral("hundesteuer-anmeldung"))
                     .status,
                 201);

        const QString lead = staffToken(*m_backend, QStringLiteral("lead.verkehr"));
        HttpResponse response = list(lead);
        QCOMPARE(response.status, 200);
        auto page = Page<Feedback>::fromJson(response.json());
        QVERIFY(page.ok());
        QCOMPARE(page.value().items.size(), 1);
        QCOMPARE(page.value().items.first().serviceId, QStringLiteral("anwohnerparkausweis"));
        QVERIFY(!response.body.contains("user_id"));

        const QString admin = staffToken(*m_backend, QStringLiteral("admin"));
        response = list(admin);
        QCOMPARE(response.status, 200);
        page = Page<Feedback>::fromJson(response.json());
        QVERIFY(page.ok());
        QCOMPARE(page.value().items.size(), 3);
        response = list(admin, QStringLiteral("service_id=hundesteuer-anmeldung"));
        page = Page<Feedback>::fromJson(response.json());
        QVERIFY(page.ok());
        QCOMPARE(page.value().items.size(), 1);
        QCOMPARE(page.value().items.first().officeId, QStringLiteral("steueramt"));

        QCOMPARE(list(staffToken(*m_backend, QStringLiteral("sb.verkehr"))).status, 403);
        QCOMPARE(list(m_erika).status, 403);
        QCOMPARE(list({}).status, 401);
        QCOMPARE(list(admin, QStringLiteral("cursor=nonsense")).status, 400);
        QCOMPARE(list(admin, QStringLiteral("limit=0")).status, 400);
    }

    void pagesNewestFirstByCursor()
    {
        QSet<QString> sent;
        for (int i = 0; i < 5; ++i) {
            if (i % 2 == 0)
                m_backend->clock().advance(1); // some share a second: ties broken by id
            const HttpResponse response =
                send(m_erika, QStringLiteral("Vorschlag Nummer %1 für die Stadt.").arg(i));
            QCOMPARE(response.status, 201);
            sent.insert(response.json().value(QLatin1String("id")).toString());
        }
        const QString admin = staffToken(*m_backend, QStringLiteral("admin"));
        QList<Feedback> seen;
        QString cursor;
        int pages = 0;
        do {
            const HttpResponse response =
                list(admin,
                     QStringLiteral("limit=2") +
                         (cursor.isEmpty() ? QString() : QStringLiteral("&cursor=") + cursor));
            QCOMPARE(response.status, 200);
            const auto page = Page<Feedback>::fromJson(response.json());
            QVERIFY(page.ok());
            seen += page.value().items;
            cursor = page.value().nextCursor;
            ++pages;
        } while (!cursor.isEmpty() && pages < 10);
        QCOMPARE(pages, 3);
        QSet<QString> ids;
        for (const Feedback &feedback : std::as_const(seen))
            ids.insert(feedback.id);
        QCOMPARE(ids, sent);
        for (qsizetype i = 1; i < seen.size(); ++i)
            QVERIFY(seen.at(i - 1).createdAt >= seen.at(i).createdAt);
    }

    void aRetriedSuggestionCountsOnce()
    {
        const QByteArray body = R"({"text": "Bitte einen Wickeltisch im Bürgerbüro."})";
        HttpClient::Headers headers { { "Content-Type", "application/json" },
                                      { "Authorization", "Bearer " + m_erika.toLatin1() },
                                      { "Idempotency-Key", "fb-1" } };
        const HttpResponse first =
            m_backend->http().request("POST", QStringLiteral("/api/v1/feedback"), body, headers);
        QCOMPARE(first.status, 201);
        for (int i = 0; i < 25; ++i) {
            const HttpResponse again = m_backend->http().request(
                "POST", QStringLiteral("/api/v1/feedback"), body, headers);
            QCOMPARE(again.status, 201);
            QCOMPARE(again.header("Idempotent-Replayed"), QByteArray("true"));
            QCOMPARE(again.body, first.body);
        }
        const QString admin = staffToken(*m_backend, QStringLiteral("admin"));
        QCOMPARE(list(admin).json().value(QLatin1String("items")).toArray().size(), 1);
    }

    void twentyADayThen429()
    {
        for (int i = 0; i < 20; ++i) {
            QCOMPARE(
                send(m_erika, QStringLiteral("Vorschlag Nummer %1 für die Stadt.").arg(i)).status,
                201);
            m_backend->clock().advance(60);
        }
        HttpResponse response = send(m_erika, QStringLiteral("Der einundzwanzigste Vorschlag."));
        QCOMPARE(response.status, 429);
        QCOMPARE(problemSlug(response), QStringLiteral("too-many-requests"));
        const qint64 retryAfter = response.header("Retry-After").toLongLong();
        // The first one ages out 24 h after it was sent, 20 minutes ago.
        QCOMPARE(retryAfter, qint64(24 * 3600 - 20 * 60));
        // Another user is not affected.
        QCOMPARE(send(accessToken(*m_backend, QStringLiteral("max")),
                      QStringLiteral("Ein Vorschlag von Max."))
                     .status,
                 201);
        m_backend->clock().advance(retryAfter);
        m_erika = accessToken(*m_backend, QStringLiteral("erika")); // the session has expired
        QCOMPARE(send(m_erika, QStringLiteral("Der einundzwanzigste Vorschlag.")).status, 201);
        QCOMPARE(send(m_erika, QStringLiteral("Der zweiundzwanzigste Vorschlag.")).status, 429);
    }

private:
    HttpResponse send(const QString &token, const QString &text, const QString &serviceId = {})
    {
        QJsonObject body { { QStringLiteral("text"), text } };
        if (!serviceId.isEmpty())
            body.insert(QStringLiteral("service_id"), serviceId);
        return m_backend->http().postJson(QStringLiteral("/api/v1/feedback"), body, token);
    }
    HttpResponse list(const QString &token, const QString &query = {})
    {
        return m_backend->http().get(QStringLiteral("/api/v1/staff/feedback") +
                                         (query.isEmpty() ? QString() : QLatin1Char('?') + query),
                                     token);
    }

    std::unique_ptr<TestBackend> m_backend;
    QString m_erika;
};

QTEST_GUILESS_MAIN(TestFeedback)
#include "test_feedback.moc"
