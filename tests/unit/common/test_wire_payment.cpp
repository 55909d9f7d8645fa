#include "common/wire/Payment.h"
#include "common/wire/Receipt.h"

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

const char *kPending = R"({"id": "p1", "application_id": "a1", "status": "pending",
    "amount_cents": 3000, "currency": "EUR", "provider": "demo",
    "next_url": "http://127.0.0.1:8080/pay/demo/p1", "created_at": "2026-11-29T08:00:00Z"})";

const char *kReceipt = R"({"payment_id": "p1", "application_id": "a1",
    "reference": "LUN-2026-000123", "service_id": "anwohnerparkausweis",
    "service_title": {"de": "Anwohnerparkausweis", "en": "Resident parking permit"},
    "office_id": "strassenverkehrsamt", "office_name": "Straßenverkehrsamt",
    "amount_cents": 3000, "currency": "EUR", "paid_at": "2026-11-29T08:01:00Z"})";

} // namespace

class TestWirePayment : public QObject
{
    Q_OBJECT

private slots:
    void pending()
    {
        const auto payment = Payment::fromJson(json(kPending));
        QVERIFY2(payment, qPrintable(payment ? QString() : payment.problem().detail));
        QCOMPARE(payment.value().status, PaymentStatus::Pending);
        QCOMPARE(payment.value().failureCode, PaymentFailure::None);
        QCOMPARE(payment.value().nextUrl,
                 QUrl(QStringLiteral("http://127.0.0.1:8080/pay/demo/p1")));
        QCOMPARE(payment.value().refundedCents, 0);
        QCOMPARE(Payment::fromJson(payment.value().toJson()).value(), payment.value());
    }

    void failedWithCode()
    {
        QJsonObject object = json(kPending);
        object.insert(QStringLiteral("status"), QStringLiteral("failed"));
        object.insert(QStringLiteral("failure_code"), QStringLiteral("expired_card"));
        object.remove(QStringLiteral("next_url"));
        const auto payment = Payment::fromJson(object);
        QVERIFY(payment);
        QCOMPARE(payment.value().failureCode, PaymentFailure::ExpiredCard);
        QCOMPARE(payment.value().toJson().value(QLatin1String("failure_code")).toString(),
                 QStringLiteral("expired_card"));
        QVERIFY(!payment.value().toJson().contains(QLatin1String("next_url")));
        QCOMPARE(Payment::fromJson(payment.value().toJson()).value(), payment.value());
        // A code this client does not know yet is still a failure.
        object.insert(QStringLiteral("failure_code"), QStringLiteral("fraud_suspected"));
        const auto unknown = Payment::fromJson(object);
        QVERIFY(unknown);
        QCOMPARE(unknown.value().status, PaymentStatus::Failed);
        QCOMPARE(unknown.value().failureCode, PaymentFailure::None);
    }

    void refunded()
    {
        QJsonObject object = json(kPending);
        object.insert(QStringLiteral("status"), QStringLiteral("partially_refunded"));
        object.insert(QStringLiteral("refunded_cents"), 1000);
        const auto payment = Payment::fromJson(object);
        QVERIFY(payment);
        QCOMPARE(refundableCents(payment.value().status, payment.value().amountCents,
                                 payment.value().refundedCents),
                 2000);
    }

    void malformed_data()
    {
        QTest::addColumn<QString>("member");
        QTest::addColumn<QJsonValue>("value"); // undefined = remove
        QTest::newRow("no id") << QStringLiteral("id") << QJsonValue(QJsonValue::Undefined);
        QTest::newRow("no amount")
            << QStringLiteral("amount_cents") << QJsonValue(QJsonValue::Undefined);
        QTest::newRow("amount text")
            << QStringLiteral("amount_cents") << QJsonValue(QStringLiteral("30.00"));
        QTest::newRow("amount fraction") << QStringLiteral("amount_cents") << QJsonValue(30.5);
        QTest::newRow("amount negative") << QStringLiteral("amount_cents") << QJsonValue(-5);
        QTest::newRow("over-refunded") << QStringLiteral("refunded_cents") << QJsonValue(3001);
        QTest::newRow("unknown status")
            << QStringLiteral("status") << QJsonValue(QStringLiteral("paid"));
        QTest::newRow("file url") << QStringLiteral("next_url")
                                  << QJsonValue(QStringLiteral("file:///etc/passwd"));
        QTest::newRow("custom scheme")
            << QStringLiteral("next_url") << QJsonValue(QStringLiteral("javascript:alert(1)"));
        QTest::newRow("bad time") << QStringLiteral("created_at")
                                  << QJsonValue(QStringLiteral("2026-11-29"));
    }

    void malformed()
    {
        QFETCH(QString, member);
        QFETCH(QJsonValue, value);
        QJsonObject object = json(kPending);
        if (value.isUndefined())
            object.remove(member);
        else
            object.insert(member, value);
        const auto payment = Payment::fromJson(object);
        QVERIFY(!payment);
        QCOMPARE(payment.problem().slug(), QStringLiteral("malformed-response"));
    }

    void receipt()
    {
        const auto receipt = Receipt::fromJson(json(kReceipt));
        QVERIFY2(receipt, qPrintable(receipt ? QString() : receipt.problem().detail));
        QCOMPARE(receipt.value().reference, QStringLiteral("LUN-2026-000123"));
        QCOMPARE(receipt.value().serviceTitle.en, QStringLiteral("Resident parking permit"));
        QCOMPARE(receipt.value().officeName.de, QStringLiteral("Straßenverkehrsamt"));
        QCOMPARE(receipt.value().amountCents, 3000);
        QCOMPARE(receipt.value().paidAt, QDateTime(QDate(2026, 11, 29), QTime(8, 1), Qt::UTC));
        QCOMPARE(Receipt::fromJson(receipt.value().toJson()).value(), receipt.value());
    }

    void malformedReceipt_data()
    {
        QTest::addColumn<QString>("member");
        QTest::addColumn<QJsonValue>("value"); // undefined = remove
        QTest::newRow("no payment id")
            << QStringLiteral("payment_id") << QJsonValue(QJsonValue::Undefined);
        QTest::newRow("no reference")
            << QStringLiteral("reference") << QJsonValue(QJsonValue::Undefined);
        QTest::newRow("no time") << QStringLiteral("paid_at") << QJsonValue(QJsonValue::Undefined);
        QTest::newRow("amount text")
            << QStringLiteral("amount_cents") << QJsonValue(QStringLiteral("3000"));
        QTest::newRow("title number") << QStringLiteral("service_title") << QJsonValue(4);
    }

    void malformedReceipt()
    {
        QFETCH(QString, member);
        QFETCH(QJsonValue, value);
        QJsonObject object = json(kReceipt);
        if (value.isUndefined())
            object.remove(member);
        else
            object.insert(member, value);
        QVERIFY(!Receipt::fromJson(object));
    }
};

QTEST_APPLESS_MAIN(TestWirePayment)
#include "test_wire_payment.moc"
