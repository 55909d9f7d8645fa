// The citizen's events feed against the real backend over loopback HTTP
// (TestBackend, SQLite): a caseworker's message wakes the parked long-poll and
// comes out as one message_received event; the backlog of a first start is
// not told; a later start goes on from the stored cursor.
#include "app/client/ApiClient.h"
#include "app/client/EventFeed.h"
#include "app/client/MemorySecretStore.h"
#include "app/client/Session.h"
#include "tests/api/ApplicationTestData.h"
#include "tests/support/TestBackend.h"

#include <QHash>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

#include <memory>
#include <optional>

using namespace rathaus;
using namespace rathaus::client;
using namespace rathaus::test;

class EventFeedTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestBackend> backend;
    std::unique_ptr<QNetworkAccessManager> network;
    std::unique_ptr<ApiClient> api;
    std::unique_ptr<MemorySecretStore> store;
    std::unique_ptr<Session> session;
    QHash<QString, qint64> cursors; // the feed's cursor store
    QString erika;
    QString caseworker;
    QString application;

    EventFeed::CursorStore cursorStore()
    {
        return { [this](const QString &user) { return cursors.value(user, -1); },
                 [this](const QString &user, qint64 since) { cursors.insert(user, since); } };
    }

    int officeWrites(const QString &text)
    {
        return backend->http()
            .postJson(QStringLiteral("/api/v1/staff/cases/%1/messages").arg(application),
                      { { QStringLiteral("body"), text } }, caseworker)
            .status;
    }

private slots:
    void init()
    {
        backend = std::make_unique<TestBackend>();
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
        cursors.clear();

        erika = accessToken(*backend, QStringLiteral("erika"));
        caseworker = staffToken(*backend, QStringLiteral("sb.verkehr"));
        QVERIFY(!erika.isEmpty());
        QVERIFY(!caseworker.isEmpty());
        const QString parking = QStringLiteral("anwohnerparkausweis"); // strassenverkehrsamt
        const HttpResponse upload = backend->http().request(
            "POST", QStringLiteral("/api/v1/uploads"), tinyPng(),
            { { "Authorization", "Bearer " + erika.toLatin1() },
              { "Content-Type", "image/png" },
              { "X-Filename", "fahrzeugschein.png" } });
        QCOMPARE(upload.status, 201);
        const HttpResponse created = submitApplication(
            *backend, erika, QUuid::createUuid().toByteArray(QUuid::WithoutBraces),
            applicationBody(parking,
                            validData(parking, backend->clock().now().date(),
                                      upload.json().value(QLatin1String("id")).toString())));
        QCOMPARE(created.status, 201);
        application = created.json().value(QLatin1String("id")).toString();
    }
    void cleanup()
    {
        session.reset();
        store.reset();
        api.reset();
        network.reset();
        backend.reset();
    }

    void waitStaysBelowTheTransferTimeout()
    {
        EventFeed feed(session.get());
        QCOMPARE(feed.effectiveWaitSeconds(), 25); // 30 s timeout by default
        api->setTransferTimeout(std::chrono::seconds(10));
        QCOMPARE(feed.effectiveWaitSeconds(), 5);
    }

    void officeMessageWakesTheFeedButNotTheBacklog()
    {
        QCOMPARE(officeWrites(QStringLiteral("Alte Nachricht vor dem Start.")), 201);

        EventFeed feed(session.get());
        feed.setCursorStore(cursorStore());
        QSignalSpy events(&feed, &EventFeed::event);
        QSignalSpy caughtUp(&feed, &EventFeed::caughtUp);
        feed.start();
        QVERIFY(feed.isRunning());
        QTRY_COMPARE_WITH_TIMEOUT(caughtUp.size(), 1, 60000);
        QCOMPARE(events.size(), 0); // the old message is history, not news
        const qint64 head = feed.since();
        QVERIFY(head > 0);
        QCOMPARE(cursors.value(session->user().id), head);

        // The feed now waits on the server; the caseworker's message wakes it.
        QCOMPARE(officeWrites(QStringLiteral("Bitte reichen Sie den Fahrzeugschein nach.")), 201);
        QTRY_COMPARE_WITH_TIMEOUT(events.size(), 1, 60000);
        const auto event = events.first().first().value<FeedEvent>();
        QCOMPARE(event.kind, QStringLiteral("message_received"));
        QCOMPARE(event.applicationId, application);
        QVERIFY(!event.subjectId.isEmpty());
        QCOMPARE(event.payload.value(QLatin1String("office_id")).toString(),
                 QStringLiteral("strassenverkehrsamt"));
        QVERIFY(event.seq > head);
        QTRY_COMPARE_WITH_TIMEOUT(cursors.value(session->user().id), event.seq, 60000);

        feed.stop();
        QVERIFY(!feed.isRunning());
    }

    void laterStartGoesOnFromTheStoredCursor()
    {
        {
            EventFeed first(session.get());
            first.setCursorStore(cursorStore());
            QSignalSpy caughtUp(&first, &EventFeed::caughtUp);
            first.start();
            QTRY_COMPARE_WITH_TIMEOUT(caughtUp.size(), 1, 60000);
            first.stop();
        }
        // Written while the program was closed: told on the next start.
        QCOMPARE(officeWrites(QStringLiteral("Während Sie weg waren.")), 201);
        EventFeed second(session.get());
        second.setCursorStore(cursorStore());
        QSignalSpy events(&second, &EventFeed::event);
        second.start();
        QTRY_COMPARE_WITH_TIMEOUT(events.size(), 1, 60000);
        QCOMPARE(events.first().first().value<FeedEvent>().kind,
                 QStringLiteral("message_received"));
    }

    void logoutStopsTheFeed()
    {
        EventFeed feed(session.get());
        QObject::connect(session.get(), &Session::loggedOut, &feed, &EventFeed::stop);
        feed.start();
        QVERIFY(feed.isRunning());
        session->logout();
        QTRY_VERIFY_WITH_TIMEOUT(!feed.isRunning(), 60000);
    }
};

QTEST_GUILESS_MAIN(EventFeedTest)
#include "tst_eventfeed.moc"
