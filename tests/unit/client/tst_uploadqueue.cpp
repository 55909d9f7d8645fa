// Uploads on the fake network: what is sent (raw body, Content-Type of the
// content, the name percent-encoded), the upload id taken from the answer,
// failure and retry, cancel, and at most two files on the line at once.
#include "app/client/ApiClient.h"
#include "app/client/MemorySecretStore.h"
#include "app/client/Session.h"
#include "app/client/UploadJob.h"
#include "app/client/UploadQueue.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "FakeNetworkAccessManager.h"

using namespace rathaus;
using namespace rathaus::client;
using namespace std::chrono_literals;

class UploadQueueTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir dir;
    FakeNetworkAccessManager *network = nullptr;
    ApiClient *api = nullptr;
    MemorySecretStore *store = nullptr;
    Session *session = nullptr;
    UploadQueue *queue = nullptr;
    std::function<FakeResponse(const RecordedRequest &)> answer;
    int created = 0;

    LocalFile file(const QString &name, const QByteArray &content = "%PDF-1.7\n%%EOF\n")
    {
        QFile out(dir.filePath(QStringLiteral("f%1.pdf").arg(name.size())));
        out.open(QIODevice::WriteOnly);
        out.write(content);
        out.close();
        return { out.fileName(), name, content.size(), QStringLiteral("application/pdf") };
    }
    FakeResponse created201()
    {
        ++created;
        return FakeResponse::json(
            201, "{\"id\":\"up-" + QByteArray::number(created) +
                "\",\"sha256\":\"ab\",\"size\":15,\"media_type\":\"application/pdf\"}");
    }

private slots:
    void init()
    {
        created = 0;
        answer = [this](const RecordedRequest &) { return created201(); };
        network = new FakeNetworkAccessManager(this);
        network->setHandler([this](const RecordedRequest &request) { return answer(request); });
        api = new ApiClient(network, this);
        api->setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:8080")));
        api->setRetryPolicy({ 0, 10ms, 10ms });
        store = new MemorySecretStore(this);
        session = new Session(api, store, this);
        queue = new UploadQueue(session, this);
    }
    void cleanup()
    {
        delete queue;
        delete session;
        delete store;
        delete api;
        delete network;
    }

    void sendsTheFileAsItIs()
    {
        const LocalFile pdf = file(QStringLiteral("Fahrzeugschein Müller.pdf"));
        UploadJob *job = queue->enqueue(pdf, this);
        QCOMPARE(job->state(), UploadJob::State::Waiting);
        QTRY_COMPARE(job->state(), UploadJob::State::Done);
        QCOMPARE(job->uploadId(), QStringLiteral("up-1"));

        const auto sent = network->requestsTo(QStringLiteral("/api/v1/uploads"));
        QCOMPARE(sent.size(), 1);
        QCOMPARE(sent.first().method, QByteArray("POST"));
        QCOMPARE(sent.first().body, QByteArray("%PDF-1.7\n%%EOF\n"));
        QCOMPARE(sent.first().request.header(QNetworkRequest::ContentTypeHeader).toByteArray(),
                 QByteArray("application/pdf"));
        QCOMPARE(sent.first().header("X-Filename"),
                 QByteArray("Fahrzeugschein%20M%C3%BCller.pdf"));
        QVERIFY(sent.first().header("Idempotency-Key").isEmpty());
        delete job;
    }

    void aRefusalFailsAndARetrySucceeds()
    {
        answer = [](const RecordedRequest &) {
            return FakeResponse::problem(415, "unsupported-media-type", "Unsupported file type");
        };
        UploadJob *job = queue->enqueue(file(QStringLiteral("a.pdf")), this);
        QTRY_COMPARE(job->state(), UploadJob::State::Failed);
        QCOMPARE(job->problem().status, 415);
        QVERIFY(job->uploadId().isEmpty());

        answer = [this](const RecordedRequest &) { return created201(); };
        queue->retry(job);
        QTRY_COMPARE(job->state(), UploadJob::State::Done);
        QCOMPARE(job->uploadId(), QStringLiteral("up-1"));
        QVERIFY(job->problem().isNull());
        delete job;
    }

    void aFileChangedSinceTheCheckIsNotSent()
    {
        LocalFile pdf = file(QStringLiteral("b.pdf"));
        QFile::remove(pdf.path);
        UploadJob *job = queue->enqueue(pdf, this);
        QTRY_COMPARE(job->state(), UploadJob::State::Failed);
        QCOMPARE(job->problem().slug(), QStringLiteral("unreadable"));
        QVERIFY(network->requests().isEmpty());
        delete job;
    }

    void cancelStopsTheTransferAndDropsTheAnswer()
    {
        answer = [](const RecordedRequest &) { return FakeResponse::hang(); };
        UploadJob *job = queue->enqueue(file(QStringLiteral("c.pdf")), this);
        QTRY_COMPARE(job->state(), UploadJob::State::Sending);
        job->cancel();
        QCOMPARE(job->state(), UploadJob::State::Cancelled);
        QTest::qWait(50);
        QCOMPARE(job->state(), UploadJob::State::Cancelled);

        answer = [this](const RecordedRequest &) { return created201(); };
        queue->retry(job);
        QTRY_COMPARE(job->state(), UploadJob::State::Done);
        delete job;
    }

    void atMostTwoAtOnce()
    {
        answer = [](const RecordedRequest &) { return FakeResponse::hang(); };
        QList<UploadJob *> jobs;
        for (int i = 0; i < 4; ++i)
            jobs << queue->enqueue(file(QStringLiteral("d%1.pdf").arg(i)), this);
        QTRY_COMPARE(network->requests().size(), 2);
        QTest::qWait(50);
        QCOMPARE(network->requests().size(), 2);
        QCOMPARE(jobs.at(2)->state(), UploadJob::State::Waiting);

        // One leaves the line (cancelled): the next one goes.
        answer = [this](const RecordedRequest &) { return created201(); };
        jobs.at(0)->cancel();
        QTRY_COMPARE(jobs.at(2)->state(), UploadJob::State::Done);
        QTRY_COMPARE(jobs.at(3)->state(), UploadJob::State::Done);
        QCOMPARE(jobs.at(1)->state(), UploadJob::State::Sending); // still hanging
        queue->cancelAll();
        QCOMPARE(jobs.at(1)->state(), UploadJob::State::Cancelled);
        qDeleteAll(jobs);
    }
};

QTEST_GUILESS_MAIN(UploadQueueTest)
#include "tst_uploadqueue.moc"
