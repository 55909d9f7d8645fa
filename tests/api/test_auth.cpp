// Signing in over HTTP: passwords, TOTP for staff, /me, logout.
#include "common/crypto/PasswordHasher.h"
#include "common/wire/Session.h"
#include "server/store/Database.h"
#include "server/store/Sql.h"
#include "tests/support/TestBackend.h"

#include <QTest>

using namespace rathaus;
using namespace rathaus::test;

namespace {
QString slugOf(const HttpResponse &response)
{
    return response.json().value(QLatin1String("type")).toString().section(QLatin1Char(':'), -1);
}
} // namespace

class TestAuth : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_backend = std::make_unique<TestBackend>();
        QVERIFY2(m_backend->start(), qPrintable(m_backend->error()));
    }
    void cleanup() { m_backend.reset(); }

    void citizenLogin()
    {
        const HttpResponse response = m_backend->login(QStringLiteral("erika"));
        QCOMPARE(response.status, 200);
        const auto pair = TokenPair::fromJson(response.json());
        QVERIFY(pair.ok());
        QVERIFY(pair.value().accessToken.size() >= 43); // 256 bits, base64url
        QVERIFY(pair.value().refreshToken.size() >= 43);
        QVERIFY(pair.value().accessToken != pair.value().refreshToken);
        QCOMPARE(pair.value().expiresIn, 900);
        QCOMPARE(pair.value().user.displayName, QStringLiteral("Erika Mustermann"));
        QCOMPARE(pair.value().user.role, Role::Citizen);
        QVERIFY(response.header("Cache-Control").contains("no-store"));

        // A new login gives new tokens.
        const auto second = TokenPair::fromJson(m_backend->login(QStringLiteral("erika")).json());
        QVERIFY(second.ok());
        QVERIFY(second.value().accessToken != pair.value().accessToken);

        // Usernames are not case-sensitive.
        QCOMPARE(m_backend->login(QStringLiteral(" Erika ")).status, 200);
    }

    void me()
    {
        const auto pair =
            TokenPair::fromJson(m_backend->login(QStringLiteral("max")).json()).value();
        const HttpResponse response =
            m_backend->http().get(QStringLiteral("/api/v1/me"), pair.accessToken);
        QCOMPARE(response.status, 200);
        const auto user = UserInfo::fromJson(response.json());
        QVERIFY(user.ok());
        QCOMPARE(user.value(), pair.user);
        QCOMPARE(user.value().displayName, QStringLiteral("Max Mustermann"));
        QVERIFY(!response.json().contains(QLatin1String("password_hash")));

        const HttpResponse anonymous = m_backend->http().get(QStringLiteral("/api/v1/me"));
        QCOMPARE(anonymous.status, 401);
        QCOMPARE(anonymous.header("Content-Type"), QByteArray("application/problem+json"));
        QCOMPARE(anonymous.header("WWW-Authenticate"), QByteArray("Bearer"));
        QCOMPARE(m_backend->http()
                     .get(QStringLiteral("/api/v1/me"), QStringLiteral("not-a-token"))
                     .status,
                 401);
    }

    void wrongPasswordAndUnknownUserLookTheSame()
    {
        const HttpResponse wrong =
            m_backend->login(QStringLiteral("erika"), QStringLiteral("wrong-password"));
        const HttpResponse unknown =
            m_backend->login(QStringLiteral("nobody"), QStringLiteral("wrong-password"));
        QCOMPARE(wrong.status, 401);
        QCOMPARE(unknown.status, 401);
        QCOMPARE(wrong.body, unknown.body);
        QCOMPARE(wrong.header("Content-Type"), unknown.header("Content-Type"));
        QCOMPARE(slugOf(wrong), QStringLiteral("invalid-credentials"));
        QVERIFY(wrong.header("X-Request-Id") != unknown.header("X-Request-Id"));
        // Same header names too (only the request id differs in value).
        QList<QByteArray> wrongNames, unknownNames;
        for (const auto &header : wrong.headers)
            wrongNames.append(header.first.toLower());
        for (const auto &header : unknown.headers)
            unknownNames.append(header.first.toLower());
        QCOMPARE(wrongNames, unknownNames);
        // A staff account with a wrong password: no hint that TOTP would follow.
        const HttpResponse staff =
            m_backend->login(QStringLiteral("sb.verkehr"), QStringLiteral("wrong-password"));
        QCOMPARE(staff.body, wrong.body);
    }

    void staffNeedTotp()
    {
        const HttpResponse missing = m_backend->login(QStringLiteral("sb.standesamt"));
        QCOMPARE(missing.status, 401);
        QCOMPARE(slugOf(missing), QStringLiteral("totp-required"));

        const QString good = m_backend->staffTotp();
        const QString bad =
            good == QStringLiteral("000000") ? QStringLiteral("111111") : QStringLiteral("000000");
        const HttpResponse wrong =
            m_backend->login(QStringLiteral("sb.standesamt"), QStringLiteral("rathaus-demo"), bad);
        QCOMPARE(wrong.status, 401);
        QCOMPARE(slugOf(wrong), QStringLiteral("totp-invalid"));

        const HttpResponse ok =
            m_backend->login(QStringLiteral("sb.standesamt"), QStringLiteral("rathaus-demo"), good);
        QCOMPARE(ok.status, 200);
        const auto pair = TokenPair::fromJson(ok.json());
        QVERIFY(pair.ok());
        QCOMPARE(pair.value().user.role, Role::Caseworker);
        QCOMPARE(pair.value().user.officeId, QStringLiteral("standesamt"));
    }

    void everyStaffRoleNeedsTotp_data()
    {
        QTest::addColumn<QString>("username");
        QTest::addColumn<int>("role");
        QTest::newRow("caseworker") << QStringLiteral("sb.elterngeld") << int(Role::Caseworker);
        QTest::newRow("lead") << QStringLiteral("lead.verkehr") << int(Role::Lead);
        QTest::newRow("admin") << QStringLiteral("admin") << int(Role::Admin);
    }
    void everyStaffRoleNeedsTotp()
    {
        QFETCH(QString, username);
        QFETCH(int, role);
        QCOMPARE(slugOf(m_backend->login(username)), QStringLiteral("totp-required"));
        const HttpResponse ok =
            m_backend->login(username, QStringLiteral("rathaus-demo"), m_backend->staffTotp());
        QCOMPARE(ok.status, 200);
        QCOMPARE(int(TokenPair::fromJson(ok.json()).value().user.role), role);
    }

    void totpWindowAndReuse()
    {
        // The previous step's code is still accepted (window +-1)...
        const QString previous = m_backend->staffTotp(-30);
        QCOMPARE(
            m_backend->login(QStringLiteral("sb.verkehr"), QStringLiteral("rathaus-demo"), previous)
                .status,
            200);
        // ...but the same code again is not: one step, one use.
        const HttpResponse replay = m_backend->login(QStringLiteral("sb.verkehr"),
                                                     QStringLiteral("rathaus-demo"), previous);
        QCOMPARE(replay.status, 401);
        QCOMPARE(slugOf(replay), QStringLiteral("totp-invalid"));
        // Neither is an older step than the last one used.
        const HttpResponse older =
            m_backend->login(QStringLiteral("sb.verkehr"), QStringLiteral("rathaus-demo"),
                             m_backend->staffTotp(-60));
        QCOMPARE(older.status, 401);
        // The next step works.
        m_backend->clock().advance(30);
        QCOMPARE(m_backend
                     ->login(QStringLiteral("sb.verkehr"), QStringLiteral("rathaus-demo"),
                             m_backend->staffTotp())
                     .status,
                 200);
        // The used step stays used for other accounts' codes? No: per account.
        QCOMPARE(m_backend
                     ->login(QStringLiteral("sb.steueramt"), QStringLiteral("rathaus-demo"),
                             m_backend->staffTotp())
                     .status,
                 200);
        // Codes two steps away are outside the window.
        m_backend->clock().advance(30);
        QCOMPARE(m_backend
                     ->login(QStringLiteral("sb.entsorgung"), QStringLiteral("rathaus-demo"),
                             m_backend->staffTotp(-90))
                     .status,
                 401);
    }

    void logoutKillsTheTokenAtOnce()
    {
        const auto pair =
            TokenPair::fromJson(m_backend->login(QStringLiteral("erika")).json()).value();
        QCOMPARE(m_backend->http().get(QStringLiteral("/api/v1/me"), pair.accessToken).status, 200);
        const HttpResponse logout = m_backend->http().request(
            "POST", QStringLiteral("/api/v1/auth/logout"), {},
            { { "Authorization", "Bearer " + pair.accessToken.toLatin1() } });
        QCOMPARE(logout.status, 204);
        QVERIFY(!logout.header("X-Request-Id").isEmpty());
        QCOMPARE(m_backend->http().get(QStringLiteral("/api/v1/me"), pair.accessToken).status, 401);
        // The refresh token of that session is dead too.
        const HttpResponse refresh =
            m_backend->http().postJson(QStringLiteral("/api/v1/auth/refresh"),
                                       { { QStringLiteral("refresh_token"), pair.refreshToken } });
        QCOMPARE(refresh.status, 401);
        // Logging out twice: the token is already dead.
        QCOMPARE(m_backend->http()
                     .request("POST", QStringLiteral("/api/v1/auth/logout"), {},
                              { { "Authorization", "Bearer " + pair.accessToken.toLatin1() } })
                     .status,
                 401);
    }

    void invalidLoginBodies()
    {
        HttpResponse response =
            m_backend->http().postJson(QStringLiteral("/api/v1/auth/login"),
                                       { { QStringLiteral("username"), QStringLiteral("erika") } });
        QCOMPARE(response.status, 422);
        QVERIFY(response.json()
                    .value(QLatin1String("errors"))
                    .toObject()
                    .contains(QLatin1String("password")));
        response = m_backend->http().postJson(
            QStringLiteral("/api/v1/auth/login"),
            { { QStringLiteral("username"), 42 }, { QStringLiteral("password"), true } });
        QCOMPARE(response.status, 422);
        response = m_backend->http().postJson(
            QStringLiteral("/api/v1/auth/login"),
            { { QStringLiteral("username"), QStringLiteral("erika") },
              { QStringLiteral("password"), QStringLiteral("rathaus-demo") },
              { QStringLiteral("totp"), 123456 } });
        QCOMPARE(response.status, 422);
    }

    void weakHashesAreUpgradedOnLogin()
    {
        server::Database database(server::DatabaseUrl::parse(m_backend->database().url()).value());
        const QSqlDatabase db = database.connection();
        PasswordHasher::Parameters weak;
        weak.memoryKiB = 4096;
        weak.iterations = 1;
        server::sql::exec(
            db, QStringLiteral("UPDATE users SET password_hash = ? WHERE username = ?"),
            { PasswordHasher(weak).hash(QStringLiteral("rathaus-demo")), QStringLiteral("max") });
        QCOMPARE(m_backend->login(QStringLiteral("max")).status, 200);
        const QString upgraded =
            server::sql::scalar(
                db, QStringLiteral("SELECT password_hash FROM users WHERE username = ?"),
                { QStringLiteral("max") })
                ->toString();
        QVERIFY2(upgraded.contains(QLatin1String("m=19456,t=2,p=1")), qPrintable(upgraded));
        QVERIFY(!PasswordHasher().needsRehash(upgraded));
        QCOMPARE(m_backend->login(QStringLiteral("max")).status, 200);
        QCOMPARE(m_backend->login(QStringLiteral("max"), QStringLiteral("wrong")).status, 401);
    }

private:
    std::unique_ptr<TestBackend> m_backend;
};

QTEST_GUILESS_MAIN(TestAuth)
#include "test_auth.moc"
