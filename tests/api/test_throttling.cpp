// Login throttling (quality.md): <= 100 evaluated attempts per account per
// rolling hour, a per-address limit, 429 + Retry-After, no permanent lockout.
#include "tests/support/TestBackend.h"

#include <QJsonDocument>
#include <QNetworkReply>
#include <QTest>

using namespace rathaus;
using namespace rathaus::test;

class TestThrottling : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { m_backend.reset(); }

    void accountLimit()
    {
        start({});
        // 100 evaluated attempts (argon2 each: this takes a few seconds).
        for (int i = 0; i < 99; ++i)
            QCOMPARE(m_backend->login(QStringLiteral("erika"), QStringLiteral("wrong")).status,
                     401);
        QCOMPARE(m_backend->login(QStringLiteral("erika")).status,
                 200); // the 100th: right password
        m_backend->clock().advance(60);

        const HttpResponse throttled = m_backend->login(QStringLiteral("erika"));
        QCOMPARE(throttled.status, 429);
        QCOMPARE(throttled.header("Content-Type"), QByteArray("application/problem+json"));
        QCOMPARE(throttled.json().value(QLatin1String("type")).toString(),
                 QStringLiteral("urn:rathaus:problem:too-many-requests"));
        bool ok = false;
        const qint64 retryAfter = throttled.header("Retry-After").toLongLong(&ok);
        QVERIFY(ok);
        QVERIFY2(retryAfter > 0 && retryAfter <= 3600 - 60,
                 throttled.header("Retry-After").constData());
        // Even the right password is not evaluated while throttled.
        QCOMPARE(m_backend->login(QStringLiteral("erika")).status, 429);
        // Other accounts are not affected.
        QCOMPARE(m_backend->login(QStringLiteral("max")).status, 200);

        // No permanent lockout: after the hour it works again.
        m_backend->clock().advance(retryAfter);
        QCOMPARE(m_backend->login(QStringLiteral("erika")).status, 200);
    }

    void rollingWindow()
    {
        start([](server::BackendConfig &config) { config.loginAttemptsPerAccountPerHour = 4; });
        for (int i = 0; i < 2; ++i)
            QCOMPARE(m_backend->login(QStringLiteral("max"), QStringLiteral("wrong")).status, 401);
        m_backend->clock().advance(30 * 60);
        for (int i = 0; i < 2; ++i)
            QCOMPARE(m_backend->login(QStringLiteral("max"), QStringLiteral("wrong")).status, 401);
        const HttpResponse throttled = m_backend->login(QStringLiteral("max"));
        QCOMPARE(throttled.status, 429);
        // The first two attempts age out 60 min after they were made: 30 min from now.
        QCOMPARE(throttled.header("Retry-After").toLongLong(), 30 * 60);
        m_backend->clock().advance(30 * 60);
        QCOMPARE(m_backend->login(QStringLiteral("max")).status, 200);
    }

    void unknownAccountsAreThrottledAlike()
    {
        start([](server::BackendConfig &config) { config.loginAttemptsPerAccountPerHour = 3; });
        for (int i = 0; i < 3; ++i)
            QCOMPARE(m_backend->login(QStringLiteral("nobody"), QStringLiteral("x")).status, 401);
        QCOMPARE(m_backend->login(QStringLiteral("nobody"), QStringLiteral("x")).status, 429);
    }

    void addressLimit()
    {
        start([](server::BackendConfig &config) { config.loginAttemptsPerAddressPerHour = 5; });
        const QStringList names { QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"),
                                  QStringLiteral("d"), QStringLiteral("e") };
        for (const QString &name : names)
            QCOMPARE(m_backend->login(name, QStringLiteral("x")).status, 401);
        // A sixth attempt from the same address is refused, whatever the account.
        const HttpResponse throttled = m_backend->login(QStringLiteral("erika"));
        QCOMPARE(throttled.status, 429);
        QVERIFY(throttled.header("Retry-After").toLongLong() > 0);
        m_backend->clock().advance(3600);
        QCOMPARE(m_backend->login(QStringLiteral("erika")).status, 200);
    }

    void staffTotpAttemptsCount()
    {
        start([](server::BackendConfig &config) { config.loginAttemptsPerAccountPerHour = 3; });
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(m_backend
                         ->login(QStringLiteral("sb.verkehr"), QStringLiteral("rathaus-demo"),
                                 QStringLiteral("000000"))
                         .status,
                     401);
        }
        // Guessing codes is throttled like guessing passwords.
        QCOMPARE(m_backend
                     ->login(QStringLiteral("sb.verkehr"), QStringLiteral("rathaus-demo"),
                             m_backend->staffTotp())
                     .status,
                 429);
    }

    void concurrentAttemptsCannotOvershoot()
    {
        // Attempts arriving at once (several connections, two worker threads):
        // exactly `limit` are evaluated, the rest refused.
        start([](server::BackendConfig &config) { config.loginAttemptsPerAccountPerHour = 5; });
        QNetworkAccessManager network;
        QList<QNetworkReply *> replies;
        const QByteArray body =
            QJsonDocument(QJsonObject { { QStringLiteral("username"), QStringLiteral("erika") },
                                        { QStringLiteral("password"), QStringLiteral("wrong") } })
                .toJson(QJsonDocument::Compact);
        for (int i = 0; i < 12; ++i) {
            QNetworkRequest request(
                QUrl(m_backend->http().baseUrl() + QStringLiteral("/api/v1/auth/login")));
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
            replies.append(network.post(request, body));
        }
        QTRY_VERIFY_WITH_TIMEOUT(
            std::all_of(replies.cbegin(), replies.cend(),
                        [](QNetworkReply *reply) { return reply->isFinished(); }),
            60000);
        int evaluated = 0;
        int refused = 0;
        for (QNetworkReply *reply : std::as_const(replies)) {
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            evaluated += status == 401;
            refused += status == 429;
            reply->deleteLater();
        }
        QCOMPARE(evaluated, 5);
        QCOMPARE(refused, 7);
    }

    void sharedBetweenInstances()
    {
        // Two backend instances on one database (as behind a load balancer):
        // the limit counts attempts at both.
        start([](server::BackendConfig &config) { config.loginAttemptsPerAccountPerHour = 4; });
        server::BackendConfig config = m_backend->config();
        server::Backend second(config);
        QString error;
        QVERIFY2(second.start(&error), qPrintable(error));
        HttpClient secondHttp(second.baseUrl());
        const QJsonObject wrong { { QStringLiteral("username"), QStringLiteral("erika") },
                                  { QStringLiteral("password"), QStringLiteral("wrong") } };
        for (int i = 0; i < 2; ++i) {
            QCOMPARE(m_backend->login(QStringLiteral("erika"), QStringLiteral("wrong")).status,
                     401);
            QCOMPARE(secondHttp.postJson(QStringLiteral("/api/v1/auth/login"), wrong).status, 401);
        }
        QCOMPARE(m_backend->login(QStringLiteral("erika")).status, 429);
        QCOMPARE(secondHttp.postJson(QStringLiteral("/api/v1/auth/login"), wrong).status, 429);
        // And a session made by one instance is good at the other.
        const HttpResponse login =
            secondHttp.postJson(QStringLiteral("/api/v1/auth/login"),
                                { { QStringLiteral("username"), QStringLiteral("max") },
                                  { QStringLiteral("password"), QStringLiteral("rathaus-demo") } });
        QCOMPARE(login.status, 200);
        const QString token = login.json().value(QLatin1String("access_token")).toString();
        QCOMPARE(m_backend->http().get(QStringLiteral("/api/v1/me"), token).status, 200);
    }

private:
    void start(std::function<void(server::BackendConfig &)> configure)
    {
        TestBackend::Options options;
        options.configure = std::move(configure);
        m_backend = std::make_unique<TestBackend>(options);
        QVERIFY2(m_backend->start(), qPrintable(m_backend->error()));
    }

    std::unique_ptr<TestBackend> m_backend;
};

QTEST_GUILESS_MAIN(TestThrottling)
#include "test_throttling.moc"
