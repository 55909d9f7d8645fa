// Payments: the demo provider's page and test cards, the application moving
// on when paid, retries, a late success, reconciliation of a lost
// notification, receipts, refunds, idempotency and who may see what.
#include "common/wire/Application.h"
#include "common/wire/Payment.h"
#include "common/wire/Receipt.h"
#include "server/domain/Housekeeping.h"
#include "server/store/Database.h"
#include "tests/api/ApplicationTestData.h"

#include <QTest>
#include <QUrl>
#include <QUrlQuery>

using namespace rathaus;
using namespace rathaus::test;

namespace {
const QString kSuccess = QStringLiteral("4444 3333 2222 1111");
const QString kDeclined = QStringLiteral("4000000000000002");
const QString kExpired = QStringLiteral("4000000000000069");
const QString kProviderError = QStringLiteral("4000-0000-0000-0119");
} // namespace

class TestPayments : public QObject
{
    Q_OBJECT

private slots:
    void init() { start({}); }
    void cleanup() { m_backend.reset(); }

    void successCardSubmitsTheApplication()
    {
        const QString application = newApplication();
        const HttpResponse created = createPayment(application, "pay-1");
        QCOMPARE(created.status, 201);
        const auto payment = Payment::fromJson(created.json());
        QVERIFY2(payment.ok(), created.body.constData());
        QCOMPARE(payment.value().status, PaymentStatus::Pending);
        QCOMPARE(payment.value().amountCents, qint64(500));
        QCOMPARE(payment.value().currency, QStringLiteral("EUR"));
        QCOMPARE(payment.value().applicationId, application);
        // next_url points at this backend, never at a Host header's idea of it.
        QVERIFY(payment.value().nextUrl.toString().startsWith(m_backend->backend().baseUrl() +
                                                              QStringLiteral("/pay/demo/")));

        const HttpResponse page = m_backend->http().get(pagePath(payment.value()));
        QCOMPARE(page.status, 200);
        QVERIFY(page.header("Content-Type").startsWith("text/html"));
        QVERIFY(page.header("Content-Security-Policy").contains("default-src 'none'"));
        const QString html = QString::fromUtf8(page.body);
        QVERIFY(html.contains(QStringLiteral("Kartennummer")));
        QVERIFY(html.contains(QStringLiteral("5,00")));
        QVERIFY(!html.contains(QStringLiteral("http://")) && !html.contains(QStringLiteral("https://")));
        // Without the token (or with another) the page does not exist.
        QCOMPARE(m_backend->http().get(QStringLiteral("/pay/demo/") + checkoutId(payment.value())).status,
                 404);
        QCOMPARE(m_backend->http()
                     .get(QStringLiteral("/pay/demo/%1?token=wrong").arg(checkoutId(payment.value())))
                     .status,
                 404);

        const HttpResponse paid = pay(payment.value(), kSuccess);
        QCOMPARE(paid.status, 200);
        QVERIFY(QString::fromUtf8(paid.body).contains(
            QStringLiteral("Zahlung erfolgreich – Sie können dieses Fenster schließen und zu "
                           "Rathaus zurückkehren")));

        const Payment settled = readPayment(payment.value().id);
        QCOMPARE(settled.status, PaymentStatus::Succeeded);
        QVERIFY(settled.nextUrl.isEmpty());
        const ApplicationDetail detail = readApplication(application);
        QCOMPARE(detail.summary.status, ApplicationStatus::Submitted);
        QCOMPARE(detail.summary.paymentStatus, std::optional(PaymentStatus::Succeeded));
        QVERIFY(detail.payment);
        QCOMPARE(detail.payment->id, settled.id);
        QCOMPARE(detail.history.size(), 2);
        const ApplicationHistoryEntry &entry = detail.history.last();
        QCOMPARE(entry.from, std::optional(ApplicationStatus::AwaitingPayment));
        QCOMPARE(entry.to, ApplicationStatus::Submitted);
        // The transition table names the payment as the actor of this move.
        QCOMPARE(entry.actor, Actor::Payment);
        QVERIFY(entry.note.contains(QStringLiteral("Gebühr bezahlt")));
        QVERIFY(entry.note.contains(settled.id));

        const HttpResponse receiptResponse =
            m_backend->http().get(paymentPath(settled.id) + QStringLiteral("/receipt"), m_erika);
        QCOMPARE(receiptResponse.status, 200);
        const auto receipt = Receipt::fromJson(receiptResponse.json());
        QVERIFY2(receipt.ok(), receiptResponse.body.constData());
        QCOMPARE(receipt.value().paymentId, settled.id);
        QCOMPARE(receipt.value().reference, detail.summary.reference);
        QCOMPARE(receipt.value().amountCents, qint64(500));
        QCOMPARE(receipt.value().officeId, QStringLiteral("buergerbuero"));
        QVERIFY(!receipt.value().officeName.de.isEmpty());
        QVERIFY(!receipt.value().serviceTitle.de.isEmpty());
        QCOMPARE(receipt.value().paidAt,
                 QDateTime::fromSecsSinceEpoch(m_backend->clock().nowSeconds(), Qt::UTC));

        // Paid once: no second payment, and the page says it is done.
        QCOMPARE(problemSlug(createPayment(application, "pay-2")), QStringLiteral("already-paid"));
        QCOMPARE(m_backend->http().get(pagePath(payment.value())).status, 200);
        QCOMPARE(pay(payment.value(), kSuccess).status, 200);
        QCOMPARE(readApplication(application).history.size(), 2);
    }

    void eachFailureCode_data()
    {
        QTest::addColumn<QString>("card");
        QTest::addColumn<bool>("cancel");
        QTest::addColumn<QString>("code");
        QTest::newRow("declined") << kDeclined << false << QStringLiteral("declined");
        QTest::newRow("expired") << kExpired << false << QStringLiteral("expired_card");
        QTest::newRow("provider error") << kProviderError << false << QStringLiteral("provider_error");
        QTest::newRow("cancelled") << QString() << true << QStringLiteral("cancelled_by_user");
    }

    void eachFailureCode()
    {
        QFETCH(QString, card);
        QFETCH(bool, cancel);
        QFETCH(QString, code);
        const QString application = newApplication();
        const auto payment = Payment::fromJson(createPayment(application, "pay-1").json());
        QVERIFY(payment.ok());
        const HttpResponse page = pay(payment.value(), card, cancel);
        QCOMPARE(page.status, 200);
        const HttpResponse read = m_backend->http().get(paymentPath(payment.value().id), m_erika);
        QCOMPARE(read.json().value(QLatin1String("status")).toString(), QStringLiteral("failed"));
        QCOMPARE(read.json().value(QLatin1String("failure_code")).toString(), code);
        QCOMPARE(readApplication(application).summary.status, ApplicationStatus::AwaitingPayment);
        QCOMPARE(problemSlug(m_backend->http().get(paymentPath(payment.value().id) +
                                                       QStringLiteral("/receipt"),
                                                   m_erika)),
                 QStringLiteral("not-paid"));
        if (cancel) // a cancelled page is closed for good
            QCOMPARE(pay(payment.value(), kSuccess).status, 409);
    }

    void notACardNumberIsAskedAgain()
    {
        const auto payment = Payment::fromJson(createPayment(newApplication(), "pay-1").json());
        QCOMPARE(pay(payment.value(), QStringLiteral("1234")).status, 422);
        QCOMPARE(pay(payment.value(), QStringLiteral("4444333322221112")).status, 422); // Luhn
        QCOMPARE(readPayment(payment.value().id).status, PaymentStatus::Pending);
    }

    void retryWithANewPaymentAfterADecline()
    {
        const QString application = newApplication();
        const auto first = Payment::fromJson(createPayment(application, "pay-1").json()).value();
        pay(first, kDeclined);
        QCOMPARE(readPayment(first.id).failureCode, PaymentFailure::Declined);

        const HttpResponse again = createPayment(application, "pay-2");
        QCOMPARE(again.status, 201);
        const auto second = Payment::fromJson(again.json()).value();
        QVERIFY(second.id != first.id);
        // The first checkout was withdrawn at the provider: it can no longer take money.
        QCOMPARE(pay(first, kSuccess).status, 409);
        QCOMPARE(pay(second, kSuccess).status, 200);
        QCOMPARE(readPayment(first.id).status, PaymentStatus::Failed);
        QCOMPARE(readPayment(second.id).status, PaymentStatus::Succeeded);
        QCOMPARE(readApplication(application).summary.status, ApplicationStatus::Submitted);
    }

    void aLateSuccessOverridesAFailure()
    {
        const QString application = newApplication();
        const auto payment = Payment::fromJson(createPayment(application, "pay-1").json()).value();
        pay(payment, kProviderError);
        QCOMPARE(readPayment(payment.id).status, PaymentStatus::Failed);
        // The citizen tries another card on the same page: money taken is never unpaid.
        pay(payment, kSuccess);
        const Payment settled = readPayment(payment.id);
        QCOMPARE(settled.status, PaymentStatus::Succeeded);
        QCOMPARE(settled.failureCode, PaymentFailure::None);
        QCOMPARE(readApplication(application).summary.status, ApplicationStatus::Submitted);
    }

    void reconciliationHealsALostNotification()
    {
        start([](server::BackendConfig &config) {
            config.payments.dropProviderNotifications = true;
        });
        const QString paidApplication = newApplication();
        const auto paid = Payment::fromJson(createPayment(paidApplication, "pay-1").json()).value();
        const QString abandonedApplication = newApplication();
        const auto abandoned =
            Payment::fromJson(createPayment(abandonedApplication, "pay-2").json()).value();
        QCOMPARE(pay(paid, kSuccess).status, 200);
        // The provider took the money, the city did not hear of it.
        QCOMPARE(readPayment(paid.id).status, PaymentStatus::Pending);
        QCOMPARE(readApplication(paidApplication).summary.status,
                 ApplicationStatus::AwaitingPayment);

        server::Database database(server::DatabaseUrl::parse(m_backend->database().url()).value());
        const server::PaymentSettings settings = m_backend->config().payments;
        auto housekeeping = [&] {
            return server::Housekeeping::run(database, m_backend->clock(),
                                             server::Housekeeping::kThrottleWindowSeconds, settings)
                .paymentsReconciled;
        };
        QCOMPARE(housekeeping(), 0); // not yet: only after a few minutes
        m_backend->clock().advance(settings.reconcileAfterSeconds + 1);
        QCOMPARE(housekeeping(), 1);
        QCOMPARE(readPayment(paid.id).status, PaymentStatus::Succeeded);
        const ApplicationDetail detail = readApplication(paidApplication);
        QCOMPARE(detail.summary.status, ApplicationStatus::Submitted);
        QCOMPARE(detail.history.last().actor, Actor::Payment);
        // The untouched one is still open at the provider: it stays pending...
        QCOMPARE(readPayment(abandoned.id).status, PaymentStatus::Pending);
        // ...until the provider's page times out.
        m_backend->clock().advance(settings.checkoutLifetimeSeconds);
        QCOMPARE(housekeeping(), 1);
        const Payment timedOut = readPayment(abandoned.id);
        QCOMPARE(timedOut.status, PaymentStatus::Failed);
        QCOMPARE(timedOut.failureCode, PaymentFailure::Timeout);
        QCOMPARE(pay(abandoned, kSuccess).status, 409);
        QCOMPARE(housekeeping(), 0);
    }

    void nextUrlIgnoresTheHostHeader()
    {
        const QString application = newApplication();
        const HttpResponse created = m_backend->http().request(
            "POST", QStringLiteral("/api/v1/applications/%1/payments").arg(application), "{}",
            { { "Content-Type", "application/json" },
              { "Authorization", "Bearer " + m_erika.toLatin1() },
              { "Idempotency-Key", "host" },
              { "Host", "evil.example" },
              { "X-Forwarded-Host", "evil.example" } });
        QCOMPARE(created.status, 201);
        const QString nextUrl = created.json().value(QLatin1String("next_url")).toString();
        QVERIFY2(nextUrl.startsWith(m_backend->backend().baseUrl() + QStringLiteral("/pay/demo/")),
                 qPrintable(nextUrl));
        QVERIFY(!nextUrl.contains(QStringLiteral("evil")));
    }

    void demoSeedHonoursTheDropField()
    {
        // With the demo seed, a posted drop_notification=1 loses the notification
        // (to try reconciliation by hand); the money is still taken at the provider.
        const QString application = newApplication();
        const auto payment = Payment::fromJson(createPayment(application, "p").json()).value();
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("token"), token(payment));
        form.addQueryItem(QStringLiteral("card_number"), QStringLiteral("4444333322221111"));
        form.addQueryItem(QStringLiteral("action"), QStringLiteral("pay"));
        form.addQueryItem(QStringLiteral("drop_notification"), QStringLiteral("1"));
        QCOMPARE(m_backend->http()
                     .request("POST", payment.nextUrl.path(),
                              form.toString(QUrl::FullyEncoded).toLatin1(),
                              { { "Content-Type", "application/x-www-form-urlencoded" } })
                     .status,
                 200);
        QCOMPARE(readPayment(payment.id).status, PaymentStatus::Pending);
        // A new payment first asks the provider about the open one: it is paid.
        QCOMPARE(problemSlug(createPayment(application, "p2")), QStringLiteral("already-paid"));
        QCOMPARE(readPayment(payment.id).status, PaymentStatus::Succeeded);
        QCOMPARE(readApplication(application).summary.status, ApplicationStatus::Submitted);
    }

    void createIsIdempotent()
    {
        const QString application = newApplication();
        const HttpResponse first = createPayment(application, "same-key");
        QCOMPARE(first.status, 201);
        const HttpResponse second = createPayment(application, "same-key");
        QCOMPARE(second.status, 201);
        QCOMPARE(second.body, first.body);
        QCOMPARE(second.header("Idempotent-Replayed"), QByteArray("true"));
        // The same key for another application is another request.
        QCOMPARE(problemSlug(createPayment(newApplication(), "same-key")),
                 QStringLiteral("idempotency-key-reuse"));
        QCOMPARE(createPayment(application, QByteArray()).status, 400);
    }

    void onlyApplicationsAwaitingPaymentCanBePaid()
    {
        const HttpResponse free = submitApplication(
            *m_backend, m_erika, "free",
            applicationBody(QStringLiteral("hundesteuer-anmeldung"),
                            validData(QStringLiteral("hundesteuer-anmeldung"), today())));
        QCOMPARE(free.status, 201);
        QCOMPARE(problemSlug(createPayment(free.json().value(QLatin1String("id")).toString(), "p")),
                 QStringLiteral("not-awaiting-payment"));
        // Nor a withdrawn one.
        const QString withdrawn = newApplication();
        QCOMPARE(m_backend->http()
                     .postJson(QStringLiteral("/api/v1/applications/%1/withdraw").arg(withdrawn),
                               {}, m_erika)
                     .status,
                 200);
        QCOMPARE(createPayment(withdrawn, "w").status, 409);
    }

    void othersSeeNothing()
    {
        const QString application = newApplication();
        const QString max = accessToken(*m_backend, QStringLiteral("max"));
        // Max cannot pay Erika's application...
        QCOMPARE(createPayment(application, "k", max).status, 404);
        const auto payment = Payment::fromJson(createPayment(application, "k").json()).value();
        pay(payment, kSuccess);
        // ...nor read her payment or receipt.
        QCOMPARE(m_backend->http().get(paymentPath(payment.id), max).status, 404);
        QCOMPARE(m_backend->http().get(paymentPath(payment.id) + QStringLiteral("/receipt"), max)
                     .status,
                 404);
        QCOMPARE(m_backend->http().get(paymentPath(payment.id)).status, 401);
        // Staff: their own office's payments only.
        const QString own = staffToken(*m_backend, QStringLiteral("sb.buergerbuero"));
        const QString other = staffToken(*m_backend, QStringLiteral("sb.verkehr"));
        QCOMPARE(m_backend->http().get(paymentPath(payment.id), own).status, 200);
        QCOMPARE(m_backend->http().get(paymentPath(payment.id), other).status, 404);
        QCOMPARE(createPayment(application, "staff", own).status, 403);
    }

    void refundsAreGuardedByWhatIsLeft()
    {
        // A parking permit (30.00 EUR) at the road traffic office, whose lead is lead.verkehr.
        const QString upload = uploadPdf(*m_backend, m_erika);
        const HttpResponse submitted = submitApplication(
            *m_backend, m_erika, "permit",
            applicationBody(QStringLiteral("anwohnerparkausweis"),
                            validData(QStringLiteral("anwohnerparkausweis"), today(), upload)));
        QCOMPARE(submitted.status, 201);
        const QString application = submitted.json().value(QLatin1String("id")).toString();
        const auto payment = Payment::fromJson(createPayment(application, "p").json()).value();
        QCOMPARE(payment.amountCents, qint64(3000));

        const QString lead = staffToken(*m_backend, QStringLiteral("lead.verkehr"));
        const QString caseworker = staffToken(*m_backend, QStringLiteral("sb.verkehr"));
        const QString otherOffice = staffToken(*m_backend, QStringLiteral("sb.buergerbuero"));
        QVERIFY(!lead.isEmpty() && !caseworker.isEmpty() && !otherOffice.isEmpty());
        // Nothing taken yet: nothing to refund.
        QCOMPARE(problemSlug(refund(payment.id, 1000, "r0", lead)), QStringLiteral("not-refundable"));
        pay(payment, kSuccess);

        QCOMPARE(refund(payment.id, 1000, "r1", QString()).status, 401);
        QCOMPARE(refund(payment.id, 1000, "r1", m_erika).status, 403);
        QCOMPARE(refund(payment.id, 1000, "r1", caseworker).status, 403);
        QCOMPARE(refund(payment.id, 1000, "r1", otherOffice).status, 404);
        QCOMPARE(refund(payment.id, 0, "r1", lead).status, 422);

        const HttpResponse partial = refund(payment.id, 1000, "r1", lead);
        QCOMPARE(partial.status, 200);
        QCOMPARE(partial.json().value(QLatin1String("status")).toString(),
                 QStringLiteral("partially_refunded"));
        QCOMPARE(partial.json().value(QLatin1String("refunded_cents")).toInteger(), qint64(1000));
        // The office's case view shows the payment and what was refunded (the
        // lead's refund action is offered from it).
        const QJsonObject staffCase =
            m_backend->http().get(QStringLiteral("/api/v1/staff/cases/") + application, lead).json();
        const QJsonObject casePayment = staffCase.value(QLatin1String("payment")).toObject();
        QCOMPARE(casePayment.value(QLatin1String("id")).toString(), payment.id);
        QCOMPARE(casePayment.value(QLatin1String("amount_cents")).toInteger(), qint64(3000));
        QCOMPARE(casePayment.value(QLatin1String("refunded_cents")).toInteger(), qint64(1000));
        QCOMPARE(casePayment.value(QLatin1String("status")).toString(),
                 QStringLiteral("partially_refunded"));
        // The same request again (a retry): the first answer, not a second refund.
        const HttpResponse repeated = refund(payment.id, 1000, "r1", lead);
        QCOMPARE(repeated.status, 200);
        QCOMPARE(repeated.body, partial.body);
        QCOMPARE(repeated.header("Idempotent-Replayed"), QByteArray("true"));
        // More than is left: refused.
        QCOMPARE(problemSlug(refund(payment.id, 2001, "r2", lead)),
                 QStringLiteral("refund-exceeds-payment"));
        const HttpResponse rest = refund(payment.id, 2000, "r3", lead);
        QCOMPARE(rest.status, 200);
        QCOMPARE(rest.json().value(QLatin1String("status")).toString(), QStringLiteral("refunded"));
        // A stale second refund of the same amount under a new key: refused.
        QCOMPARE(refund(payment.id, 2000, "r4", lead).status, 409);
        const Payment after = readPayment(payment.id);
        QCOMPARE(after.refundedCents, qint64(3000));
        QCOMPARE(after.status, PaymentStatus::Refunded);
    }

private:
    void start(std::function<void(server::BackendConfig &)> configure)
    {
        TestBackend::Options options;
        options.configure = std::move(configure);
        m_backend = std::make_unique<TestBackend>(options);
        QVERIFY2(m_backend->start(), qPrintable(m_backend->error()));
        m_erika = accessToken(*m_backend, QStringLiteral("erika"));
        QVERIFY(!m_erika.isEmpty());
    }

    QDate today() const { return m_backend->clock().now().date(); }
    static QString paymentPath(const QString &id) { return QStringLiteral("/api/v1/payments/") + id; }

    // A Meldebescheinigung (5.00 EUR): awaiting_payment.
    QString newApplication()
    {
        const HttpResponse response = submitApplication(
            *m_backend, m_erika, "app-" + QByteArray::number(++m_keys),
            applicationBody(QStringLiteral("meldebescheinigung"),
                            validData(QStringLiteral("meldebescheinigung"), today())));
        return response.json().value(QLatin1String("id")).toString();
    }

    HttpResponse createPayment(const QString &application, const QByteArray &key,
                               const QString &token = {})
    {
        HttpClient::Headers headers { { "Content-Type", "application/json" },
                                      { "Authorization",
                                        "Bearer " + (token.isEmpty() ? m_erika : token).toLatin1() } };
        if (!key.isEmpty())
            headers.append({ "Idempotency-Key", key });
        return m_backend->http().request(
            "POST", QStringLiteral("/api/v1/applications/%1/payments").arg(application), "{}",
            headers);
    }

    HttpResponse refund(const QString &payment, qint64 cents, const QByteArray &key,
                        const QString &token)
    {
        HttpClient::Headers headers { { "Content-Type", "application/json" },
                                      { "Idempotency-Key", key } };
        if (!token.isEmpty())
            headers.append({ "Authorization", "Bearer " + token.toLatin1() });
        return m_backend->http().request(
            "POST", QStringLiteral("/api/v1/staff/payments/%1/refund").arg(payment),
            "{\"amount_cents\":" + QByteArray::number(cents) + '}', headers);
    }

    static QString checkoutId(const Payment &payment)
    {
        return payment.nextUrl.path().section(QLatin1Char('/'), -1);
    }
    static QString token(const Payment &payment)
    {
        return QUrlQuery(payment.nextUrl).queryItemValue(QStringLiteral("token"));
    }
    static QString pagePath(const Payment &payment)
    {
        return payment.nextUrl.path() + QLatin1Char('?') + payment.nextUrl.query();
    }

    // The citizen at the provider's page, as a browser posts the form.
    HttpResponse pay(const Payment &payment, const QString &card, bool cancel = false)
    {
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("token"), token(payment));
        form.addQueryItem(QStringLiteral("card_number"), card);
        form.addQueryItem(QStringLiteral("action"), cancel ? QStringLiteral("cancel")
                                                           : QStringLiteral("pay"));
        QByteArray body = form.toString(QUrl::FullyEncoded).toLatin1();
        body.replace("%20", "+");
        return m_backend->http().request(
            "POST", payment.nextUrl.path(), body,
            { { "Content-Type", "application/x-www-form-urlencoded" } });
    }

    Payment readPayment(const QString &id)
    {
        const HttpResponse response = m_backend->http().get(paymentPath(id), m_erika);
        auto payment = Payment::fromJson(response.json());
        if (!payment)
            qWarning() << response.status << response.body;
        return payment ? payment.value() : Payment {};
    }

    ApplicationDetail readApplication(const QString &id)
    {
        const HttpResponse response =
            m_backend->http().get(QStringLiteral("/api/v1/applications/") + id, m_erika);
        auto detail = ApplicationDetail::fromJson(response.json());
        return detail ? detail.value() : ApplicationDetail {};
    }

    std::unique_ptr<TestBackend> m_backend;
    QString m_erika;
    int m_keys = 0;
};

QTEST_GUILESS_MAIN(TestPayments)
#include "test_payments.moc"
