// Session lifetimes and refresh rotation (api.md "Session"), with a ManualClock.
#include "common/wire/Session.h"
#include "server/domain/Housekeeping.h"
#include "server/store/Database.h"
#include "server/store/Sql.h"
#include "tests/support/TestBackend.h"

#include <QTest>

using namespace rathaus;
using namespace rathaus::test;

class TestSessions : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_backend = std::make_unique<TestBackend>();
        QVERIFY2(m_backend->start(), qPrintable(m_backend->error()));
    }
    void cleanup() { m_backend.reset(); }

    void idleExpiry()
    {
        const TokenPair pair = login();
        m_backend->clock().advance(15 * 60); // exactly 15 min idle: still fine
        QCOMPARE(me(pair.accessToken), 200);
        m_backend->clock().advance(15 * 60 + 1); // idle for over 15 min
        const HttpResponse expired =
            m_backend->http().get(QStringLiteral("/api/v1/me"), pair.accessToken);
        QCOMPARE(expired.status, 401);
        QCOMPARE(expired.json().value(QLatin1String("type")).toString(),
                 QStringLiteral("urn:rathaus:problem:token-expired"));
        // The refresh token still works (within 12 h) and gives a live pair.
        const HttpResponse refreshed = refresh(pair.refreshToken);
        QCOMPARE(refreshed.status, 200);
        QCOMPARE(me(TokenPair::fromJson(refreshed.json()).value().accessToken), 200);
    }

    void useKeepsTheSessionAlive()
    {
        const TokenPair pair = login();
        for (int i = 0; i < 6; ++i) {
            m_backend->clock().advance(10 * 60);
            QCOMPARE(me(pair.accessToken), 200);
        }
    }

    void absoluteExpiryEvenWhenActive()
    {
        const TokenPair pair = login();
        // Used every 10 minutes for almost 12 hours...
        for (int minutes = 10; minutes < 12 * 60; minutes += 10) {
            m_backend->clock().advance(10 * 60);
            QCOMPARE(me(pair.accessToken), 200);
        }
        // ...and dead at 12 h all the same.
        m_backend->clock().advance(10 * 60);
        QCOMPARE(me(pair.accessToken), 401);
        // Refreshing cannot stretch a login beyond 12 h either.
        QCOMPARE(refresh(pair.refreshToken).status, 401);
    }

    void refreshedPairsStillEndTwelveHoursAfterLogin()
    {
        TokenPair pair = login();
        for (int hour = 1; hour < 12; ++hour) {
            m_backend->clock().advance(60 * 60);
            const HttpResponse response = refresh(pair.refreshToken);
            QCOMPARE(response.status, 200);
            pair = TokenPair::fromJson(response.json()).value();
        }
        m_backend->clock().advance(60 * 60);
        QCOMPARE(me(pair.accessToken), 401);
        QCOMPARE(refresh(pair.refreshToken).status, 401);
    }

    void refreshRotates()
    {
        const TokenPair first = login();
        const HttpResponse response = refresh(first.refreshToken);
        QCOMPARE(response.status, 200);
        const auto second = TokenPair::fromJson(response.json());
        QVERIFY(second.ok());
        QVERIFY(second.value().accessToken != first.accessToken);
        QVERIFY(second.value().refreshToken != first.refreshToken);
        QCOMPARE(second.value().user, first.user);
        QCOMPARE(me(second.value().accessToken), 200);
        // The rotated-away pair is used up: its access token is dead as well.
        QCOMPARE(me(first.accessToken), 401);
        // And the new refresh token rotates again.
        QCOMPARE(refresh(second.value().refreshToken).status, 200);
    }

    void refreshReuseRevokesTheFamily()
    {
        const TokenPair first = login();
        const TokenPair second = TokenPair::fromJson(refresh(first.refreshToken).json()).value();
        const TokenPair third = TokenPair::fromJson(refresh(second.refreshToken).json()).value();
        QCOMPARE(me(third.accessToken), 200);

        // Somebody presents the first refresh token again (a stolen copy)...
        const HttpResponse reuse = refresh(first.refreshToken);
        QCOMPARE(reuse.status, 401);
        // ...so the whole family is dead, the newest pair included.
        QCOMPARE(me(third.accessToken), 401);
        QCOMPARE(refresh(third.refreshToken).status, 401);

        // Another login of the same user is a different family: unaffected.
        const TokenPair other = login();
        QCOMPARE(me(other.accessToken), 200);
    }

    void refreshBadInput()
    {
        QCOMPARE(refresh(QStringLiteral("not-a-token")).status, 401);
        const HttpResponse missing =
            m_backend->http().postJson(QStringLiteral("/api/v1/auth/refresh"), {});
        QCOMPARE(missing.status, 422);
        const HttpResponse wrongType = m_backend->http().request(
            "POST", QStringLiteral("/api/v1/auth/refresh"), "refresh_token=x",
            { { "Content-Type", "application/x-www-form-urlencoded" } });
        QCOMPARE(wrongType.status, 415);
    }

    void accessTokenIsNotARefreshToken()
    {
        const TokenPair pair = login();
        QCOMPARE(refresh(pair.accessToken).status, 401);
        QCOMPARE(me(pair.refreshToken), 401);
        QCOMPARE(me(pair.accessToken), 200);
    }

    void housekeepingForgetsDeadSessions()
    {
        const TokenPair old = login();
        m_backend->login(QStringLiteral("max"), QStringLiteral("wrong")); // a throttle event
        m_backend->clock().advance(6 * 60 * 60);
        const TokenPair recent = login();
        m_backend->clock().advance(6 * 60 * 60); // the first login is 12 h old now

        server::Database database(server::DatabaseUrl::parse(m_backend->database().url()).value());
        const auto report = server::Housekeeping::run(database, m_backend->clock());
        QCOMPARE(report.sessions, 1);
        QVERIFY(report.throttleEvents >= 1);
        const QSqlDatabase db = database.connection();
        QCOMPARE(server::sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM sessions"))->toInt(),
                 1);
        QCOMPARE(server::sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM throttle_events"))
                     ->toInt(),
                 0);
        QCOMPARE(me(old.accessToken), 401);
        QCOMPARE(refresh(recent.refreshToken).status, 200); // the younger login lives on
        // Running it again finds nothing more.
        QCOMPARE(server::Housekeeping::run(database, m_backend->clock()).sessions, 0);
    }

private:
    TokenPair login()
    {
        const HttpResponse response = m_backend->login(QStringLiteral("erika"));
        [&] { QCOMPARE(response.status, 200); }();
        return TokenPair::fromJson(response.json()).value();
    }
    int me(const QString &accessToken)
    {
        return m_backend->http().get(QStringLiteral("/api/v1/me"), accessToken).status;
    }
    HttpResponse refresh(const QString &refreshToken)
    {
        return m_backend->http().postJson(QStringLiteral("/api/v1/auth/refresh"),
                                          { { QStringLiteral("refresh_token"), refreshToken } });
    }

    std::unique_ptr<TestBackend> m_backend;
};

QTEST_GUILESS_MAIN(TestSessions)
#include "test_sessions.moc"
