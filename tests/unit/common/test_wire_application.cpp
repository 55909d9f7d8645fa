#include "common/wire/Application.h"
#include "common/wire/Page.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace rathaus;

namespace {

QJsonObject json(const char *text)
{
    QJsonParseError error;
    const QJsonObject object = QJsonDocument::fromJson(text, &error).object();
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", qPrintable(error.errorString()));
    return object;
}

const char *kDetail = R"({
    "id": "a1", "reference": "LUN-2026-000123", "service_id": "anwohnerparkausweis",
    "status": "info_requested", "fee_cents": 3000, "currency": "EUR",
    "payment_status": "succeeded", "unread_messages": 2,
    "created_at": "2026-11-20T10:00:00Z", "updated_at": "2026-11-28T12:30:00.500Z",
    "citizen_id": "erika", "schema_version": 3,
    "data": {"plate": "LG-EM 123", "zone": "B", "papers": "upload-7"},
    "status_label": "Information needed", "next_step": "Answer the office.",
    "deadline": null, "version": 7,
    "history": [
        {"at": "2026-11-20T10:00:00Z", "from": null, "to": "awaiting_payment", "actor": "citizen"},
        {"at": "2026-11-20T10:05:00Z", "from": "awaiting_payment", "to": "submitted", "actor": "payment"},
        {"at": "2026-11-21T09:00:00Z", "from": "submitted", "to": "in_review", "actor": "staff",
         "actor_name": "Straßenverkehrsamt"},
        {"at": "2026-11-28T12:30:00.500Z", "from": "in_review", "to": "info_requested",
         "actor": "staff", "note": "Please upload the vehicle registration."}
    ],
    "payment": {"id": "p1", "application_id": "a1", "amount_cents": 3000, "currency": "EUR",
                "provider": "demo", "status": "succeeded", "refunded_cents": 0},
    "documents": []
})";

} // namespace

class TestWireApplication : public QObject
{
    Q_OBJECT

private slots:
    void detail()
    {
        const auto detail = ApplicationDetail::fromJson(json(kDetail));
        QVERIFY2(detail, qPrintable(detail ? QString() : detail.problem().detail));
        const ApplicationDetail &d = detail.value();
        QCOMPARE(d.summary.reference, QStringLiteral("LUN-2026-000123"));
        QCOMPARE(d.summary.status, ApplicationStatus::InfoRequested);
        QCOMPARE(d.summary.paymentStatus, std::optional<PaymentStatus>(PaymentStatus::Succeeded));
        QCOMPARE(d.summary.unreadMessages, 2);
        QCOMPARE(d.summary.updatedAt,
                 QDateTime(QDate(2026, 11, 28), QTime(12, 30, 0, 500), Qt::UTC));
        QCOMPARE(d.data.value(QLatin1String("plate")).toString(), QStringLiteral("LG-EM 123"));
        QCOMPARE(d.version, 7);
        QVERIFY(d.deadline.isNull());
        QCOMPARE(d.history.size(), 4);
        QVERIFY(!d.history.at(0).from);
        QCOMPARE(d.history.at(1).actor, Actor::Payment);
        QCOMPARE(d.history.at(2).actorName, QStringLiteral("Straßenverkehrsamt"));
        QCOMPARE(d.history.at(3).note, QStringLiteral("Please upload the vehicle registration."));
        QVERIFY(d.payment);
        QCOMPARE(d.payment->amountCents, 3000);
        QVERIFY(d.documents.isEmpty());
        // Every recorded step is one the table allows.
        for (const ApplicationHistoryEntry &entry : d.history) {
            if (entry.from)
                QVERIFY(canTransition(*entry.from, entry.to, entry.actor));
        }
    }

    void detailRoundTrip()
    {
        ApplicationDetail detail = ApplicationDetail::fromJson(json(kDetail)).value();
        detail.deadline = QDateTime(QDate(2026, 12, 31), QTime(23, 59), Qt::UTC);
        detail.assignee = QStringLiteral("sb.verkehr");
        ApplicationHistoryEntry suspended;
        suspended.at = QDateTime(QDate(2026, 12, 1), QTime(8, 0), Qt::UTC);
        suspended.from = ApplicationStatus::InReview;
        suspended.to = ApplicationStatus::Suspended;
        suspended.actor = Actor::Staff;
        suspended.reason = QStringLiteral("Waiting for the vehicle registry");
        suspended.until = QDateTime(QDate(2026, 12, 15), QTime(0, 0), Qt::UTC);
        detail.history.append(suspended);
        Document document;
        document.id = QStringLiteral("d1");
        document.serial = QStringLiteral("S1");
        document.type = QStringLiteral("anwohnerparkausweis");
        document.officeId = QStringLiteral("strassenverkehrsamt");
        document.issuedAt = suspended.at;
        document.signature = QByteArray(64, '\x02');
        detail.documents.append(document);

        const QByteArray text = QJsonDocument(detail.toJson()).toJson();
        const auto back = ApplicationDetail::fromJson(QJsonDocument::fromJson(text).object());
        QVERIFY2(back, qPrintable(back ? QString() : back.problem().detail));
        QCOMPARE(back.value(), detail);

        detail.payment.reset();
        detail.summary.paymentStatus.reset();
        QCOMPARE(ApplicationDetail::fromJson(detail.toJson()).value(), detail);
    }

    void summaryRoundTripAndDefaults()
    {
        const auto minimal = ApplicationSummary::fromJson(json(
            R"({"id": "a2", "reference": "LUN-2026-000124", "service_id": "hundesteuer-anmeldung", "status": "submitted"})"));
        QVERIFY(minimal);
        QCOMPARE(minimal.value().feeCents, 0);
        QCOMPARE(minimal.value().currency, QStringLiteral("EUR"));
        QVERIFY(!minimal.value().paymentStatus);
        QVERIFY(minimal.value().createdAt.isNull());
        QCOMPARE(ApplicationSummary::fromJson(minimal.value().toJson()).value(), minimal.value());
        // Snake case on the wire.
        const QJsonObject object = minimal.value().toJson();
        QVERIFY(object.contains(QLatin1String("service_id")));
        QVERIFY(object.contains(QLatin1String("fee_cents")));
        QVERIFY(!object.contains(QLatin1String("serviceId")));
    }

    void malformed_data()
    {
        QTest::addColumn<QString>("member");
        QTest::addColumn<QJsonValue>("value"); // undefined = remove
        QTest::newRow("no id") << QStringLiteral("id") << QJsonValue(QJsonValue::Undefined);
        QTest::newRow("no reference")
            << QStringLiteral("reference") << QJsonValue(QJsonValue::Undefined);
        QTest::newRow("unknown status")
            << QStringLiteral("status") << QJsonValue(QStringLiteral("lost"));
        QTest::newRow("status number") << QStringLiteral("status") << QJsonValue(3);
        QTest::newRow("fee fraction") << QStringLiteral("fee_cents") << QJsonValue(12.5);
        QTest::newRow("fee negative") << QStringLiteral("fee_cents") << QJsonValue(-1);
        QTest::newRow("unknown payment status")
            << QStringLiteral("payment_status") << QJsonValue(QStringLiteral("maybe"));
        QTest::newRow("bad time") << QStringLiteral("created_at")
                                  << QJsonValue(QStringLiteral("now"));
        QTest::newRow("data missing")
            << QStringLiteral("data") << QJsonValue(QJsonValue::Undefined);
        QTest::newRow("history not array")
            << QStringLiteral("history") << QJsonValue(QStringLiteral("x"));
        QTest::newRow("history item bad")
            << QStringLiteral("history")
            << QJsonValue(QJsonArray {
                   QJsonObject { { QStringLiteral("to"), QStringLiteral("approved") } } });
        QTest::newRow("history unknown actor")
            << QStringLiteral("history")
            << QJsonValue(QJsonArray {
                   QJsonObject { { QStringLiteral("at"), QStringLiteral("2026-11-20T10:00:00Z") },
                                 { QStringLiteral("to"), QStringLiteral("approved") },
                                 { QStringLiteral("actor"), QStringLiteral("mayor") } } });
        QTest::newRow("payment not object") << QStringLiteral("payment") << QJsonValue(5);
        QTest::newRow("payment bad")
            << QStringLiteral("payment")
            << QJsonValue(QJsonObject { { QStringLiteral("id"), QStringLiteral("p") } });
        QTest::newRow("document bad")
            << QStringLiteral("documents") << QJsonValue(QJsonArray { 1 });
    }

    void malformed()
    {
        QFETCH(QString, member);
        QFETCH(QJsonValue, value);
        QJsonObject object = json(kDetail);
        if (value.isUndefined())
            object.remove(member);
        else
            object.insert(member, value);
        const auto detail = ApplicationDetail::fromJson(object);
        QVERIFY(!detail);
        QCOMPARE(detail.problem().slug(), QStringLiteral("malformed-response"));
    }

    void page()
    {
        const auto page = Page<ApplicationSummary>::fromJson(json(R"({"items": [
            {"id": "a1", "reference": "R1", "service_id": "s", "status": "completed"},
            {"id": "a2", "reference": "R2", "service_id": "s", "status": "withdrawn"}],
            "next_cursor": "opaque=="})"));
        QVERIFY(page);
        QCOMPARE(page.value().items.size(), 2);
        QCOMPARE(page.value().items.at(1).status, ApplicationStatus::Withdrawn);
        QVERIFY(page.value().hasMore());
        QCOMPARE(page.value().nextCursor, QStringLiteral("opaque=="));
        QCOMPARE(Page<ApplicationSummary>::fromJson(page.value().toJson()).value(), page.value());

        const auto last =
            Page<ApplicationSummary>::fromJson(json(R"({"items": [], "next_cursor": null})"));
        QVERIFY(last);
        QVERIFY(!last.value().hasMore());
        QVERIFY(last.value().toJson().value(QLatin1String("next_cursor")).isNull());

        QVERIFY(!Page<ApplicationSummary>::fromJson(json(R"({"next_cursor": null})")));
        QVERIFY(!Page<ApplicationSummary>::fromJson(json(R"({"items": {}})")));
        QVERIFY(!Page<ApplicationSummary>::fromJson(json(R"({"items": [1]})")));
        QVERIFY(!Page<ApplicationSummary>::fromJson(json(R"({"items": [{"id": "a"}]})")));
        QVERIFY(!Page<ApplicationSummary>::fromJson(json(R"({"items": [], "next_cursor": 5})")));
    }
};

QTEST_APPLESS_MAIN(TestWireApplication)
#include "test_wire_application.moc"
