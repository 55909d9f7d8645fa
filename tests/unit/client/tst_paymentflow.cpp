// Paying an application's fee through PaymentFlow against the real backend
// over loopback HTTP (TestBackend, SQLite): the test is the citizen's browser
// and posts the card to the demo provider's page itself. Success; a declined
// card, then paying again with a new key and a good card.
#include "app/client/ApiClient.h"
#include "app/client/MemorySecretStore.h"
#include "app/client/PaymentFlow.h"
#include "app/client/Session.h"
#include "tests/support/TestBackend.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>
#include <QUuid>

#include <memory>
#include <optional>

using namespace rathaus;
using namespace rathaus::client;

namespace {
const QString successCard = QStringLiteral("4444333322221111");
const QString declinedCard = QStringLiteral("4000000000000002");
const QString expiredCard = QStringLiteral("4000000000000069");
const QString providerErrorCard = QStringLiteral("4000000000000119");
} // namespace

class PaymentFlowTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestBackend> backend;
    std::unique_ptr<QNetworkAccessManager> network;
    std::unique_ptr<ApiClient> api;
    std::unique_ptr<MemorySecretStore> store;
    std::unique_ptr<Session> session;
    std::unique_ptr<PaymentFlow> flow;
    QList<QUrl> opened; // what the flow asked the browser to open

    // A meldebescheinigung (5 EUR): created awaiting payment.
    QString newApplication()
    {
        const QJsonObject body {
            { QStringLiteral("service_id"), QStringLiteral("meldebescheinigung") },
            { QStringLiteral("data"),
              QJsonObject { { QStringLiteral("type"), QStringLiteral("einfach") },
                            { QStringLiteral("purpose"), QStringLiteral("Vorlage beim Arbeitgeber") } } },
        };
        std::optional<ApiResult> result;
        ApiRequest request = ApiRequest::post(QStringLiteral("/applications"), QJsonDocument(body));
        request.idempotencyKey = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
        session->send(request, this, [&](const ApiResult &r) { result = r; });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 30000) || !result->ok())
            return {};
        const QJsonObject created = result->value().json.object();
        if (created.value(QLatin1String("status")).toString() != QLatin1String("awaiting_payment"))
            return {};
        return created.value(QLatin1String("id")).toString();
    }

    QString applicationStatus(const QString &id)
    {
        std::optional<ApiResult> result;
        session->send(ApiRequest::get(QStringLiteral("/applications/") + id), this,
                      [&](const ApiResult &r) { result = r; });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 30000) || !result->ok())
            return {};
        return result->value().json.object().value(QLatin1String("status")).toString();
    }

    // What the citizen does on the provider's page: type the card, press "pay".
    int payOnPage(const QUrl &page, const QString &card)
    {
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("token"),
                          QUrlQuery(page).queryItemValue(QStringLiteral("token")));
        form.addQueryItem(QStringLiteral("card_number"), card);
        form.addQueryItem(QStringLiteral("action"), QStringLiteral("pay"));
        return backend->http()
            .request("POST", page.path(), form.toString(QUrl::FullyEncoded).toLatin1(),
                     { { "Content-Type", "application/x-www-form-urlencoded" } })
            .status;
    }

private slots:
    void init()
    {
        backend = std::make_unique<test::TestBackend>();
        QVERIFY2(backend->start(), qPrintable(backend->error()));
        network = std::make_unique<QNetworkAccessManager>();
        api = std::make_unique<ApiClient>(network.get());
        api->setBaseUrl(QUrl(backend->http().baseUrl()));
        store = std::make_unique<MemorySecretStore>();
        session = std::make_unique<Session>(api.get(), store.get());
        std::optional<Result<UserInfo>> login;
        session->login(QStringLiteral("erika"), QStringLiteral("rathaus-demo"), {}, this,
                       [&](const Result<UserInfo> &r) { login = r; });
        QTRY_VERIFY_WITH_TIMEOUT(login.has_value(), 60000);
        QVERIFY(login->ok());
        flow = std::make_unique<PaymentFlow>(session.get());
        opened.clear();
        flow->setUrlOpener([this](const QUrl &url) {
            opened << url;
            return true;
        });
    }
    void cleanup()
    {
        flow.reset();
        session.reset();
        store.reset();
        api.reset();
        network.reset();
        backend.reset();
    }

    void paysWithTheSuccessCard()
    {
        const QString id = newApplication();
        QVERIFY(!id.isEmpty());
        QSignalSpy settled(flow.get(), &PaymentFlow::settled);
        flow->start(id);
        QCOMPARE(flow->step(), PaymentFlow::Step::Creating);
        const QByteArray key = flow->idempotencyKey();
        QVERIFY(!key.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(flow->step(), PaymentFlow::Step::AwaitingProvider, 30000);
        QCOMPARE(flow->payment().status, PaymentStatus::Pending);
        QCOMPARE(flow->payment().amountCents, 500);
        // The provider's page, opened in the browser, on the backend's origin.
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.first().host(), QUrl(backend->http().baseUrl()).host());
        QVERIFY(opened.first().path().startsWith(QLatin1String("/pay/demo/")));
        QCOMPARE(flow->idempotencyKey(), key); // kept while the payment is open

        QCOMPARE(payOnPage(opened.first(), successCard), 200);
        QTRY_COMPARE_WITH_TIMEOUT(settled.size(), 1, 60000);
        QCOMPARE(flow->step(), PaymentFlow::Step::Settled);
        QCOMPARE(flow->payment().status, PaymentStatus::Succeeded);
        QCOMPARE(PaymentFlow::describe(flow->payment()), QStringLiteral("Paid"));
        QVERIFY(flow->idempotencyKey().isEmpty()); // settled: the key is done
        QCOMPARE(applicationStatus(id), QStringLiteral("submitted"));
    }

    void aDeclinedCardThenPayingAgainSucceeds()
    {
        const QString id = newApplication();
        QVERIFY(!id.isEmpty());
        QSignalSpy settled(flow.get(), &PaymentFlow::settled);
        flow->start(id);
        const QByteArray firstKey = flow->idempotencyKey();
        QTRY_COMPARE_WITH_TIMEOUT(flow->step(), PaymentFlow::Step::AwaitingProvider, 30000);
        const QString firstPayment = flow->payment().id;
        QCOMPARE(payOnPage(opened.last(), declinedCard), 200); // the page says why, in the browser
        QTRY_COMPARE_WITH_TIMEOUT(settled.size(), 1, 60000);
        QCOMPARE(flow->payment().status, PaymentStatus::Failed);
        QCOMPARE(flow->payment().failureCode, PaymentFailure::Declined);
        QVERIFY(PaymentFlow::describe(flow->payment()).contains(QLatin1String("declined")));
        QCOMPARE(applicationStatus(id), QStringLiteral("awaiting_payment"));

        // Paying again is a new payment under a new key.
        flow->start(id);
        QVERIFY(!flow->idempotencyKey().isEmpty());
        QVERIFY(flow->idempotencyKey() != firstKey);
        QTRY_COMPARE_WITH_TIMEOUT(flow->step(), PaymentFlow::Step::AwaitingProvider, 30000);
        QVERIFY(flow->payment().id != firstPayment);
        QCOMPARE(opened.size(), 2);
        QCOMPARE(payOnPage(opened.last(), successCard), 200);
        QTRY_COMPARE_WITH_TIMEOUT(settled.size(), 2, 60000);
        QCOMPARE(flow->payment().status, PaymentStatus::Succeeded);
        QCOMPARE(applicationStatus(id), QStringLiteral("submitted"));
    }

    void everyTestCardIsSaidInWords_data()
    {
        QTest::addColumn<QString>("card");
        QTest::addColumn<int>("failure");
        QTest::newRow("expired") << expiredCard << int(PaymentFailure::ExpiredCard);
        QTest::newRow("provider error") << providerErrorCard << int(PaymentFailure::ProviderError);
    }
    void everyTestCardIsSaidInWords()
    {
        QFETCH(QString, card);
        QFETCH(int, failure);
        const QString id = newApplication();
        QVERIFY(!id.isEmpty());
        flow->start(id);
        QTRY_COMPARE_WITH_TIMEOUT(flow->step(), PaymentFlow::Step::AwaitingProvider, 30000);
        payOnPage(opened.last(), card);
        QTRY_COMPARE_WITH_TIMEOUT(flow->step(), PaymentFlow::Step::Settled, 60000);
        QCOMPARE(int(flow->payment().failureCode), failure);
        QVERIFY(!PaymentFlow::describe(flow->payment()).isEmpty());
    }

    void theSameKeyAfterALostAnswerMakesNoSecondPayment()
    {
        // Two starts for one application before the first settles: one payment.
        const QString id = newApplication();
        QVERIFY(!id.isEmpty());
        flow->start(id);
        QTRY_COMPARE_WITH_TIMEOUT(flow->step(), PaymentFlow::Step::AwaitingProvider, 30000);
        const QString first = flow->payment().id;
        const QByteArray key = flow->idempotencyKey();
        flow->stopWaiting(); // e.g. the citizen left the page
        flow->start(id);
        QCOMPARE(flow->idempotencyKey(), key);
        QTRY_COMPARE_WITH_TIMEOUT(flow->step(), PaymentFlow::Step::AwaitingProvider, 30000);
        QCOMPARE(flow->payment().id, first);
    }
};

QTEST_GUILESS_MAIN(PaymentFlowTest)
#include "tst_paymentflow.moc"
