// The embedded demo city: starts on a worker thread on loopback with a free
// port, keeps its SQLite file in the given folder, answers over real HTTP.
#include "app/client/ApiClient.h"
#include "app/client/EmbeddedBackend.h"

#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <optional>

using namespace rathaus;
using namespace rathaus::client;

class EmbeddedBackendTest : public QObject
{
    Q_OBJECT

private slots:
    void startsOnLoopbackAndServesTheDemoCity()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        EmbeddedBackend backend;
        QSignalSpy ready(&backend, &EmbeddedBackend::ready);
        QSignalSpy failed(&backend, &EmbeddedBackend::failed);
        backend.start(dir.path());
        QTRY_VERIFY_WITH_TIMEOUT(ready.size() == 1 || failed.size() == 1, 60000);
        QVERIFY2(failed.isEmpty(),
                 failed.isEmpty() ? "" : qPrintable(failed.constFirst().constFirst().toString()));

        const QUrl url = backend.baseUrl();
        QCOMPARE(url.scheme(), QStringLiteral("http"));
        QVERIFY(QHostAddress(url.host()).isLoopback());
        QVERIFY(url.port() > 0);
        QVERIFY(QFile::exists(QDir(dir.path()).filePath(QStringLiteral("demo-city.db"))));

        QNetworkAccessManager network;
        ApiClient api(&network);
        api.setBaseUrl(url);
        std::optional<ApiResult> services;
        api.send(ApiRequest::get(QStringLiteral("/services")), this,
                 [&](const ApiResult &r) { services = r; });
        QTRY_VERIFY_WITH_TIMEOUT(services.has_value(), 20000);
        QVERIFY(services->ok());
        const QJsonDocument &json = services->value().json;
        const qsizetype count = json.isArray()
            ? json.array().size()
            : json.object().value(QStringLiteral("items")).toArray().size();
        QVERIFY2(count >= 6, "the six demo services");
    }

    void aSecondStartOnTheSameDataKeepsIt()
    {
        QTemporaryDir dir;
        for (int run = 0; run < 2; ++run) {
            EmbeddedBackend backend;
            QSignalSpy ready(&backend, &EmbeddedBackend::ready);
            backend.start(dir.path());
            QTRY_VERIFY_WITH_TIMEOUT(ready.size() == 1, 60000);
        } // the destructor stops the worker thread each time
    }

    void unwritableFolderIsReported()
    {
        EmbeddedBackend backend;
        QSignalSpy failed(&backend, &EmbeddedBackend::failed);
        backend.start(QStringLiteral("/proc/rathaus-cannot-create-this"));
        QTRY_VERIFY_WITH_TIMEOUT(failed.size() == 1, 20000);
        QVERIFY(!failed.constFirst().constFirst().toString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(EmbeddedBackendTest)
#include "tst_embeddedbackend.moc"
