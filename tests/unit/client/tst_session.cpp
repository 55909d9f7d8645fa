// Session against the fake network and an in-memory secret store: login,
// TOTP challenge, refresh-once-on-401, logout, resume, no keychain.
#include "app/client/ApiClient.h"
#include "app/client/MemorySecretStore.h"
#include "app/client/Session.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

#include <optional>

#include "FakeNetworkAccessManager.h"

using namespace rathaus;
using namespace rathaus::client;
using namespace std::chrono_literals;

namespace {

QByteArray tokenPair(const QByteArray &access, const QByteArray &refresh,
                     const QByteArray &role = "citizen")
{
    QJsonObject user { { QStringLiteral("id"), QStringLiteral("u-1") },
                       { QStringLiteral("username"), QStringLiteral("erika") },
                       { QStringLiteral("display_name"), QStringLiteral("Erika Mustermann") },
                       { QStringLiteral("role"), QString::fromLatin1(role) } };
    if (role != "citizen")
        user.insert(QStringLiteral("office_id"), QStringLiteral("standesamt"));
    return QJsonDocument(
               QJsonObject { { QStringLiteral("access_token"), QString::fromLatin1(access) },
                             { QStringLiteral("refresh_token"), QString::fromLatin1(refresh) },
                             { QStringLiteral("expires_in"), 900 },
                             { QStringLiteral("user"), user } })
        .toJson(QJsonDocument::Compact);
}

QString jsonField(const QByteArray &body, const QString &name)
{
    return QJsonDocument::fromJson(body).object().value(name).toString();
}

} // namespace

class SessionTest : public QObject
{
    Q_OBJECT

private:
    FakeNetworkAccessManager *network = nullptr;
    ApiClient *api = nullptr;
    MemorySecretStore *store = nullptr;
    Session *session = nullptr;
    // The fake city: one valid access token at a time, refresh tokens rotate.
    QByteArray validAccess = "access-1";
    QByteArray validRefresh = "refresh-1";
    int issued = 1;

    FakeResponse cityHandler(const RecordedRequest &request)
    {
        const QString path = request.path();
        if (path.endsWith(QLatin1String("/auth/login"))) {
            if (jsonField(request.body, QStringLiteral("password")) !=
                QLatin1String("rathaus-demo"))
                return FakeResponse::problem(401, "invalid-credentials", "Invalid credentials");
            if (jsonField(request.body, QStringLiteral("username"))
                    .startsWith(QLatin1String("sb."))) {
                if (jsonField(request.body, QStringLiteral("totp")).isEmpty())
                    return FakeResponse::problem(401, "totp-required",
                                                 "A one-time code is required");
                return FakeResponse::json(200, tokenPair(validAccess, validRefresh, "caseworker"));
            }
            return FakeResponse::json(200, tokenPair(validAccess, validRefresh));
        }
        if (path.endsWith(QLatin1String("/auth/refresh"))) {
            if (jsonField(request.body, QStringLiteral("refresh_token")).toLatin1() != validRefresh)
                return FakeResponse::problem(401, "invalid-refresh-token", "Session expired");
            ++issued;
            validAccess = "access-" + QByteArray::number(issued);
            validRefresh = "refresh-" + QByteArray::number(issued);
            return FakeResponse::json(200, tokenPair(validAccess, validRefresh));
        }
        if (path.endsWith(QLatin1String("/auth/logout")))
            return FakeResponse::json(204, QByteArray());
        if (request.header("Authorization") != "Bearer " + validAccess)
            return FakeResponse::problem(401, "unauthorized", "Not authenticated");
        return FakeResponse::json(
            200, R"({"id":"u-1","display_name":"Erika Mustermann","role":"citizen"})");
    }

    Result<UserInfo> login(const QString &username, const QString &password,
                           const QString &totp = {})
    {
        std::optional<Result<UserInfo>> result;
        session->login(username, password, totp, this,
                       [&](const Result<UserInfo> &r) { result = r; });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 5000))
            return Problem::make(-1, QStringLiteral("test-no-answer"), QStringLiteral("no answer"));
        return *result;
    }

    ApiResult get(const QString &path)
    {
        std::optional<ApiResult> result;
        session->send(ApiRequest::get(path), this, [&](const ApiResult &r) { result = r; });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 5000))
            return Problem::make(-1, QStringLiteral("test-no-answer"), QStringLiteral("no answer"));
        return *result;
    }

    QString storedToken()
    {
        std::optional<SecretStore::Outcome> outcome;
        store->read(session->storeKey(), this, [&](const SecretStore::Outcome &o) { outcome = o; });
        if (!QTest::qWaitFor([&] { return outcome.has_value(); }, 2000))
            return QString();
        return outcome && outcome->status == SecretStore::Status::Ok ? outcome->value : QString();
    }

private slots:
    void init()
    {
        validAccess = "access-1";
        validRefresh = "refresh-1";
        issued = 1;
        network = new FakeNetworkAccessManager(this);
        network->setHandler(
            [this](const RecordedRequest &request) { return cityHandler(request); });
        api = new ApiClient(network, this);
        api->setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:8080")));
        api->setRetryPolicy({ 0, 10ms, 10ms });
        store = new MemorySecretStore(this);
        session = new Session(api, store, this);
        session->setStoreKey(QStringLiteral("refresh-token/test"));
    }
    void cleanup()
    {
        delete session;
        delete store;
        delete api;
        delete network;
    }

    void loginKeepsTokensAndStoresRefreshToken()
    {
        QSignalSpy loggedIn(session, &Session::loggedIn);
        const Result<UserInfo> user =
            login(QStringLiteral("erika"), QStringLiteral("rathaus-demo"));
        QVERIFY(user.ok());
        QCOMPARE(user.value().displayName, QStringLiteral("Erika Mustermann"));
        QVERIFY(session->isLoggedIn());
        QCOMPARE(loggedIn.size(), 1);
        QTRY_COMPARE(storedToken(), QStringLiteral("refresh-1"));
        QVERIFY(session->isPersistent());
        // The password went in the body, never in a header or the URL.
        const RecordedRequest sent =
            network->requestsTo(QStringLiteral("/auth/login")).constFirst();
        QVERIFY(!sent.request.url().toString().contains(QLatin1String("rathaus-demo")));
        QVERIFY(sent.header("Authorization").isEmpty());
    }

    void wrongPasswordIsAProblem()
    {
        const Result<UserInfo> user = login(QStringLiteral("erika"), QStringLiteral("wrong"));
        QVERIFY(!user.ok());
        QCOMPARE(user.problem().status, 401);
        QVERIFY(!session->isLoggedIn());
        QVERIFY(!store->contains(session->storeKey()));
    }

    void staffNeedTotp()
    {
        Result<UserInfo> user =
            login(QStringLiteral("sb.standesamt"), QStringLiteral("rathaus-demo"));
        QVERIFY(!user.ok());
        QCOMPARE(user.problem().slug(), QStringLiteral("totp-required"));
        user = login(QStringLiteral("sb.standesamt"), QStringLiteral("rathaus-demo"),
                     QStringLiteral("123456"));
        QVERIFY(user.ok());
        QVERIFY(user.value().isStaff());
        QCOMPARE(jsonField(network->requests().constLast().body, QStringLiteral("totp")),
                 QStringLiteral("123456"));
    }

    void refreshesOnceOn401AndRetries()
    {
        QVERIFY(login(QStringLiteral("erika"), QStringLiteral("rathaus-demo")).ok());
        validAccess = "access-expired-on-server"; // the access token died (idle timeout)
        network->clearRequests();

        const ApiResult me = get(QStringLiteral("/me"));
        QVERIFY2(me.ok(), qPrintable(me.ok() ? QString() : me.problem().title));
        const QList<RecordedRequest> &sent = network->requests();
        QCOMPARE(sent.size(), 3); // /me (401), /auth/refresh, /me again
        QVERIFY(sent.at(0).path().endsWith(QLatin1String("/me")));
        QVERIFY(sent.at(1).path().endsWith(QLatin1String("/auth/refresh")));
        QCOMPARE(jsonField(sent.at(1).body, QStringLiteral("refresh_token")),
                 QStringLiteral("refresh-1"));
        QCOMPARE(sent.at(2).header("Authorization"), QByteArray("Bearer access-2"));
        // Refresh tokens rotate: the new one replaces the old in the store.
        QTRY_COMPARE(storedToken(), QStringLiteral("refresh-2"));
    }

    void refreshIsSharedByConcurrentCalls()
    {
        QVERIFY(login(QStringLiteral("erika"), QStringLiteral("rathaus-demo")).ok());
        validAccess = "access-expired-on-server";
        network->clearRequests();
        int answers = 0;
        for (int i = 0; i < 3; ++i)
            session->send(ApiRequest::get(QStringLiteral("/me")), this, [&](const ApiResult &r) {
                QVERIFY(r.ok());
                ++answers;
            });
        QTRY_COMPARE(answers, 3);
        QCOMPARE(network->requestsTo(QStringLiteral("/auth/refresh")).size(), 1);
    }

    void refusedRefreshEndsTheSession()
    {
        QVERIFY(login(QStringLiteral("erika"), QStringLiteral("rathaus-demo")).ok());
        QTRY_VERIFY(store->contains(session->storeKey()));
        validAccess = "dead";
        validRefresh = "revoked";
        QSignalSpy expired(session, &Session::expired);
        const ApiResult me = get(QStringLiteral("/me"));
        QVERIFY(!me.ok());
        QCOMPARE(me.problem().status, 401);
        QCOMPARE(expired.size(), 1);
        QVERIFY(!session->isLoggedIn());
        QTRY_VERIFY(!store->contains(session->storeKey()));
        QCOMPARE(network->requestsTo(QStringLiteral("/auth/refresh")).size(), 1); // once, no loop
    }

    void logoutTellsServerAndClearsStore()
    {
        QVERIFY(login(QStringLiteral("erika"), QStringLiteral("rathaus-demo")).ok());
        QTRY_VERIFY(store->contains(session->storeKey()));
        QSignalSpy loggedOut(session, &Session::loggedOut);
        QSignalSpy cleared(session, &Session::storedSessionCleared);
        session->logout();
        QCOMPARE(loggedOut.size(), 1);
        QVERIFY(!session->isLoggedIn());
        QTRY_COMPARE(network->requestsTo(QStringLiteral("/auth/logout")).size(), 1);
        QCOMPARE(network->requestsTo(QStringLiteral("/auth/logout"))
                     .constFirst()
                     .header("Authorization"),
                 QByteArray("Bearer access-1"));
        QTRY_COMPARE(cleared.size(), 1);
        QVERIFY(!store->contains(session->storeKey()));
    }

    void resumesStoredSession()
    {
        bool written = false;
        store->write(session->storeKey(), QStringLiteral("refresh-1"), this,
                     [&](const SecretStore::Outcome &) { written = true; });
        QTRY_VERIFY(written);
        QSignalSpy loggedIn(session, &Session::loggedIn);
        std::optional<bool> resumed;
        session->resume(this, [&](bool ok) { resumed = ok; });
        QTRY_VERIFY(resumed.has_value());
        QVERIFY(*resumed);
        QCOMPARE(loggedIn.size(), 1);
        QCOMPARE(session->user().displayName, QStringLiteral("Erika Mustermann"));
        QTRY_COMPARE(storedToken(), QStringLiteral("refresh-2"));
    }

    void resumeWithoutStoredTokenDoesNothing()
    {
        std::optional<bool> resumed;
        session->resume(this, [&](bool ok) { resumed = ok; });
        QTRY_VERIFY(resumed.has_value());
        QVERIFY(!*resumed);
        QVERIFY(network->requests().isEmpty());
    }

    void withoutKeychainTheSessionLivesInMemoryAndTheUserIsToldOnce()
    {
        store->setUnavailable(true);
        QSignalSpy unavailable(session, &Session::keychainUnavailable);
        QVERIFY(login(QStringLiteral("erika"), QStringLiteral("rathaus-demo")).ok());
        QTRY_COMPARE(unavailable.size(), 1);
        QVERIFY(session->isLoggedIn());
        QVERIFY(!session->isPersistent());
        session->logout();
        QVERIFY(login(QStringLiteral("erika"), QStringLiteral("rathaus-demo")).ok());
        QTest::qWait(50);
        QCOMPARE(unavailable.size(), 1);
    }
};

QTEST_GUILESS_MAIN(SessionTest)
#include "tst_session.moc"
