// The administrator's catalogue over HTTP: who may use it, edits that the
// public catalogue shows at once, the shared schema check (422 with places,
// nothing changed), If-Match (428/409), a new service a citizen can apply for,
// and applications that keep the form they were filed on.
#include "tests/api/ApplicationTestData.h"

#include <QTest>

using namespace rathaus;
using namespace rathaus::test;

namespace {

const QString kDogTax = QStringLiteral("hundesteuer-anmeldung");

QJsonObject setStepField(QJsonObject document, int step, int field,
                         const std::function<void(QJsonObject &)> &edit)
{
    QJsonObject form = document.value(QLatin1String("form")).toObject();
    QJsonArray steps = form.value(QLatin1String("steps")).toArray();
    QJsonObject stepObject = steps.at(step).toObject();
    QJsonArray fields = stepObject.value(QLatin1String("fields")).toArray();
    QJsonObject fieldObject = fields.at(field).toObject();
    edit(fieldObject);
    fields.replace(field, fieldObject);
    stepObject.insert(QStringLiteral("fields"), fields);
    steps.replace(step, stepObject);
    form.insert(QStringLiteral("steps"), steps);
    document.insert(QStringLiteral("form"), form);
    return document;
}

QJsonObject fieldOf(const QJsonObject &service, int step, int field)
{
    return service.value(QLatin1String("form"))
        .toObject()
        .value(QLatin1String("steps"))
        .toArray()
        .at(step)
        .toObject()
        .value(QLatin1String("fields"))
        .toArray()
        .at(field)
        .toObject();
}

} // namespace

class TestAdminCatalogue : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_backend = std::make_unique<TestBackend>();
        QVERIFY2(m_backend->start(), qPrintable(m_backend->error()));
        m_admin = staffToken(*m_backend, QStringLiteral("admin"));
        QVERIFY(!m_admin.isEmpty());
    }
    void cleanup() { m_backend.reset(); }

    void onlyTheAdministrator()
    {
        const QString citizen = accessToken(*m_backend, QStringLiteral("erika"));
        const QString caseworker = staffToken(*m_backend, QStringLiteral("sb.steueramt"));
        const QString lead = staffToken(*m_backend, QStringLiteral("lead.verkehr"));
        QVERIFY(!citizen.isEmpty() && !caseworker.isEmpty() && !lead.isEmpty());
        const QJsonObject document = get(kDogTax).json();

        const QList<QPair<QString, int>> callers {
            { QString(), 401 }, { citizen, 403 }, { caseworker, 403 }, { lead, 403 }
        };
        for (const auto &[token, status] : callers) {
            QCOMPARE(m_backend->http().get(QStringLiteral("/api/v1/admin/services"), token).status,
                     status);
            QCOMPARE(m_backend->http()
                         .get(QStringLiteral("/api/v1/admin/services/") + kDogTax, token)
                         .status,
                     status);
            QCOMPARE(put(kDogTax, document, "\"1\"", token).status, status);
            QCOMPARE(post(document, token).status, status);
        }
        const HttpResponse anonymous =
            m_backend->http().get(QStringLiteral("/api/v1/admin/services"));
        QCOMPARE(anonymous.header("WWW-Authenticate"), QByteArray("Bearer"));

        const HttpResponse list =
            m_backend->http().get(QStringLiteral("/api/v1/admin/services"), m_admin);
        QCOMPARE(list.status, 200);
        QCOMPARE(list.jsonArray().size(), 6);
        QCOMPARE(list.jsonArray().at(0).toObject().value(QLatin1String("version")).toInt(), 1);
    }

    void theFullDocument()
    {
        const HttpResponse response = get(kDogTax);
        QCOMPARE(response.status, 200);
        QCOMPARE(response.header("ETag"), QByteArray("\"1\""));
        const QJsonObject document = response.json();
        QCOMPARE(document.value(QLatin1String("version")).toInt(), 1);
        QCOMPARE(document.value(QLatin1String("office_id")).toString(),
                 QStringLiteral("steueramt"));
        QVERIFY(!document.value(QLatin1String("legal_basis")).toString().isEmpty());
        QVERIFY(!document.value(QLatin1String("title"))
                     .toObject()
                     .value(QLatin1String("en"))
                     .toString()
                     .isEmpty());
        QCOMPARE(fieldOf(document, 0, 0).value(QLatin1String("id")).toString(),
                 QStringLiteral("dog_name"));
        QCOMPARE(get(QStringLiteral("no-such-service")).status, 404);
    }

    void anEditShowsInThePublicCatalogue()
    {
        QJsonObject document = get(kDogTax).json();
        QJsonObject fee = document.value(QLatin1String("fee")).toObject();
        fee.insert(QStringLiteral("base_cents"), 1500);
        document.insert(QStringLiteral("fee"), fee);
        document = setStepField(document, 0, 1, [](QJsonObject &field) {
            field.insert(QStringLiteral("label"),
                         QJsonObject { { "de", "Hunderasse" }, { "en", "Dog breed" } });
        });
        const HttpResponse saved = put(kDogTax, document, "\"1\"");
        QCOMPARE(saved.status, 200);
        QCOMPARE(saved.json().value(QLatin1String("version")).toInt(), 2);
        QCOMPARE(saved.header("ETag"), QByteArray("\"2\""));

        const HttpResponse published =
            m_backend->http().get(QStringLiteral("/api/v1/services/") + kDogTax);
        QCOMPARE(published.status, 200);
        const QJsonObject service = published.json();
        QCOMPARE(service.value(QLatin1String("fee"))
                     .toObject()
                     .value(QLatin1String("base_cents"))
                     .toInt(),
                 1500);
        QCOMPARE(fieldOf(service, 0, 1)
                     .value(QLatin1String("label"))
                     .toObject()
                     .value(QLatin1String("de"))
                     .toString(),
                 QStringLiteral("Hunderasse"));
        // The form changed: its version went up; the old one stays readable.
        const int formVersion =
            service.value(QLatin1String("form")).toObject().value(QLatin1String("version")).toInt();
        QCOMPARE(formVersion, 2);
        const HttpResponse old = m_backend->http().get(
            QStringLiteral("/api/v1/services/%1?schema_version=1").arg(kDogTax));
        QCOMPARE(old.status, 200);
        QCOMPARE(fieldOf(old.json(), 0, 1)
                     .value(QLatin1String("label"))
                     .toObject()
                     .value(QLatin1String("de"))
                     .toString(),
                 QStringLiteral("Rasse"));
        QCOMPARE(m_backend->http()
                     .get(QStringLiteral("/api/v1/services/%1?schema_version=9").arg(kDogTax))
                     .status,
                 404);

        // The list shows the new fee too.
        const QJsonArray list =
            m_backend->http().get(QStringLiteral("/api/v1/services")).jsonArray();
        bool found = false;
        for (const QJsonValue &item : list) {
            if (item.toObject().value(QLatin1String("id")).toString() == kDogTax) {
                found = true;
                QCOMPARE(item.toObject()
                             .value(QLatin1String("fee"))
                             .toObject()
                             .value(QLatin1String("base_cents"))
                             .toInt(),
                         1500);
            }
        }
        QVERIFY(found);

        // A citizen filing now pays the new fee.
        const QString citizen = accessToken(*m_backend, QStringLiteral("erika"));
        const HttpResponse filed = submitApplication(
            *m_backend, citizen, "dog-1",
            applicationBody(kDogTax, validData(kDogTax, m_backend->clock().now().date())));
        QCOMPARE(filed.status, 201);
        QCOMPARE(filed.json().value(QLatin1String("fee_cents")).toInt(), 1500);
    }

    void aTextOnlyEditKeepsTheFormVersion()
    {
        QJsonObject document = get(kDogTax).json();
        document.insert(QStringLiteral("legal_basis"), QStringLiteral("Hundesteuersatzung 2027"));
        const HttpResponse saved = put(kDogTax, document, "1");
        QCOMPARE(saved.status, 200);
        QCOMPARE(saved.json()
                     .value(QLatin1String("form"))
                     .toObject()
                     .value(QLatin1String("version"))
                     .toInt(),
                 1);
    }

    void invalidSchemaChangesNothing()
    {
        const QByteArray before =
            m_backend->http().get(QStringLiteral("/api/v1/services/") + kDogTax).body;
        QJsonObject document = get(kDogTax).json();
        document = setStepField(document, 1, 1, [](QJsonObject &field) {
            field.insert(QStringLiteral("type"), QStringLiteral("colour"));
        });
        document = setStepField(document, 1, 0, [](QJsonObject &field) {
            field.insert(QStringLiteral("id"), QStringLiteral("dog_name"));
        });
        document.insert(QStringLiteral("fee"), QJsonObject { { "base_cents", -5 } });
        document.insert(QStringLiteral("office_id"), QStringLiteral("finanzamt"));
        const HttpResponse refused = put(kDogTax, document, "\"1\"");
        QCOMPARE(refused.status, 422);
        QCOMPARE(problemSlug(refused), QStringLiteral("invalid-service"));
        const QJsonObject errors = refused.json().value(QLatin1String("errors")).toObject();
        QVERIFY2(errors.contains(QStringLiteral("form.steps[1].fields[1].type")),
                 refused.body.constData());
        QVERIFY(errors.contains(QStringLiteral("form.steps[1].fields[0].id")));
        QVERIFY(errors.contains(QStringLiteral("fee.base_cents")));
        QVERIFY(errors.contains(QStringLiteral("office_id")));

        QCOMPARE(m_backend->http().get(QStringLiteral("/api/v1/services/") + kDogTax).body, before);
        QCOMPARE(get(kDogTax).json().value(QLatin1String("version")).toInt(), 1);
        // The id belongs to the URL.
        QJsonObject renamed = get(kDogTax).json();
        renamed.insert(QStringLiteral("id"), QStringLiteral("katzensteuer"));
        QCOMPARE(put(kDogTax, renamed, "\"1\"").status, 422);
    }

    void ifMatchIsRequiredAndChecked()
    {
        const QJsonObject document = get(kDogTax).json();
        const HttpResponse missing = put(kDogTax, document, {});
        QCOMPARE(missing.status, 428);
        QCOMPARE(problemSlug(missing), QStringLiteral("if-match-required"));
        QCOMPARE(put(kDogTax, document, "\"abc\"").status, 400);
        QCOMPARE(put(kDogTax, document, "\"1\"").status, 200);
        const HttpResponse stale = put(kDogTax, document, "\"1\"");
        QCOMPARE(stale.status, 409);
        QCOMPARE(problemSlug(stale), QStringLiteral("edit-conflict"));
        QCOMPARE(put(kDogTax, document, "\"2\"").status, 200);
        QCOMPARE(put(QStringLiteral("no-such-service"), document, "\"1\"").status, 404);
    }

    void aNewServiceCanBeAppliedFor()
    {
        QJsonObject document = get(kDogTax).json();
        document.remove(QStringLiteral("version"));
        document.remove(QStringLiteral("updated_at"));
        document.insert(QStringLiteral("id"), QStringLiteral("katzenregister"));
        document.insert(QStringLiteral("title"),
                        QJsonObject { { "de", "Katze registrieren" }, { "en", "Register a cat" } });
        document.insert(QStringLiteral("fee"),
                        QJsonObject { { "base_cents", 700 }, { "currency", "EUR" } });
        document = setStepField(document, 0, 0, [](QJsonObject &field) {
            field.insert(QStringLiteral("id"), QStringLiteral("cat_name"));
        });
        const HttpResponse created = post(document);
        QCOMPARE(created.status, 201);
        QCOMPARE(created.header("Location"), QByteArray("/api/v1/admin/services/katzenregister"));
        QCOMPARE(post(document).status, 409);

        const QJsonArray list =
            m_backend->http().get(QStringLiteral("/api/v1/services")).jsonArray();
        QCOMPARE(list.size(), 7);
        QCOMPARE(list.last().toObject().value(QLatin1String("id")).toString(),
                 QStringLiteral("katzenregister"));

        // The shared validator checks against the new form, end to end.
        const QString citizen = accessToken(*m_backend, QStringLiteral("erika"));
        QJsonObject data = validData(kDogTax, m_backend->clock().now().date());
        const HttpResponse wrong = submitApplication(
            *m_backend, citizen, "cat-0", applicationBody(QStringLiteral("katzenregister"), data));
        QCOMPARE(wrong.status, 422); // dog_name is not a field of this form; cat_name is missing
        const QJsonObject wrongErrors = wrong.json().value(QLatin1String("errors")).toObject();
        QVERIFY(wrongErrors.contains(QStringLiteral("cat_name")));
        data.insert(QStringLiteral("cat_name"), data.take(QStringLiteral("dog_name")));
        const HttpResponse filed = submitApplication(
            *m_backend, citizen, "cat-1", applicationBody(QStringLiteral("katzenregister"), data));
        QCOMPARE(filed.status, 201);
        QCOMPARE(filed.json().value(QLatin1String("fee_cents")).toInt(), 700);

        // Invalid new services are refused with places, and not created.
        document.insert(QStringLiteral("id"), QStringLiteral("leer"));
        document.insert(QStringLiteral("form"),
                        QJsonObject { { "version", 1 }, { "steps", QJsonArray {} } });
        const HttpResponse invalid = post(document);
        QCOMPARE(invalid.status, 422);
        QVERIFY(invalid.json()
                    .value(QLatin1String("errors"))
                    .toObject()
                    .contains(QStringLiteral("form.steps")));
        QCOMPARE(m_backend->http().get(QStringLiteral("/api/v1/services/leer")).status, 404);
    }

    void filedApplicationsKeepTheirForm()
    {
        const QString citizen = accessToken(*m_backend, QStringLiteral("erika"));
        const HttpResponse filed = submitApplication(
            *m_backend, citizen, "dog-old",
            applicationBody(kDogTax, validData(kDogTax, m_backend->clock().now().date())));
        QCOMPARE(filed.status, 201);
        const QString id = filed.json().value(QLatin1String("id")).toString();

        // The administrator removes the "breed" field.
        QJsonObject document = get(kDogTax).json();
        QJsonObject form = document.value(QLatin1String("form")).toObject();
        QJsonArray steps = form.value(QLatin1String("steps")).toArray();
        QJsonObject first = steps.at(0).toObject();
        QJsonArray fields = first.value(QLatin1String("fields")).toArray();
        fields.removeAt(1);
        first.insert(QStringLiteral("fields"), fields);
        steps.replace(0, first);
        form.insert(QStringLiteral("steps"), steps);
        document.insert(QStringLiteral("form"), form);
        QCOMPARE(put(kDogTax, document, "\"1\"").status, 200);

        const QJsonObject detail =
            m_backend->http().get(QStringLiteral("/api/v1/applications/") + id, citizen).json();
        QCOMPARE(detail.value(QLatin1String("schema_version")).toInt(), 1);
        QCOMPARE(
            detail.value(QLatin1String("data")).toObject().value(QLatin1String("breed")).toString(),
            QStringLiteral("Dackel"));
        const QJsonObject filedForm =
            m_backend->http()
                .get(QStringLiteral("/api/v1/services/%1?schema_version=1").arg(kDogTax))
                .json();
        QCOMPARE(fieldOf(filedForm, 0, 1).value(QLatin1String("id")).toString(),
                 QStringLiteral("breed"));
    }

    void theSeedKeepsTheAdministratorsEdit()
    {
        QJsonObject document = get(kDogTax).json();
        document.insert(QStringLiteral("fee"), QJsonObject { { "base_cents", 2500 } });
        QCOMPARE(put(kDogTax, document, "\"1\"").status, 200);
        m_backend->stop();
        QVERIFY2(m_backend->start(), qPrintable(m_backend->error()));
        const QJsonObject service =
            m_backend->http().get(QStringLiteral("/api/v1/services/") + kDogTax).json();
        QCOMPARE(service.value(QLatin1String("fee"))
                     .toObject()
                     .value(QLatin1String("base_cents"))
                     .toInt(),
                 2500);
    }

private:
    HttpResponse get(const QString &id)
    {
        return m_backend->http().get(QStringLiteral("/api/v1/admin/services/") + id, m_admin);
    }
    HttpResponse put(const QString &id, const QJsonObject &document, const QByteArray &ifMatch,
                     const QString &token = QStringLiteral("<admin>"))
    {
        HttpClient::Headers headers { { "Content-Type", "application/json" } };
        const QString bearer = token == QLatin1String("<admin>") ? m_admin : token;
        if (!bearer.isEmpty())
            headers.append({ "Authorization", "Bearer " + bearer.toLatin1() });
        if (!ifMatch.isEmpty())
            headers.append({ "If-Match", ifMatch });
        return m_backend->http().request("PUT", QStringLiteral("/api/v1/admin/services/") + id,
                                         QJsonDocument(document).toJson(QJsonDocument::Compact),
                                         headers);
    }
    HttpResponse post(const QJsonObject &document, const QString &token = QStringLiteral("<admin>"))
    {
        HttpClient::Headers headers { { "Content-Type", "application/json" } };
        const QString bearer = token == QLatin1String("<admin>") ? m_admin : token;
        if (!bearer.isEmpty())
            headers.append({ "Authorization", "Bearer " + bearer.toLatin1() });
        return m_backend->http().request("POST", QStringLiteral("/api/v1/admin/services"),
                                         QJsonDocument(document).toJson(QJsonDocument::Compact),
                                         headers);
    }

    std::unique_ptr<TestBackend> m_backend;
    QString m_admin;
};

QTEST_GUILESS_MAIN(TestAdminCatalogue)
#include "test_admin_catalogue.moc"
