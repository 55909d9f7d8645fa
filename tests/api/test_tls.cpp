// HTTPS: with --tls-cert/--tls-key the backend speaks TLS 1.2+ only (ECDHE +
// AEAD suites) and no plain HTTP. The certificate is made with the openssl
// command line for the test (skipped where there is none).
#include "tests/support/TestBackend.h"

#include <QEventLoop>
#include <QNetworkReply>
#include <QProcess>
#include <QSslCipher>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTest>
#include <QThread>

using namespace rathaus;
using namespace rathaus::test;

class TestTls : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
        if (openssl.isEmpty())
            QSKIP("no openssl command line to make a test certificate");
        QVERIFY(m_dir.isValid());
        m_cert = m_dir.filePath(QStringLiteral("cert.pem"));
        m_key = m_dir.filePath(QStringLiteral("key.pem"));
        QProcess process;
        process.start(openssl,
                      { QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                        QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                        QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                        QStringLiteral("-keyout"), m_key, QStringLiteral("-out"), m_cert,
                        QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-subj"),
                        QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                        QStringLiteral("subjectAltName=IP:127.0.0.1") });
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 0);
    }

    void httpsOnly()
    {
        TestBackend::Options options;
        options.configure = [this](server::BackendConfig &config) {
            config.tlsCertificateFile = m_cert;
            config.tlsKeyFile = m_key;
        };
        TestBackend backend(options);
        QVERIFY2(backend.start(), qPrintable(backend.error()));
        QVERIFY(backend.backend().baseUrl().startsWith(QLatin1String("https://127.0.0.1:")));

        // HTTPS with the (pinned) self-signed certificate works.
        QNetworkAccessManager network;
        QNetworkRequest request(
            QUrl(backend.backend().baseUrl() + QStringLiteral("/api/v1/health")));
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates(QSslCertificate::fromPath(m_cert));
        request.setSslConfiguration(tls);
        QNetworkReply *reply = network.get(request);
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QVERIFY(!reply->rawHeader("X-Request-Id").isEmpty());
        const QSslCipher cipher = reply->sslConfiguration().sessionCipher();
        QVERIFY(cipher.protocol() == QSsl::TlsV1_3 || cipher.protocol() == QSsl::TlsV1_2);
        if (cipher.protocol() == QSsl::TlsV1_2)
            QVERIFY2(cipher.name().startsWith(QLatin1String("ECDHE-")), qPrintable(cipher.name()));
        delete reply;

        // Plain HTTP to the TLS port gets no HTTP answer.
        HttpClient plain(QStringLiteral("http://127.0.0.1:%1").arg(backend.backend().port()));
        QCOMPARE(plain.get(QStringLiteral("/api/v1/health")).status, 0);
    }

    void tls12WithoutForwardSecrecyIsRefused()
    {
        TestBackend::Options options;
        options.configure = [this](server::BackendConfig &config) {
            config.tlsCertificateFile = m_cert;
            config.tlsKeyFile = m_key;
        };
        TestBackend backend(options);
        QVERIFY2(backend.start(), qPrintable(backend.error()));
        // A client offering only TLS 1.2 with a non-ECDHE, non-AEAD suite.
        QSslSocket socket;
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setProtocol(QSsl::TlsV1_2);
        tls.setPeerVerifyMode(QSslSocket::VerifyNone);
        QList<QSslCipher> weak;
        for (const QSslCipher &cipher : QSslConfiguration::supportedCiphers()) {
            if (cipher.protocol() == QSsl::TlsV1_2 &&
                !cipher.name().startsWith(QLatin1String("ECDHE-")))
                weak.append(cipher);
        }
        if (weak.isEmpty())
            QSKIP("this OpenSSL offers no weak TLS 1.2 suites to try");
        tls.setCiphers(weak);
        socket.setSslConfiguration(tls);
        socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), backend.backend().port());
        // The backend serves on this thread: let its event loop run while we wait.
        QTRY_VERIFY_WITH_TIMEOUT(
            socket.state() == QAbstractSocket::UnconnectedState || socket.isEncrypted(), 10000);
        QVERIFY(!socket.isEncrypted());
    }

private:
    QTemporaryDir m_dir;
    QString m_cert;
    QString m_key;
};

QTEST_GUILESS_MAIN(TestTls)
#include "test_tls.moc"
