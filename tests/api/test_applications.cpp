// The citizen's applications: submit (validation, fee, status, reference),
// read, list with cursor paging, withdraw; who may do what.
#include "common/wire/Application.h"
#include "common/wire/Page.h"
#include "server/domain/StatusTexts.h"
#include "tests/api/ApplicationTestData.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace rathaus;
using namespace rathaus::test;

class TestApplications : public QObject
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

    void createsOneForEachDemoService()
    {
        static const QRegularExpression referenceFormat(QStringLiteral("^LUN-(\\d{4})-\\d{6}$"));
        const QHash<QString, qint64> fees {
            { QStringLiteral("meldebescheinigung"), 500 },
            { QStringLiteral("anwohnerparkausweis"), 3000 },
            { QStringLiteral("hundesteuer-anmeldung"), 0 },
            { QStringLiteral("sperrmuell"), 0 },
            { QStringLiteral("geburtsurkunde"), 1200 },
            { QStringLiteral("elterngeld-antrag"), 0 },
        };
        const QHash<QString, int> deadlineDays {
            { QStringLiteral("meldebescheinigung"), 2 }, // 1 working day
            { QStringLiteral("anwohnerparkausweis"), 7 }, // 5
            { QStringLiteral("hundesteuer-anmeldung"), 14 }, // 10
            { QStringLiteral("sperrmuell"), 5 }, // 3
            { QStringLiteral("geburtsurkunde"), 5 }, // 3
            { QStringLiteral("elterngeld-antrag"), 30 }, // 21
        };
        const QHash<QString, int> processingDays {
            { QStringLiteral("meldebescheinigung"), 1 },   { QStringLiteral("anwohnerparkausweis"), 5 },
            { QStringLiteral("hundesteuer-anmeldung"), 10 }, { QStringLiteral("sperrmuell"), 3 },
            { QStringLiteral("geburtsurkunde"), 3 },       { QStringLiteral("elterngeld-antrag"), 21 },
        };
        QSet<QString> references;
        const QString upload = uploadPdf(*m_backend, m_erika); // the parking permit's papers
        QVERIFY(!upload.isEmpty());
        for (const QString &serviceId : demoServiceIds()) {
            const HttpResponse created = submit(serviceId, validData(serviceId, today(), upload));
            QVERIFY2(created.status == 201,
                     qPrintable(serviceId + QLatin1Char(' ') + QString::fromUtf8(created.body)));
            const auto summary = ApplicationSummary::fromJson(created.json());
            QVERIFY(summary.ok());
            const ApplicationSummary &s = summary.value();
            QCOMPARE(s.serviceId, serviceId);
            QCOMPARE(s.feeCents, fees.value(serviceId));
            QCOMPARE(s.currency, QStringLiteral("EUR"));
            QCOMPARE(s.status,
                     s.feeCents > 0 ? ApplicationStatus::AwaitingPayment
                                    : ApplicationStatus::Submitted);
            const auto match = referenceFormat.match(s.reference);
            QVERIFY2(match.hasMatch(), qPrintable(s.reference));
            QCOMPARE(match.captured(1).toInt(), today().year());
            QVERIFY(!references.contains(s.reference));
            references.insert(s.reference);
            QCOMPARE(created.header("Location"), "/api/v1/applications/" + s.id.toLatin1());

            const HttpResponse read = get(QStringLiteral("/api/v1/applications/") + s.id);
            QCOMPARE(read.status, 200);
            const auto detail = ApplicationDetail::fromJson(read.json());
            QVERIFY2(detail.ok(), qPrintable(QString::fromUtf8(read.body)));
            const ApplicationDetail &d = detail.value();
            QCOMPARE(d.summary.reference, s.reference);
            QCOMPARE(d.schemaVersion, 1);
            // As sent, but a file field as stored: the upload with its name and size.
            QJsonObject stored = validData(serviceId, today(), upload);
            if (stored.contains(QLatin1String("registration")))
                stored.insert(
                    QStringLiteral("registration"),
                    QJsonArray { QJsonObject {
                        { QStringLiteral("upload_id"), upload },
                        { QStringLiteral("name"), QStringLiteral("Fahrzeugschein.pdf") },
                        { QStringLiteral("size"), tinyPdf().size() },
                        { QStringLiteral("media_type"), QStringLiteral("application/pdf") } } });
            QCOMPARE(d.data, stored);
            QVERIFY(!d.statusLabel.isEmpty());
            // In the caller's language: German, unless Accept-Language prefers English.
            for (const auto &[header, language] :
                 { std::pair { QByteArray("de-DE,de;q=0.9,en;q=0.8"), QStringLiteral("de") },
                   std::pair { QByteArray("fr"), QStringLiteral("de") },
                   std::pair { QByteArray("en-GB,de;q=0.5"), QStringLiteral("en") } }) {
                const HttpResponse localised = m_backend->http().request(
                    "GET", QStringLiteral("/api/v1/applications/") + s.id, {},
                    { { "Authorization", "Bearer " + m_erika.toLatin1() },
                      { "Accept-Language", header } });
                QCOMPARE(localised.json().value(QLatin1String("status_label")).toString(),
                         server::statusLabelIn(s.status, language));
                QCOMPARE(localised.json().value(QLatin1String("next_step")).toString(),
                         server::nextStepIn(s.status, processingDays.value(serviceId), language));
            }
            QVERIFY(!d.nextStep.isEmpty());
            // processing_days working days as ceil(days * 7 / 5) calendar days
            QCOMPARE(d.deadline, d.summary.createdAt.addDays(deadlineDays.value(serviceId)));
            QVERIFY(!d.payment);
            QVERIFY(d.documents.isEmpty());
            QCOMPARE(d.summary.unreadMessages, 0);
            QCOMPARE(d.history.size(), 1);
            QVERIFY(!d.history.first().from);
            QCOMPARE(d.history.first().to, s.status);
            QCOMPARE(d.history.first().actor, Actor::Citizen);
            QVERIFY(read.json().value(QLatin1String("payment")).isNull());
        }
        // Numbers count up without gaps.
        QVERIFY(references.contains(QStringLiteral("LUN-%1-000001").arg(today().year())));
        QVERIFY(references.contains(QStringLiteral("LUN-%1-000006").arg(today().year())));
    }

    void feeFollowsTheData()
    {
        QJsonObject copies = validData(QStringLiteral("geburtsurkunde"), today());
        copies.insert(QStringLiteral("copies"), 3);
        HttpResponse response = submit(QStringLiteral("geburtsurkunde"), copies);
        QCOMPARE(response.status, 201);
        QCOMPARE(response.json().value(QLatin1String("fee_cents")).toInteger(), qint64(2400));
        QCOMPARE(response.json().value(QLatin1String("status")).toString(),
                 QStringLiteral("awaiting_payment"));

        QJsonObject large = validData(QStringLiteral("sperrmuell"), today());
        large.insert(QStringLiteral("volume"), QStringLiteral("large"));
        response = submit(QStringLiteral("sperrmuell"), large);
        QCOMPARE(response.status, 201);
        QCOMPARE(response.json().value(QLatin1String("fee_cents")).toInteger(), qint64(2500));
        QCOMPARE(response.json().value(QLatin1String("status")).toString(),
                 QStringLiteral("awaiting_payment"));
    }

    void hiddenValuesAreNotStored()
    {
        QJsonObject data = validData(QStringLiteral("sperrmuell"), today());
        data.insert(QStringLiteral("other_items"), QStringLiteral("typed before unticking"));
        const HttpResponse created = submit(QStringLiteral("sperrmuell"), data);
        QCOMPARE(created.status, 201);
        const QString id = created.json().value(QLatin1String("id")).toString();
        const QJsonObject stored = get(QStringLiteral("/api/v1/applications/") + id)
                                       .json()
                                       .value(QLatin1String("data"))
                                       .toObject();
        QVERIFY(!stored.contains(QLatin1String("other_items")));
        QCOMPARE(stored, validData(QStringLiteral("sperrmuell"), today()));
    }

    void invalidDataIs422WithFieldErrors()
    {
        QJsonObject data = validData(QStringLiteral("geburtsurkunde"), today());
        data.remove(QStringLiteral("name"));
        data.insert(QStringLiteral("copies"), 0);
        data.insert(QStringLiteral("colour"), QStringLiteral("blue"));
        HttpResponse response = submit(QStringLiteral("geburtsurkunde"), data);
        QCOMPARE(response.status, 422);
        QCOMPARE(response.header("Content-Type"), QByteArray("application/problem+json"));
        const QJsonObject errors = response.json().value(QLatin1String("errors")).toObject();
        QVERIFY(errors.contains(QLatin1String("name")));
        QVERIFY(errors.contains(QLatin1String("copies")));
        QVERIFY(errors.contains(QLatin1String("colour")));

        response = submit(QStringLiteral("no-such-service"), data);
        QCOMPARE(response.status, 422);
        QVERIFY(response.json()
                    .value(QLatin1String("errors"))
                    .toObject()
                    .contains(QLatin1String("service_id")));

        response = submitApplication(*m_backend, m_erika, nextKey(),
                                     { { QStringLiteral("service_id"), 7 },
                                       { QStringLiteral("data"), QStringLiteral("x") } });
        QCOMPARE(response.status, 422);
        QCOMPARE(response.json().value(QLatin1String("errors")).toObject().keys(),
                 (QStringList { QStringLiteral("data"), QStringLiteral("service_id") }));

        response =
            m_backend->http().request("POST", QStringLiteral("/api/v1/applications"), "{not json",
                                      { { "Content-Type", "application/json" },
                                        { "Authorization", "Bearer " + m_erika.toLatin1() },
                                        { "Idempotency-Key", nextKey() } });
        QCOMPARE(response.status, 400);
        // Nothing was created.
        QCOMPARE(list(QString()).json().value(QLatin1String("items")).toArray().size(), 0);
    }

    void pagesByCursor()
    {
        QSet<QString> created;
        for (int i = 0; i < 7; ++i) {
            if (i % 2 == 0)
                m_backend->clock().advance(1); // some share a second: ties are broken by id
            const HttpResponse response =
                submit(QStringLiteral("meldebescheinigung"),
                       validData(QStringLiteral("meldebescheinigung"), today()));
            QCOMPARE(response.status, 201);
            created.insert(response.json().value(QLatin1String("id")).toString());
        }
        QList<ApplicationSummary> seen;
        QString cursor;
        int pages = 0;
        do {
            const HttpResponse response =
                list(QStringLiteral("limit=3") +
                     (cursor.isEmpty() ? QString() : QStringLiteral("&cursor=") + cursor));
            QCOMPARE(response.status, 200);
            const auto page = Page<ApplicationSummary>::fromJson(response.json());
            QVERIFY(page.ok());
            QVERIFY(page.value().items.size() <= 3);
            seen += page.value().items;
            cursor = page.value().nextCursor;
            ++pages;
        } while (!cursor.isEmpty() && pages < 10);
        QCOMPARE(pages, 3);
        QCOMPARE(seen.size(), 7);
        QSet<QString> ids;
        for (const ApplicationSummary &summary : std::as_const(seen))
            ids.insert(summary.id);
        QCOMPARE(ids, created);
        for (qsizetype i = 1; i < seen.size(); ++i) {
            const auto &newer = seen.at(i - 1);
            const auto &older = seen.at(i);
            QVERIFY(newer.createdAt > older.createdAt ||
                    (newer.createdAt == older.createdAt && newer.id > older.id));
        }
        // Same request, same answer: the order is stable.
        QCOMPARE(list(QStringLiteral("limit=200")).json().value(QLatin1String("items")),
                 list(QStringLiteral("limit=200")).json().value(QLatin1String("items")));
        // Default limit and a status filter.
        QCOMPARE(list(QString()).json().value(QLatin1String("items")).toArray().size(), 7);
        QCOMPARE(list(QStringLiteral("status=submitted"))
                     .json()
                     .value(QLatin1String("items"))
                     .toArray()
                     .size(),
                 0);
        QCOMPARE(list(QStringLiteral("status=awaiting_payment"))
                     .json()
                     .value(QLatin1String("items"))
                     .toArray()
                     .size(),
                 7);
    }

    void badListQueriesAre400()
    {
        for (const char *query : { "limit=0", "limit=201", "limit=abc", "cursor=%21%21",
                                   "cursor=MTIzfG5vdC1hLXV1aWQ", "status=lost" }) {
            const HttpResponse response = list(QString::fromLatin1(query));
            QVERIFY2(response.status == 400, query);
            QCOMPARE(problemSlug(response), QStringLiteral("invalid-query"));
        }
    }

    void citizensSeeOnlyTheirOwn()
    {
        const QString max = accessToken(*m_backend, QStringLiteral("max"));
        const HttpResponse created = submitApplication(
            *m_backend, max, "max-1",
            applicationBody(QStringLiteral("meldebescheinigung"),
                            validData(QStringLiteral("meldebescheinigung"), today())));
        QCOMPARE(created.status, 201);
        const QString id = created.json().value(QLatin1String("id")).toString();
        QCOMPARE(m_backend->http().get(QStringLiteral("/api/v1/applications/") + id, max).status,
                 200);
        QCOMPARE(get(QStringLiteral("/api/v1/applications/") + id).status, 404);
        QCOMPARE(withdraw(id).status, 404);
        QCOMPARE(list(QString()).json().value(QLatin1String("items")).toArray().size(), 0);
        QCOMPARE(get(QStringLiteral("/api/v1/applications/not-an-id")).status, 404);
        QCOMPARE(
            get(QStringLiteral("/api/v1/applications/00000000-0000-4000-8000-000000000000")).status,
            404);
    }

    void withdrawOnceThenConflict()
    {
        const HttpResponse created =
            submit(QStringLiteral("hundesteuer-anmeldung"),
                   validData(QStringLiteral("hundesteuer-anmeldung"), today()));
        QCOMPARE(created.status, 201);
        const QString id = created.json().value(QLatin1String("id")).toString();
        m_backend->clock().advance(60);
        HttpResponse response = withdraw(id);
        QCOMPARE(response.status, 200);
        const auto detail = ApplicationDetail::fromJson(response.json());
        QVERIFY(detail.ok());
        QCOMPARE(detail.value().summary.status, ApplicationStatus::Withdrawn);
        QCOMPARE(detail.value().history.size(), 2);
        QVERIFY(detail.value().history.at(1).from == ApplicationStatus::Submitted);
        QCOMPARE(detail.value().history.at(1).to, ApplicationStatus::Withdrawn);
        QCOMPARE(detail.value().history.at(1).actor, Actor::Citizen);
        QVERIFY(detail.value().summary.updatedAt > detail.value().summary.createdAt);

        response = withdraw(id);
        QCOMPARE(response.status, 409);
        QCOMPARE(problemSlug(response), QStringLiteral("invalid-transition"));
        QCOMPARE(
            ApplicationDetail::fromJson(get(QStringLiteral("/api/v1/applications/") + id).json())
                .value()
                .history.size(),
            2);
    }

    void staffAndAnonymousAreRefused()
    {
        const QString staff = staffToken(*m_backend, QStringLiteral("sb.buergerbuero"));
        QVERIFY(!staff.isEmpty());
        const QJsonObject body =
            applicationBody(QStringLiteral("meldebescheinigung"),
                            validData(QStringLiteral("meldebescheinigung"), today()));
        QCOMPARE(submitApplication(*m_backend, staff, "staff-1", body).status, 403);
        QCOMPARE(m_backend->http().get(QStringLiteral("/api/v1/applications"), staff).status, 403);

        const HttpResponse anonymous = submitApplication(*m_backend, QString(), "anon-1", body);
        QCOMPARE(anonymous.status, 401);
        QCOMPARE(anonymous.header("WWW-Authenticate"), QByteArray("Bearer"));
        QCOMPARE(m_backend->http().get(QStringLiteral("/api/v1/applications")).status, 401);
        QCOMPARE(
            m_backend->http()
                .get(QStringLiteral("/api/v1/applications/00000000-0000-4000-8000-000000000000"))
                .status,
            401);
        QCOMPARE(
            m_backend->http()
                .request("POST",
                         QStringLiteral(
                             "/api/v1/applications/00000000-0000-4000-8000-000000000000/withdraw"))
                .status,
            401);
    }

private:
    QDate today() const { return m_backend->clock().now().date(); }
    QByteArray nextKey() { return "key-" + QByteArray::number(++m_keys); }

    HttpResponse submit(const QString &serviceId, const QJsonObject &data)
    {
        return submitApplication(*m_backend, m_erika, nextKey(), applicationBody(serviceId, data));
    }
    HttpResponse get(const QString &path) { return m_backend->http().get(path, m_erika); }
    HttpResponse list(const QString &query)
    {
        return get(QStringLiteral("/api/v1/applications") +
                   (query.isEmpty() ? QString() : QLatin1Char('?') + query));
    }
    HttpResponse withdraw(const QString &id)
    {
        return m_backend->http().request(
            "POST", QStringLiteral("/api/v1/applications/%1/withdraw").arg(id), {},
            { { "Authorization", "Bearer " + m_erika.toLatin1() } });
    }

    std::unique_ptr<TestBackend> m_backend;
    QString m_erika;
    int m_keys = 0;
};

QTEST_GUILESS_MAIN(TestApplications)
#include "test_applications.moc"
