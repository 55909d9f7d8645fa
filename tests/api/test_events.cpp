// The citizen's events feed (GET /me/events; contract:
// /work/shared/notes/events-contract.md): ordered by seq, `since` pages on,
// a long-poll waits without a thread and is woken by the commit.
#include "server/domain/Housekeeping.h"
#include "tests/api/CaseTestSupport.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTest>

using namespace rathaus;
using namespace rathaus::test;

class TestEvents : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_backend = std::make_unique<TestBackend>();
        QVERIFY2(m_backend->start(), qPrintable(m_backend->error()));
        m_erika = accessToken(*m_backend, QStringLiteral("erika"));
        m_max = accessToken(*m_backend, QStringLiteral("max"));
        m_verkehr = staffToken(*m_backend, QStringLiteral("sb.verkehr"));
    }
    void cleanup() { m_backend.reset(); }

    void emptyFeedAnswersAtOnce()
    {
        const HttpResponse feed = events(m_erika, QStringLiteral("wait=0"));
        QCOMPARE(feed.status, 200);
        QCOMPARE(feed.json().value(QLatin1String("items")).toArray().size(), 0);
        QCOMPARE(feed.json().value(QLatin1String("next_since")).toInteger(), 0);
    }

    void statusChangesAndDocumentsInOrder()
    {
        const QString id = submittedParkingCase(*m_backend, m_erika);
        QVERIFY(!id.isEmpty());
        QCOMPARE(move(id, QStringLiteral("in_review"), 2).status, 200);
        QCOMPARE(move(id, QStringLiteral("approved"), 3).status, 200);
        const HttpResponse issued =
            sendJson(*m_backend, "POST", casePath(id, QStringLiteral("/documents")), m_verkehr, {});
        QCOMPARE(issued.status, 201);

        const HttpResponse feed = events(m_erika, QStringLiteral("wait=0"));
        QCOMPARE(feed.status, 200);
        const QJsonArray items = feed.json().value(QLatin1String("items")).toArray();
        QStringList seen;
        qint64 previous = 0;
        for (const QJsonValue &value : items) {
            const QJsonObject event = value.toObject();
            QVERIFY(event.value(QLatin1String("seq")).toInteger() > previous);
            previous = event.value(QLatin1String("seq")).toInteger();
            QCOMPARE(event.value(QLatin1String("application_id")).toString(), id);
            const QJsonObject payload = event.value(QLatin1String("payload")).toObject();
            const QString kind = event.value(QLatin1String("kind")).toString();
            seen.append(kind == QLatin1String("status_changed")
                            ? payload.value(QLatin1String("to")).toString()
                            : kind);
        }
        QCOMPARE(seen,
                 (QStringList { QStringLiteral("submitted"), QStringLiteral("in_review"),
                                QStringLiteral("approved"), QStringLiteral("completed"),
                                QStringLiteral("document_issued") }));
        const QJsonObject document = items.last().toObject();
        QCOMPARE(document.value(QLatin1String("subject_id")).toString(),
                 issued.json().value(QLatin1String("id")).toString());
        QCOMPARE(document.value(QLatin1String("payload")).toObject().value(QLatin1String("serial")),
                 issued.json().value(QLatin1String("serial")));
        QCOMPARE(feed.json().value(QLatin1String("next_since")).toInteger(), previous);

        // since= pages on.
        const qint64 third = items.at(2).toObject().value(QLatin1String("seq")).toInteger();
        const HttpResponse rest = events(m_erika, QStringLiteral("wait=0&since=%1").arg(third));
        QCOMPARE(rest.json().value(QLatin1String("items")).toArray().size(), 2);
        const HttpResponse none = events(m_erika, QStringLiteral("wait=0&since=%1").arg(previous));
        QCOMPARE(none.json().value(QLatin1String("items")).toArray().size(), 0);
        QCOMPARE(none.json().value(QLatin1String("next_since")).toInteger(), previous);

        // Another citizen's feed holds none of it.
        QCOMPARE(events(m_max, QStringLiteral("wait=0"))
                     .json()
                     .value(QLatin1String("items"))
                     .toArray()
                     .size(),
                 0);
    }

    void withdrawIsAnEventToo()
    {
        const QString id = submittedParkingCase(*m_backend, m_erika);
        const qint64 since = events(m_erika, QStringLiteral("wait=0"))
                                 .json()
                                 .value(QLatin1String("next_since"))
                                 .toInteger();
        QCOMPARE(m_backend->http()
                     .request("POST", QStringLiteral("/api/v1/applications/%1/withdraw").arg(id),
                              {}, { { "Authorization", "Bearer " + m_erika.toLatin1() } })
                     .status,
                 200);
        const QJsonArray items = events(m_erika, QStringLiteral("wait=0&since=%1").arg(since))
                                     .json()
                                     .value(QLatin1String("items"))
                                     .toArray();
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.at(0)
                     .toObject()
                     .value(QLatin1String("payload"))
                     .toObject()
                     .value(QLatin1String("to")),
                 QJsonValue(QStringLiteral("withdrawn")));
    }

    // The feed only wakes clients: after 90 days its events go (housekeeping
    // on the test's clock); newer ones stay, and numbers are never reused.
    void oldEventsAreRemovedAfterNinetyDays()
    {
        QVERIFY(!submittedParkingCase(*m_backend, m_erika).isEmpty());
        const QJsonArray old = events(m_erika, QStringLiteral("wait=0"))
                                   .json()
                                   .value(QLatin1String("items"))
                                   .toArray();
        QVERIFY(!old.isEmpty());
        const qint64 oldLast = old.last().toObject().value(QLatin1String("seq")).toInteger();

        m_backend->clock().advance(60 * 24 * 3600);
        m_erika = accessToken(*m_backend, QStringLiteral("erika"));
        QVERIFY(!submittedParkingCase(*m_backend, m_erika).isEmpty());
        const auto runHousekeeping = [&] {
            server::Database database = openDatabase(*m_backend);
            return server::Housekeeping::run(database, m_backend->clock()).events;
        };
        QCOMPARE(runHousekeeping(), 0); // 60 days: nothing is due
        m_backend->clock().advance(31 * 24 * 3600);
        m_erika = accessToken(*m_backend, QStringLiteral("erika"));
        QCOMPARE(runHousekeeping(), int(old.size()));

        const QJsonArray left = events(m_erika, QStringLiteral("wait=0"))
                                    .json()
                                    .value(QLatin1String("items"))
                                    .toArray();
        QVERIFY(!left.isEmpty());
        for (const QJsonValue &value : left)
            QVERIFY(value.toObject().value(QLatin1String("seq")).toInteger() > oldLast);
        const qint64 newest = left.last().toObject().value(QLatin1String("seq")).toInteger();
        // A client whose cursor points into the removed range pages on.
        QCOMPARE(events(m_erika, QStringLiteral("wait=0&since=%1").arg(oldLast - 1))
                     .json()
                     .value(QLatin1String("items"))
                     .toArray()
                     .size(),
                 left.size());
        // New events continue the numbering.
        QVERIFY(!submittedParkingCase(*m_backend, m_erika).isEmpty());
        const QJsonArray next = events(m_erika, QStringLiteral("wait=0&since=%1").arg(newest))
                                    .json()
                                    .value(QLatin1String("items"))
                                    .toArray();
        QVERIFY(!next.isEmpty());
        QVERIFY(next.first().toObject().value(QLatin1String("seq")).toInteger() > newest);
        QCOMPARE(runHousekeeping(), 0);
    }

    void waitingPollIsWokenByATransition()
    {
        const QString id = submittedParkingCase(*m_backend, m_erika);
        const qint64 since = events(m_erika, QStringLiteral("wait=0"))
                                 .json()
                                 .value(QLatin1String("next_since"))
                                 .toInteger();
        QNetworkAccessManager network;
        QNetworkRequest request(
            QUrl(m_backend->http().baseUrl() +
                 QStringLiteral("/api/v1/me/events?wait=20&since=%1").arg(since)));
        request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        request.setRawHeader("Authorization", "Bearer " + m_erika.toLatin1());
        QNetworkReply *reply = network.get(request);
        // Let the poll arrive and park; the server answers other requests meanwhile.
        QTRY_VERIFY(m_backend->http().get(QStringLiteral("/api/v1/health")).status == 200);
        QTest::qWait(200);
        QVERIFY(!reply->isFinished());

        QCOMPARE(move(id, QStringLiteral("in_review"), 2).status, 200);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        if (!reply->isFinished())
            loop.exec();
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        // Items can only be there if the commit woke the poll (a timeout answers none).
        const QJsonArray items = answer.value(QLatin1String("items")).toArray();
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.at(0)
                     .toObject()
                     .value(QLatin1String("payload"))
                     .toObject()
                     .value(QLatin1String("to")),
                 QJsonValue(QStringLiteral("in_review")));
    }

    void abandonedPollIsForgotten()
    {
        const QString id = submittedParkingCase(*m_backend, m_erika);
        QNetworkAccessManager network;
        QNetworkRequest request(QUrl(m_backend->http().baseUrl() +
                                     QStringLiteral("/api/v1/me/events?wait=20&since=1000000")));
        request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        request.setRawHeader("Authorization", "Bearer " + m_erika.toLatin1());
        QNetworkReply *reply = network.get(request);
        QTest::qWait(200);
        reply->abort(); // the client goes away while the poll is parked
        reply->deleteLater();
        QTest::qWait(200);
        // The commit's wake-up finds nobody to answer; the server carries on.
        QCOMPARE(move(id, QStringLiteral("in_review"), 2).status, 200);
        QTest::qWait(100);
        QCOMPARE(m_backend->http().get(QStringLiteral("/api/v1/health")).status, 200);
        QCOMPARE(events(m_erika, QStringLiteral("wait=0")).status, 200);
    }

    void aCursorBeyondTheHeadIsAnsweredAtOnceWithTheHead()
    {
        // Kept by a client from another database (a new demo city).
        const qint64 head = events(m_erika, QStringLiteral("wait=0"))
                                .json()
                                .value(QLatin1String("next_since"))
                                .toInteger();
        const HttpResponse response = events(m_erika, QStringLiteral("wait=20&since=1000000"));
        QCOMPARE(response.status, 200);
        QVERIFY(response.json().value(QLatin1String("items")).toArray().isEmpty());
        // The head, not the cursor echoed back (what a timeout would answer).
        QCOMPARE(response.json().value(QLatin1String("next_since")).toInteger(), head);
    }

    void waitingPollsPerCitizenAreCapped()
    {
        // Parked at the head (a cursor beyond it is answered at once).
        const QString head = QString::number(events(m_erika, QStringLiteral("wait=0"))
                                                 .json()
                                                 .value(QLatin1String("next_since"))
                                                 .toInteger());
        QNetworkAccessManager network;
        QList<QNetworkReply *> waiting;
        for (int i = 0; i < 4; ++i) {
            QNetworkRequest request(QUrl(m_backend->http().baseUrl() +
                                         QStringLiteral("/api/v1/me/events?wait=20&since=") +
                                         head));
            request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
            request.setRawHeader("Authorization", "Bearer " + m_erika.toLatin1());
            waiting.append(network.get(request));
        }
        QTest::qWait(300);
        const HttpResponse fifth = events(m_erika, QStringLiteral("wait=20&since=") + head);
        QCOMPARE(fifth.status, 429);
        QVERIFY(!fifth.header("Retry-After").isEmpty());
        // Others are not affected, and wait=0 never parks.
        QCOMPARE(events(m_max, QStringLiteral("wait=0")).status, 200);
        QCOMPARE(events(m_erika, QStringLiteral("wait=0")).status, 200);
        for (QNetworkReply *reply : std::as_const(waiting)) {
            QVERIFY(!reply->isFinished());
            reply->abort();
            reply->deleteLater();
        }
    }

    void waitingPollTimesOutEmpty()
    {
        QElapsedTimer timer;
        timer.start();
        const HttpResponse feed = events(m_erika, QStringLiteral("wait=1&since=0"));
        QCOMPARE(feed.status, 200);
        QCOMPARE(feed.json().value(QLatin1String("items")).toArray().size(), 0);
        QCOMPARE(feed.json().value(QLatin1String("next_since")).toInteger(), 0);
        QVERIFY(timer.elapsed() >= 900);
    }

    void whoMayReadTheFeed()
    {
        QCOMPARE(m_backend->http().get(QStringLiteral("/api/v1/me/events?wait=0")).status, 401);
        QCOMPARE(events(m_verkehr, QStringLiteral("wait=0")).status, 403);
        for (const QString &bad : { QStringLiteral("wait=26"), QStringLiteral("wait=-1"),
                                    QStringLiteral("since=-1"), QStringLiteral("since=abc") }) {
            const HttpResponse refused = events(m_erika, bad);
            QCOMPARE(refused.status, 400);
            QCOMPARE(problemSlug(refused), QStringLiteral("invalid-query"));
        }
    }

private:
    HttpResponse events(const QString &token, const QString &query)
    {
        return m_backend->http().get(QStringLiteral("/api/v1/me/events?") + query, token);
    }

    HttpResponse move(const QString &id, const QString &to, int version)
    {
        return moveCase(*m_backend, m_verkehr, id, { { QStringLiteral("to"), to } }, version);
    }

    std::unique_ptr<TestBackend> m_backend;
    QString m_erika;
    QString m_max;
    QString m_verkehr;
};

QTEST_GUILESS_MAIN(TestEvents)
#include "test_events.moc"
