// Idempotency-Key on POST /api/v1/applications (api.md "Conventions",
// quality.md "Reliability"): the same key and body answer the first result,
// another body is 409, concurrent duplicates create exactly one application.
#include "tests/api/ApplicationTestData.h"

#include <QEventLoop>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSet>
#include <QTest>
#include <QTimer>

#include <memory>
#include <vector>

using namespace rathaus;
using namespace rathaus::test;

class TestIdempotency : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_backend = std::make_unique<TestBackend>();
        QVERIFY2(m_backend->start(), qPrintable(m_backend->error()));
        m_erika = accessToken(*m_backend, QStringLiteral("erika"));
        QVERIFY(!m_erika.isEmpty());
    }
    void cleanup() { m_backend.reset(); }

    void sameKeySameBodyAnswersTheFirstResult()
    {
        const QJsonObject body = geburtsurkunde(2);
        const HttpResponse first = submitApplication(*m_backend, m_erika, "k-1", body);
        QCOMPARE(first.status, 201);
        QVERIFY(first.header("Idempotent-Replayed").isEmpty());
        m_backend->clock().advance(600); // within the token's 15 min idle time
        const HttpResponse again = submitApplication(*m_backend, m_erika, "k-1", body);
        QCOMPARE(again.status, 201);
        QCOMPARE(again.body, first.body);
        QCOMPARE(again.header("Idempotent-Replayed"), QByteArray("true"));
        QCOMPARE(again.header("Location"), first.header("Location"));
        // The key's member order does not matter: the body is compared canonically.
        const QByteArray reordered = "{\"data\":" +
            QJsonDocument(body.value(QLatin1String("data")).toObject())
                .toJson(QJsonDocument::Compact) +
            ",\"service_id\":\"geburtsurkunde\"}";
        const HttpResponse third =
            m_backend->http().request("POST", QStringLiteral("/api/v1/applications"), reordered,
                                      { { "Content-Type", "application/json" },
                                        { "Authorization", "Bearer " + m_erika.toLatin1() },
                                        { "Idempotency-Key", "k-1" } });
        QCOMPARE(third.status, 201);
        QCOMPARE(third.body, first.body);
        QCOMPARE(applicationCount(), 1);
    }

    void sameKeyOtherBodyIsConflict()
    {
        QCOMPARE(submitApplication(*m_backend, m_erika, "k-2", geburtsurkunde(1)).status, 201);
        const HttpResponse other = submitApplication(*m_backend, m_erika, "k-2", geburtsurkunde(3));
        QCOMPARE(other.status, 409);
        QCOMPARE(problemSlug(other), QStringLiteral("idempotency-key-reuse"));
        QCOMPARE(applicationCount(), 1);
    }

    void keyIsRequiredAndBounded()
    {
        HttpResponse response =
            submitApplication(*m_backend, m_erika, QByteArray(), geburtsurkunde(1));
        QCOMPARE(response.status, 400);
        QCOMPARE(problemSlug(response), QStringLiteral("idempotency-key-required"));
        response = submitApplication(*m_backend, m_erika, QByteArray(256, 'a'), geburtsurkunde(1));
        QCOMPARE(response.status, 400);
        QCOMPARE(problemSlug(response), QStringLiteral("invalid-idempotency-key"));
        QCOMPARE(
            submitApplication(*m_backend, m_erika, QByteArray(255, 'a'), geburtsurkunde(1)).status,
            201);
        QCOMPARE(applicationCount(), 1);
    }

    void keysArePerUser()
    {
        const QString max = accessToken(*m_backend, QStringLiteral("max"));
        const HttpResponse erikas =
            submitApplication(*m_backend, m_erika, "shared", geburtsurkunde(1));
        const HttpResponse maxs = submitApplication(*m_backend, max, "shared", geburtsurkunde(1));
        QCOMPARE(erikas.status, 201);
        QCOMPARE(maxs.status, 201);
        QVERIFY(erikas.json().value(QLatin1String("id")) != maxs.json().value(QLatin1String("id")));
    }

    void invalidRequestsAreNotRemembered()
    {
        QJsonObject invalid = geburtsurkunde(1);
        QJsonObject data = invalid.value(QLatin1String("data")).toObject();
        data.insert(QStringLiteral("copies"), 0);
        invalid.insert(QStringLiteral("data"), data);
        QCOMPARE(submitApplication(*m_backend, m_erika, "k-3", invalid).status, 422);
        QCOMPARE(submitApplication(*m_backend, m_erika, "k-3", geburtsurkunde(1)).status, 201);
    }

    void keysExpireAfter24Hours()
    {
        const HttpResponse first = submitApplication(*m_backend, m_erika, "k-4", geburtsurkunde(1));
        QCOMPARE(first.status, 201);
        m_backend->clock().advance(24 * 3600 + 1);
        m_erika = accessToken(*m_backend, QStringLiteral("erika")); // the old token died
        const HttpResponse later = submitApplication(*m_backend, m_erika, "k-4", geburtsurkunde(3));
        QCOMPARE(later.status, 201);
        QVERIFY(later.json().value(QLatin1String("id")) != first.json().value(QLatin1String("id")));
        QCOMPARE(applicationCount(), 2);
    }

    void concurrentDuplicatesCreateOne()
    {
        // 60 identical requests at once over 10 managers (6 connections each).
        constexpr int kRequests = 60;
        const QByteArray body = QJsonDocument(geburtsurkunde(2)).toJson(QJsonDocument::Compact);
        std::vector<std::unique_ptr<QNetworkAccessManager>> managers;
        for (int i = 0; i < 10; ++i)
            managers.push_back(std::make_unique<QNetworkAccessManager>());
        QList<QNetworkReply *> replies;
        QEventLoop loop;
        int finished = 0;
        for (int i = 0; i < kRequests; ++i) {
            QNetworkRequest request(
                QUrl(m_backend->http().baseUrl() + QStringLiteral("/api/v1/applications")));
            request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
            request.setHeader(QNetworkRequest::ContentTypeHeader,
                              QByteArrayLiteral("application/json"));
            request.setRawHeader("Authorization", "Bearer " + m_erika.toLatin1());
            request.setRawHeader("Idempotency-Key", "same-for-all");
            QNetworkReply *reply = managers.at(size_t(i % 10))->post(request, body);
            QObject::connect(reply, &QNetworkReply::finished, &loop, [&] {
                if (++finished == kRequests)
                    loop.quit();
            });
            replies.append(reply);
        }
        QTimer::singleShot(120000, &loop, &QEventLoop::quit);
        loop.exec();
        QCOMPARE(finished, kRequests);

        QSet<QByteArray> bodies;
        int replayed = 0;
        for (QNetworkReply *reply : std::as_const(replies)) {
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            const QByteArray answer = reply->readAll();
            QVERIFY2(
                status == 201,
                qPrintable(QString::number(status) + QLatin1Char(' ') + QString::fromUtf8(answer)));
            bodies.insert(answer);
            replayed += reply->rawHeader("Idempotent-Replayed") == "true" ? 1 : 0;
            reply->deleteLater();
        }
        QCOMPARE(bodies.size(), 1);
        QCOMPARE(replayed, kRequests - 1);
        QCOMPARE(applicationCount(), 1);
    }

private:
    QJsonObject geburtsurkunde(int copies) const
    {
        QJsonObject data =
            validData(QStringLiteral("geburtsurkunde"), m_backend->clock().now().date());
        data.insert(QStringLiteral("copies"), copies);
        return applicationBody(QStringLiteral("geburtsurkunde"), data);
    }

    qsizetype applicationCount()
    {
        const HttpResponse response =
            m_backend->http().get(QStringLiteral("/api/v1/applications?limit=200"), m_erika);
        return response.json().value(QLatin1String("items")).toArray().size();
    }

    std::unique_ptr<TestBackend> m_backend;
    QString m_erika;
};

QTEST_GUILESS_MAIN(TestIdempotency)
#include "test_idempotency.moc"
