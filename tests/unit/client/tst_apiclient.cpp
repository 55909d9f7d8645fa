// ApiClient against the fake network: the transport policy, timeouts,
// problem parsing, error statuses, retries and dropped connections.
#include "app/client/ApiClient.h"
#include "app/client/TransportPolicy.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

#include <optional>

#include "FakeNetworkAccessManager.h"

using namespace rathaus;
using namespace rathaus::client;
using namespace std::chrono_literals;

class ApiClientTest : public QObject
{
    Q_OBJECT

private:
    FakeNetworkAccessManager *network = nullptr;
    ApiClient *api = nullptr;

    // Sends and waits for the one answer.
    ApiResult call(const ApiRequest &request, int timeoutMs = 5000)
    {
        std::optional<ApiResult> result;
        api->send(request, this, [&](const ApiResult &answer) { result = answer; });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, timeoutMs))
            return Problem::make(-1, QStringLiteral("test-no-answer"), QStringLiteral("no answer"));
        return *result;
    }

private slots:
    void init()
    {
        network = new FakeNetworkAccessManager(this);
        api = new ApiClient(network, this);
        api->setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:8080")));
        api->setRetryPolicy({ 0, 10ms, 50ms });
    }
    void cleanup()
    {
        delete api;
        delete network;
    }

    void transportPolicy_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("https remote") << "https://rathaus.example.de" << true;
        QTest::newRow("http loopback v4") << "http://127.0.0.1:4711" << true;
        QTest::newRow("http loopback 127/8") << "http://127.42.0.9" << true;
        QTest::newRow("http loopback v6") << "http://[::1]:4711" << true;
        QTest::newRow("http localhost") << "http://localhost:4711" << true;
        QTest::newRow("http LOCALHOST") << "http://LOCALHOST" << true;
        QTest::newRow("http remote") << "http://rathaus.example.de" << false;
        QTest::newRow("http lan") << "http://192.168.1.10" << false;
        QTest::newRow("http 128.0.0.1") << "http://128.0.0.1" << false;
        QTest::newRow("http localhost lookalike") << "http://localhost.example.com" << false;
        QTest::newRow("ftp") << "ftp://127.0.0.1" << false;
        QTest::newRow("no host") << "https://" << false;
    }
    void transportPolicy()
    {
        QFETCH(QString, url);
        QFETCH(bool, allowed);
        QCOMPARE(!TransportPolicy::check(QUrl(url)).has_value(), allowed);
    }

    void refusesPlainHttpToRemoteHostWithoutSending()
    {
        api->setBaseUrl(QUrl(QStringLiteral("http://rathaus.example.de")));
        const ApiResult result = call(ApiRequest::get(QStringLiteral("/services")));
        QVERIFY(!result.ok());
        QCOMPARE(result.problem().slug(), QStringLiteral("insecure-transport"));
        QVERIFY(!result.problem().title.isEmpty());
        QVERIFY(network->requests().isEmpty());
    }

    void answersAreAlwaysAsynchronous()
    {
        api->setBaseUrl(QUrl(QStringLiteral("http://rathaus.example.de")));
        bool called = false;
        api->send(ApiRequest::get(QStringLiteral("/services")), this,
                  [&](const ApiResult &) { called = true; });
        QVERIFY(!called);
        QTRY_VERIFY(called);
    }

    void buildsUrlsAndHeaders()
    {
        network->setHandler([](const RecordedRequest &) {
            FakeResponse response = FakeResponse::json(200, "{\"status\":\"ok\"}");
            response.headers.append(qMakePair(QByteArray("X-Request-Id"), QByteArray("req-1")));
            return response;
        });
        api->setBaseUrl(QUrl(QStringLiteral("https://city.example/base/")));
        ApiRequest request =
            ApiRequest::post(QStringLiteral("/applications"),
                             QJsonDocument(QJsonObject { { QStringLiteral("a"), 1 } }));
        request.bearerToken = "token-123";
        request.idempotencyKey = "key-1";
        const ApiResult result = call(request);
        QVERIFY(result.ok());
        QCOMPARE(result.value().status, 200);
        QCOMPARE(result.value().requestId, QByteArray("req-1"));
        QCOMPARE(result.value().json.object().value(QStringLiteral("status")).toString(),
                 QStringLiteral("ok"));
        QCOMPARE(network->requests().size(), 1);
        const RecordedRequest &sent = network->requests().constFirst();
        QCOMPARE(sent.request.url().toString(),
                 QStringLiteral("https://city.example/base/api/v1/applications"));
        QCOMPARE(sent.method, QByteArray("POST"));
        QCOMPARE(sent.header("Authorization"), QByteArray("Bearer token-123"));
        QCOMPARE(sent.header("Idempotency-Key"), QByteArray("key-1"));
        QCOMPARE(sent.body, QByteArray("{\"a\":1}"));
    }

    void asksTheServerForTheUsersLanguage()
    {
        // The server words its own texts in de or en only: a Turkish or
        // Arabic user gets English rather than its German default.
        network->setHandler([](const RecordedRequest &) { return FakeResponse::json(200, "{}"); });
        api->setBaseUrl(QUrl(QStringLiteral("https://city.example/")));
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::Arabic, QLocale::Egypt));
        QVERIFY(call(ApiRequest::get(QStringLiteral("/services"))).ok());
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        QVERIFY(call(ApiRequest::get(QStringLiteral("/services"))).ok());
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        QVERIFY(call(ApiRequest::get(QStringLiteral("/services"))).ok());
        QLocale::setDefault(before);
        QCOMPARE(network->requests().size(), 3);
        QCOMPARE(network->requests().at(0).header("Accept-Language"), QByteArray("ar, en;q=0.8"));
        QVERIFY(network->requests().at(1).header("Accept-Language").isEmpty());
        // English users get the server's English texts, not its German default.
        QCOMPARE(network->requests().at(2).header("Accept-Language"), QByteArray("en"));
    }

    void transferTimeoutDefaultsTo30Seconds()
    {
        ApiClient fresh(network);
        QCOMPARE(fresh.transferTimeout(), 30000ms);
        fresh.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:1")));
        network->setHandler([](const RecordedRequest &) { return FakeResponse::json(200, "{}"); });
        bool done = false;
        fresh.send(ApiRequest::get(QStringLiteral("/health")), this,
                   [&](const ApiResult &) { done = true; });
        QTRY_VERIFY(done);
        QCOMPARE(network->requests().constFirst().request.transferTimeout(), 30000);
    }

    void hangingReplyTimesOut()
    {
        network->setHandler([](const RecordedRequest &) { return FakeResponse::hang(); });
        api->setTransferTimeout(150ms);
        QElapsedTimer timer;
        timer.start();
        const ApiResult result = call(ApiRequest::get(QStringLiteral("/services")));
        QVERIFY(!result.ok());
        QCOMPARE(result.problem().slug(), QStringLiteral("timeout"));
        QCOMPARE(result.problem().status, 0);
        QVERIFY(timer.elapsed() >= 100);
        QCOMPARE(network->requests().constFirst().request.transferTimeout(), 150);
    }

    void slowButMovingReplyIsNoTimeout()
    {
        network->setHandler([](const RecordedRequest &) {
            FakeResponse response = FakeResponse::json(200, "[]");
            response.delayMs = 50;
            return response;
        });
        api->setTransferTimeout(2000ms);
        QVERIFY(call(ApiRequest::get(QStringLiteral("/services"))).ok());
    }

    void errorStatusesBecomeProblems_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::addColumn<QString>("slug");
        QTest::newRow("500") << 500 << QByteArray() << "server-error";
        QTest::newRow("502") << 502 << QByteArray() << "unavailable";
        QTest::newRow("503") << 503 << QByteArray() << "unavailable";
        QTest::newRow("429") << 429 << QByteArray("30") << "rate-limited";
        QTest::newRow("404") << 404 << QByteArray() << "not-found";
        QTest::newRow("401") << 401 << QByteArray() << "unauthorized";
    }
    void errorStatusesBecomeProblems()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, retryAfter);
        QFETCH(QString, slug);
        network->setHandler([&](const RecordedRequest &) {
            FakeResponse response;
            response.status = status;
            response.contentType = "text/html";
            response.body = "<html>Bad Gateway</html>"; // a proxy's page, not JSON
            if (!retryAfter.isEmpty())
                response.headers.append(
                    qMakePair(QByteArray("Retry-After"), QByteArray(retryAfter)));
            return response;
        });
        const ApiResult result = call(ApiRequest::get(QStringLiteral("/services")));
        QVERIFY(!result.ok());
        QCOMPARE(result.problem().status, status);
        QCOMPARE(result.problem().slug(), slug);
        QVERIFY(!result.problem().title.isEmpty());
        QVERIFY(!result.problem().title.contains(QLatin1String("html")));
        if (!retryAfter.isEmpty())
            QVERIFY2(result.problem().detail.contains(QLatin1String("30")),
                     qPrintable(result.problem().detail));
    }

    void parsesProblemJson()
    {
        network->setHandler([](const RecordedRequest &) {
            FakeResponse response;
            response.status = 422;
            response.contentType = "application/problem+json; charset=utf-8";
            response.body =
                R"({"type":"urn:rathaus:problem:validation","title":"Die Angaben sind unvollständig.",
                               "status":422,"detail":"Bitte prüfen Sie die markierten Felder.",
                               "errors":{"plate":"Kein gültiges Kennzeichen."}})";
            return response;
        });
        const ApiResult result =
            call(ApiRequest::post(QStringLiteral("/applications"), QJsonDocument(QJsonObject {})));
        QVERIFY(!result.ok());
        const Problem &problem = result.problem();
        QCOMPARE(problem.status, 422);
        QCOMPARE(problem.slug(), QStringLiteral("validation"));
        QCOMPARE(problem.title, QStringLiteral("Die Angaben sind unvollständig."));
        QCOMPARE(problem.detail, QStringLiteral("Bitte prüfen Sie die markierten Felder."));
        QCOMPARE(problem.fieldErrors.value(QStringLiteral("plate")),
                 QStringLiteral("Kein gültiges Kennzeichen."));
    }

    void malformedJsonIsAProblem()
    {
        network->setHandler(
            [](const RecordedRequest &) { return FakeResponse::json(200, "{not json"); });
        const ApiResult result = call(ApiRequest::get(QStringLiteral("/services")));
        QVERIFY(!result.ok());
        QCOMPARE(result.problem().slug(), QStringLiteral("malformed-response"));
    }

    void emptyBodyIsFine()
    {
        network->setHandler(
            [](const RecordedRequest &) { return FakeResponse::json(204, QByteArray()); });
        const ApiResult result = call(ApiRequest::post(QStringLiteral("/auth/logout")));
        QVERIFY(result.ok());
        QCOMPARE(result.value().status, 204);
        QVERIFY(result.value().json.isNull());
    }

    void droppedConnection()
    {
        network->setHandler([](const RecordedRequest &) {
            FakeResponse response;
            response.behaviour = FakeResponse::Behaviour::DropConnection;
            return response;
        });
        const ApiResult result = call(ApiRequest::get(QStringLiteral("/services")));
        QVERIFY(!result.ok());
        QCOMPARE(result.problem().slug(), QStringLiteral("connection-lost"));
    }

    void refusedConnection()
    {
        network->setHandler([](const RecordedRequest &) {
            FakeResponse response;
            response.behaviour = FakeResponse::Behaviour::NetworkError;
            response.error = QNetworkReply::ConnectionRefusedError;
            return response;
        });
        const ApiResult result = call(ApiRequest::get(QStringLiteral("/services")));
        QCOMPARE(result.problem().slug(), QStringLiteral("unreachable"));
    }

    void tlsErrorIsNotIgnored()
    {
        network->setHandler([](const RecordedRequest &) {
            FakeResponse response;
            response.behaviour = FakeResponse::Behaviour::NetworkError;
            response.error = QNetworkReply::SslHandshakeFailedError;
            return response;
        });
        api->setBaseUrl(QUrl(QStringLiteral("https://self-signed.example")));
        const ApiResult result = call(ApiRequest::get(QStringLiteral("/services")));
        QCOMPARE(result.problem().slug(), QStringLiteral("tls-error"));
    }

    void retriesReadsWithBackoff()
    {
        api->setRetryPolicy({ 2, 10ms, 40ms });
        int calls = 0;
        network->setHandler([&](const RecordedRequest &) {
            ++calls;
            if (calls == 1)
                return FakeResponse::json(503, QByteArray());
            if (calls == 2) {
                FakeResponse response;
                response.behaviour = FakeResponse::Behaviour::DropConnection;
                return response;
            }
            return FakeResponse::json(200, "[]");
        });
        const ApiResult result = call(ApiRequest::get(QStringLiteral("/services")));
        QVERIFY(result.ok());
        QCOMPARE(calls, 3);
    }

    void givesUpAfterMaxRetries()
    {
        api->setRetryPolicy({ 2, 5ms, 20ms });
        network->setHandler(
            [](const RecordedRequest &) { return FakeResponse::json(503, QByteArray()); });
        const ApiResult result = call(ApiRequest::get(QStringLiteral("/services")));
        QCOMPARE(result.problem().status, 503);
        QCOMPARE(network->requests().size(), 3);
    }

    void neverRetriesWritesWithoutKey()
    {
        api->setRetryPolicy({ 3, 5ms, 20ms });
        network->setHandler(
            [](const RecordedRequest &) { return FakeResponse::json(503, QByteArray()); });
        const ApiResult result =
            call(ApiRequest::post(QStringLiteral("/auth/login"), QJsonDocument(QJsonObject {})));
        QCOMPARE(result.problem().status, 503);
        QCOMPARE(network->requests().size(), 1);
    }

    void retriesWritesWithIdempotencyKey()
    {
        api->setRetryPolicy({ 3, 5ms, 20ms });
        int calls = 0;
        network->setHandler([&](const RecordedRequest &) {
            return ++calls == 1 ? FakeResponse::json(502, QByteArray())
                                : FakeResponse::json(201, "{}");
        });
        ApiRequest request =
            ApiRequest::post(QStringLiteral("/applications"), QJsonDocument(QJsonObject {}));
        request.idempotencyKey = "same-key";
        QVERIFY(call(request).ok());
        QCOMPARE(network->requests().size(), 2);
        QCOMPARE(network->requests().at(1).header("Idempotency-Key"), QByteArray("same-key"));
    }

    void longRetryAfterIsLeftToTheUser()
    {
        api->setRetryPolicy({ 3, 5ms, 100ms });
        network->setHandler([](const RecordedRequest &) {
            FakeResponse response = FakeResponse::json(429, QByteArray());
            response.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray("3600")));
            return response;
        });
        const ApiResult result = call(ApiRequest::get(QStringLiteral("/services")));
        QCOMPARE(result.problem().slug(), QStringLiteral("rate-limited"));
        QCOMPARE(network->requests().size(), 1);
    }

    void destroyedContextGetsNoCallback()
    {
        network->setHandler([](const RecordedRequest &) {
            FakeResponse response = FakeResponse::json(200, "{}");
            response.delayMs = 20;
            return response;
        });
        auto *context = new QObject;
        bool called = false;
        api->send(ApiRequest::get(QStringLiteral("/health")), context,
                  [&](const ApiResult &) { called = true; });
        delete context;
        QTest::qWait(80);
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(ApiClientTest)
#include "tst_apiclient.moc"
