// The outbox against the real backend over loopback HTTP: a submission is
// filed exactly once - at once when the backend is up; after waiting, when
// the backend was down and is started again on the same port and database;
// again only once when it is sent a second time (a crash before the local
// entry was removed). A refusal (422) is not retried: the draft comes back
// with the backend's field errors.
#include "app/client/ApiClient.h"
#include "app/client/ApplicationsApi.h"
#include "app/client/DraftStore.h"
#include "app/client/MemorySecretStore.h"
#include "app/client/Outbox.h"
#include "app/client/Session.h"
#include "common/crypto/Aead.h"
#include "tests/support/TestBackend.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace rathaus;
using namespace rathaus::client;
using namespace std::chrono_literals;

class OutboxTest : public QObject
{
    Q_OBJECT

private:
    quint16 port = 0; // 0 first; then the port the backend is restarted on
    std::unique_ptr<test::TestBackend> backend;
    QTemporaryDir dir;
    QNetworkAccessManager network;
    std::unique_ptr<ApiClient> api;
    MemorySecretStore secrets;
    std::unique_ptr<Session> session;
    std::unique_ptr<ApplicationsApi> applications;
    std::unique_ptr<DraftStore> store;
    std::unique_ptr<Outbox> outbox;
    QString erikaToken; // a second session, to count what the backend holds

    Draft meldebescheinigung(const QString &purpose)
    {
        Draft draft = DraftStore::create(QStringLiteral("meldebescheinigung"));
        draft.data = QJsonObject { { QStringLiteral("type"), QStringLiteral("einfach") },
                                   { QStringLiteral("purpose"), purpose } };
        return draft;
    }

    // Erika's applications on the backend whose purpose is `purpose`.
    int filed(const QString &purpose)
    {
        int count = 0;
        QString cursor;
        do {
            const auto answer = backend->http().get(
                QStringLiteral("/api/v1/applications?limit=200") +
                    (cursor.isEmpty() ? QString() : QStringLiteral("&cursor=") + cursor),
                erikaToken);
            if (answer.status != 200)
                return -1;
            for (const QJsonValue &item : answer.json().value(QStringLiteral("items")).toArray()) {
                const QString id = item.toObject().value(QStringLiteral("id")).toString();
                const auto detail =
                    backend->http().get(QStringLiteral("/api/v1/applications/") + id, erikaToken);
                if (detail.json()
                        .value(QStringLiteral("data"))
                        .toObject()
                        .value(QStringLiteral("purpose"))
                        .toString() == purpose)
                    ++count;
            }
            cursor = answer.json().value(QStringLiteral("next_cursor")).toString();
        } while (!cursor.isEmpty());
        return count;
    }

    bool startBackend()
    {
        test::TestBackend::Options options;
        options.configure = [this](server::BackendConfig &config) { config.port = port; };
        if (!backend)
            backend = std::make_unique<test::TestBackend>(options);
        if (!backend->start()) {
            qWarning("%s", qPrintable(backend->error()));
            return false;
        }
        port = backend->backend().port();
        return true;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(dir.isValid());
        QVERIFY(startBackend());
        api = std::make_unique<ApiClient>(&network);
        api->setBaseUrl(QUrl(backend->http().baseUrl()));
        // Quick retries inside one attempt; the outbox's backoff does the rest.
        api->setRetryPolicy({ 1, 50ms, 200ms });
        api->setTransferTimeout(10s);
        session = std::make_unique<Session>(api.get(), &secrets);
        applications = std::make_unique<ApplicationsApi>(session.get());
        store = std::make_unique<DraftStore>(dir.filePath(QStringLiteral("drafts.sqlite")));
        QVERIFY(store->open());
        store->setOwner(QStringLiteral("test/erika"), crypto::Aead::generateKey());
        outbox = std::make_unique<Outbox>(store.get(), applications.get());
        outbox->setBackoff({ 200ms, 1s });

        bool loggedIn = false;
        session->login(QStringLiteral("erika"), QStringLiteral("rathaus-demo"), {}, this,
                       [&](const Result<UserInfo> &result) { loggedIn = result.ok(); });
        QTRY_VERIFY_WITH_TIMEOUT(loggedIn, 30000);
        const auto login = backend->login(QStringLiteral("erika"));
        QCOMPARE(login.status, 200);
        erikaToken = login.json().value(QStringLiteral("access_token")).toString();
        outbox->setActive(true);
    }

    void cleanupTestCase()
    {
        outbox.reset();
        session.reset();
        backend.reset();
    }

    void deliversAtOnceWhenTheBackendIsUp()
    {
        QSignalSpy delivered(outbox.get(), &Outbox::delivered);
        Draft draft = meldebescheinigung(QStringLiteral("online"));
        QVERIFY(!outbox->enqueue(draft));
        QTRY_COMPARE_WITH_TIMEOUT(delivered.size(), 1, 30000);
        const auto application = delivered.first().at(1).value<ApplicationSummary>();
        QVERIFY(application.reference.startsWith(QStringLiteral("LUN-")));
        QCOMPARE(application.status, ApplicationStatus::AwaitingPayment);
        QCOMPARE(application.feeCents, 500);
        QCOMPARE(outbox->pendingCount(), 0);
        QVERIFY(!store->load(draft.id).ok());
        QCOMPARE(filed(QStringLiteral("online")), 1);

        // The answer was lost after the backend filed it (say the client was
        // killed before it removed the entry): the entry is sent again with
        // the same key and the backend answers with the same application.
        QVERIFY(!outbox->enqueue(draft));
        QTRY_COMPARE_WITH_TIMEOUT(delivered.size(), 2, 30000);
        QCOMPARE(delivered.at(1).at(1).value<ApplicationSummary>().id, application.id);
        QCOMPARE(filed(QStringLiteral("online")), 1);
    }

    void waitsWhileTheBackendIsDownAndDeliversOnceAfterItsRestart()
    {
        QSignalSpy delivered(outbox.get(), &Outbox::delivered);
        QSignalSpy waiting(outbox.get(), &Outbox::waiting);
        backend->stop();

        Draft first = meldebescheinigung(QStringLiteral("offline-1"));
        Draft second = meldebescheinigung(QStringLiteral("offline-2"));
        QVERIFY(!outbox->enqueue(first));
        QVERIFY(!outbox->enqueue(second));
        QTRY_VERIFY_WITH_TIMEOUT(waiting.size() >= 2, 30000);
        QCOMPARE(waiting.first().at(1).value<Problem>().slug(), QStringLiteral("unreachable"));
        QCOMPARE(outbox->pendingCount(), 2);
        QCOMPARE(store->load(first.id).value().state, Draft::State::Queued);
        // Several backoff rounds pass while it is down; still waiting, nothing lost.
        QTRY_VERIFY_WITH_TIMEOUT(waiting.size() >= 6, 30000);
        QCOMPARE(delivered.size(), 0);
        QCOMPARE(outbox->pendingCount(), 2);

        // Back on the same port and database: the backoff timer delivers.
        QVERIFY(startBackend());
        QTRY_COMPARE_WITH_TIMEOUT(delivered.size(), 2, 30000);
        QCOMPARE(outbox->pendingCount(), 0);
        // Connectivity "returns" again: nothing is left to send twice.
        outbox->deliverAll();
        QTest::qWait(300);
        QCOMPARE(delivered.size(), 2);
        QCOMPARE(filed(QStringLiteral("offline-1")), 1);
        QCOMPARE(filed(QStringLiteral("offline-2")), 1);
    }

    void aRefusalIsNotRetriedAndReopensTheDraft()
    {
        QSignalSpy rejected(outbox.get(), &Outbox::rejected);
        QSignalSpy delivered(outbox.get(), &Outbox::delivered);
        Draft draft = meldebescheinigung(QStringLiteral("x"));
        draft.data.insert(QStringLiteral("type"), QStringLiteral("gold")); // not an option
        QVERIFY(!outbox->enqueue(draft));
        QTRY_COMPARE_WITH_TIMEOUT(rejected.size(), 1, 30000);
        const auto problem = rejected.first().at(1).value<Problem>();
        QCOMPARE(problem.status, 422);
        QVERIFY(problem.fieldErrors.contains(QStringLiteral("type")));

        const Result<Draft> reopened = store->load(draft.id);
        QVERIFY(reopened.ok());
        QCOMPARE(reopened.value().state, Draft::State::Editing);
        QVERIFY(reopened.value().fieldErrors.contains(QStringLiteral("type")));
        QCOMPARE(reopened.value().data, draft.data); // nothing typed is lost
        QCOMPARE(outbox->pendingCount(), 0);
        QTest::qWait(1500); // longer than the backoff: no second attempt
        QCOMPARE(rejected.size(), 1);
        QCOMPARE(delivered.size(), 0);
    }

    void anInactiveOutboxSendsNothing()
    {
        outbox->setActive(false);
        QSignalSpy delivered(outbox.get(), &Outbox::delivered);
        Draft draft = meldebescheinigung(QStringLiteral("later"));
        QVERIFY(!outbox->enqueue(draft));
        QTest::qWait(500);
        QCOMPARE(delivered.size(), 0);
        QCOMPARE(outbox->pendingCount(), 1);
        outbox->setActive(true); // signed in again: what waits goes out
        QTRY_COMPARE_WITH_TIMEOUT(delivered.size(), 1, 30000);
        QCOMPARE(filed(QStringLiteral("later")), 1);
    }
};

QTEST_GUILESS_MAIN(OutboxTest)
#include "tst_outbox.moc"
