// Bad input at the HTTP layer: wrong media types, malformed JSON, bodies over
// the limit (refused before QHttpServer buffers them), random garbage.
#include "tests/support/TestBackend.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QTest>
#include <QThread>

using namespace rathaus;
using namespace rathaus::test;

namespace {

// A raw HTTP/1.1 connection: QNetworkAccessManager would not let us send a
// head that promises 100 MB and then stop.
class RawConnection
{
public:
    explicit RawConnection(quint16 port)
    {
        m_socket.connectToHost(QHostAddress::LocalHost, port);
        m_connected = m_socket.waitForConnected(5000);
    }
    bool connected() const { return m_connected; }
    void send(const QByteArray &data)
    {
        m_socket.write(data);
        m_socket.waitForBytesWritten(5000);
    }
    // Reads until a whole response (head + Content-Length body) is there.
    QByteArray readResponse(int timeoutMs = 10000)
    {
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < timeoutMs) {
            // Data may already sit in the socket's buffer (waitForBytesWritten reads too).
            m_buffer += m_socket.readAll();
            const qsizetype headEnd = m_buffer.indexOf("\r\n\r\n");
            if (headEnd >= 0) {
                const qsizetype lengthAt = m_buffer.toLower().indexOf("content-length:");
                qint64 length = 0;
                if (lengthAt >= 0 && lengthAt < headEnd) {
                    const qsizetype lineEnd = m_buffer.indexOf("\r\n", lengthAt);
                    length =
                        m_buffer.mid(lengthAt + 15, lineEnd - lengthAt - 15).trimmed().toLongLong();
                }
                if (m_buffer.size() >= headEnd + 4 + length) {
                    const QByteArray response = m_buffer.left(headEnd + 4 + length);
                    m_buffer.remove(0, response.size());
                    return response;
                }
            }
            if (m_socket.state() != QAbstractSocket::ConnectedState &&
                m_socket.bytesAvailable() == 0)
                break;
            m_socket.waitForReadyRead(100);
        }
        return m_buffer;
    }
    bool waitForClosed(int timeoutMs)
    {
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < timeoutMs) {
            if (m_socket.state() == QAbstractSocket::UnconnectedState)
                return true;
            m_socket.waitForReadyRead(100);
            m_socket.readAll();
        }
        return m_socket.state() == QAbstractSocket::UnconnectedState;
    }
    QTcpSocket &socket() { return m_socket; }

private:
    QTcpSocket m_socket;
    QByteArray m_buffer;
    bool m_connected = false;
};

int statusOf(const QByteArray &response)
{
    return response.mid(9, 3).toInt();
}

QByteArray headerOf(const QByteArray &response, const QByteArray &name)
{
    for (const QByteArray &line : response.left(response.indexOf("\r\n\r\n")).split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return line.mid(colon + 1).trimmed();
    }
    return {};
}

} // namespace

// The raw-socket tests block in waitFor*() while the backend runs on this
// thread's event loop: so here the backend gets a thread of its own.
class BackendThread : public QThread
{
public:
    explicit BackendThread(QString databaseUrl, int idleTimeoutSeconds = 0)
        : m_url(std::move(databaseUrl)), m_idleTimeoutSeconds(idleTimeoutSeconds)
    { }
    ~BackendThread() override
    {
        quit();
        wait();
    }
    quint16 port() const { return m_port.load(); }
    QString error() const { return m_error; }
    bool startAndWait()
    {
        start();
        while (m_port.load() == 0 && m_error.isEmpty() && !isFinished())
            QThread::msleep(10);
        return m_port.load() != 0;
    }

protected:
    void run() override
    {
        server::BackendConfig config;
        config.databaseUrl = m_url;
        config.seedDemo = true;
        config.maxBodyBytes = 1024 * 1024;
        config.idleTimeoutSeconds = m_idleTimeoutSeconds;
        config.clock = &m_clock;
        server::Backend backend(config);
        QString error;
        if (!backend.start(&error)) {
            m_error = error;
            return;
        }
        m_port = backend.port();
        exec();
    }

private:
    QString m_url;
    int m_idleTimeoutSeconds = 0;
    ManualClock m_clock;
    std::atomic<quint16> m_port { 0 };
    QString m_error;
};

class TestHttpGuards : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_backend = std::make_unique<TestBackend>();
        QVERIFY2(m_backend->start(), qPrintable(m_backend->error()));
    }
    void cleanup() { m_backend.reset(); }

    void wrongContentTypeIs415()
    {
        for (const QByteArray &type :
             { QByteArray("text/plain"), QByteArray("application/xml"),
               QByteArray("application/json; charset=latin1"), QByteArray() }) {
            QList<QPair<QByteArray, QByteArray>> headers;
            if (!type.isEmpty())
                headers.append({ "Content-Type", type });
            const HttpResponse response = m_backend->http().request(
                "POST", QStringLiteral("/api/v1/auth/login"),
                "{\"username\":\"erika\",\"password\":\"rathaus-demo\"}", headers);
            QCOMPARE(response.status, 415);
            QCOMPARE(response.header("Content-Type"), QByteArray("application/problem+json"));
            QCOMPARE(response.json().value(QLatin1String("type")).toString(),
                     QStringLiteral("urn:rathaus:problem:unsupported-media-type"));
            QVERIFY(!response.header("X-Request-Id").isEmpty());
        }
        // With a charset parameter it is fine.
        QCOMPARE(m_backend->http()
                     .request("POST", QStringLiteral("/api/v1/auth/login"),
                              "{\"username\":\"erika\",\"password\":\"rathaus-demo\"}",
                              { { "Content-Type", "application/json; charset=UTF-8" } })
                     .status,
                 200);
    }

    void malformedJsonIs400()
    {
        for (const QByteArray &body :
             { QByteArray("{"), QByteArray("[1,2,3]"), QByteArray("\"text\""), QByteArray(""),
               QByteArray("{\"username\": }"), QByteArray("\xff\xfe\x00garbage", 10) }) {
            const HttpResponse response =
                m_backend->http().request("POST", QStringLiteral("/api/v1/auth/login"), body,
                                          { { "Content-Type", "application/json" } });
            QCOMPARE(response.status, 400);
            QCOMPARE(response.json().value(QLatin1String("type")).toString(),
                     QStringLiteral("urn:rathaus:problem:malformed-json"));
            QVERIFY(!response.header("X-Request-Id").isEmpty());
        }
    }

    void randomBodiesNeverGive500()
    {
        QRandomGenerator random(20261129);
        const QStringList paths { QStringLiteral("/api/v1/auth/login"),
                                  QStringLiteral("/api/v1/auth/refresh"),
                                  QStringLiteral("/api/v1/auth/logout"),
                                  QStringLiteral("/api/v1/me"),
                                  QStringLiteral("/api/v1/services/meldebescheinigung") };
        const QList<QByteArray> types { "application/json", "text/plain",
                                        "application/octet-stream" };
        for (int i = 0; i < 60; ++i) {
            QByteArray body(int(random.bounded(0, 400)), Qt::Uninitialized);
            for (char &c : body)
                c = char(random.bounded(0, 256));
            if (i % 3 == 0) // half-plausible JSON
                body = "{\"username\":" + body.toBase64() + ",\"password\":[1,{\"a\":null}]}";
            if (i % 5 == 0)
                body = "{\"username\":\"erika\",\"password\":\"" + body.toHex() +
                    "\",\"totp\":\"12345678901234567890\"}";
            const QString path = paths.at(i % paths.size());
            const HttpResponse response = m_backend->http().request(
                i % 4 == 0 ? "GET" : "POST", path, body,
                { { "Content-Type", types.at(i % types.size()) },
                  { "Authorization", "Bearer " + body.left(40).toBase64() } });
            QVERIFY2(response.status >= 200 && response.status < 500,
                     qPrintable(QStringLiteral("%1 -> %2").arg(path).arg(response.status)));
            QVERIFY(!response.header("X-Request-Id").isEmpty());
        }
    }

    void oversizeBodyIsRefusedBeforeItIsRead()
    {
        m_backend->stop(); // a backend on its own thread instead (see BackendThread)
        BackendThread thread(m_backend->database().url());
        QVERIFY2(thread.startAndWait(), qPrintable(thread.error()));

        RawConnection connection(thread.port());
        QVERIFY(connection.connected());
        // Promise 100 MB, send only 64 KiB of it.
        connection.send("POST /api/v1/auth/login HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                        "Content-Type: application/json\r\nX-Request-Id: big-upload-1\r\n"
                        "Content-Length: 104857600\r\n\r\n");
        connection.send(QByteArray(64 * 1024, 'x'));
        const QByteArray response = connection.readResponse();
        // The answer came although 99.9% of the body was never sent: the
        // server did not wait for (or buffer) the body.
        QCOMPARE(statusOf(response), 413);
        QCOMPARE(headerOf(response, "Content-Type"), QByteArray("application/problem+json"));
        QCOMPARE(headerOf(response, "X-Request-Id"), QByteArray("big-upload-1"));
        QVERIFY(response.contains("urn:rathaus:problem:payload-too-large"));
        // ...and the server closes the connection (after a short linger).
        QVERIFY(connection.waitForClosed(10000));
    }

    void oversizeOnAKeepAliveConnection()
    {
        m_backend->stop();
        BackendThread thread(m_backend->database().url());
        QVERIFY2(thread.startAndWait(), qPrintable(thread.error()));
        RawConnection connection(thread.port());
        QVERIFY(connection.connected());
        // A first, small request with a body: answered, connection kept.
        const QByteArray body = "{\"refresh_token\":\"nope\"}";
        connection.send("POST /api/v1/auth/refresh HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                        "Content-Type: application/json\r\nContent-Length: " +
                        QByteArray::number(body.size()) + "\r\n\r\n" + body);
        const QByteArray first = connection.readResponse();
        QVERIFY2(statusOf(first) == 401, first.constData());
        // A second request on the same connection, declared over the limit (1 MiB here).
        connection.send("POST /api/v1/auth/refresh HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                        "Content-Type: application/json\r\nContent-Length: 1048577\r\n\r\n");
        connection.send(QByteArray(1000, 'y'));
        const QByteArray refused = connection.readResponse();
        QVERIFY2(statusOf(refused) == 413, refused.left(300).constData());
        QVERIFY(connection.waitForClosed(10000));

        // Just under the limit is read and handled normally (here: not JSON -> 400).
        RawConnection second(thread.port());
        QVERIFY(second.connected());
        const QByteArray big(1024 * 1024, ' ');
        second.send("POST /api/v1/auth/refresh HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    "Content-Type: application/json\r\nContent-Length: " +
                    QByteArray::number(big.size()) + "\r\n\r\n");
        second.send(big);
        QCOMPARE(statusOf(second.readResponse(30000)), 400);
    }

    void chunkedAndBrokenLengthsAreRefused()
    {
        m_backend->stop();
        BackendThread thread(m_backend->database().url());
        QVERIFY2(thread.startAndWait(), qPrintable(thread.error()));
        {
            RawConnection connection(thread.port());
            connection.send("POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\n"
                            "Transfer-Encoding: chunked\r\nContent-Type: application/json\r\n\r\n"
                            "5\r\nhello\r\n");
            const QByteArray response = connection.readResponse();
            QCOMPARE(statusOf(response), 411);
            QVERIFY(!headerOf(response, "X-Request-Id").isEmpty());
        }
        for (const QByteArray &length :
             { QByteArray("-1"), QByteArray("abc"), QByteArray("99999999999999999999") }) {
            RawConnection connection(thread.port());
            connection.send("POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Length: " +
                            length + "\r\n\r\n");
            QCOMPARE(statusOf(connection.readResponse()), 400);
        }
        {
            RawConnection connection(thread.port());
            connection.send("POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n"
                            "Content-Length: 6\r\n\r\n");
            QCOMPARE(statusOf(connection.readResponse()), 400);
        }
        {
            RawConnection connection(thread.port());
            connection.send("GET /api/v1/health HTTP/1.1\r\nHost: x\r\nX-Padding: " +
                            QByteArray(70 * 1024, 'p'));
            QCOMPARE(statusOf(connection.readResponse()), 431);
        }
        {
            // The guard leaves ordinary requests alone, pipelined ones included.
            RawConnection connection(thread.port());
            connection.send("GET /api/v1/health HTTP/1.1\r\nHost: x\r\n\r\n");
            QCOMPARE(statusOf(connection.readResponse()), 200);
            connection.send("GET /api/v1/offices HTTP/1.1\r\nHost: x\r\n\r\n");
            QCOMPARE(statusOf(connection.readResponse()), 200);
        }
    }

    void idleAndSlowConnectionsAreClosed()
    {
        m_backend->stop();
        BackendThread thread(m_backend->database().url(), 1);
        QVERIFY2(thread.startAndWait(), qPrintable(thread.error()));
        {
            // Half a request head, then nothing: 408 and closed.
            RawConnection connection(thread.port());
            connection.send("POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-");
            const QByteArray response = connection.readResponse(5000);
            QCOMPARE(statusOf(response), 408);
            QVERIFY(connection.waitForClosed(5000));
        }
        {
            // A body that stops halfway: the same.
            RawConnection connection(thread.port());
            connection.send(
                "POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                "Content-Length: 100\r\n\r\n{\"username\"");
            QCOMPARE(statusOf(connection.readResponse(5000)), 408);
            QVERIFY(connection.waitForClosed(5000));
        }
        {
            // An idle keep-alive connection is closed quietly after its answer.
            RawConnection connection(thread.port());
            connection.send("GET /api/v1/health HTTP/1.1\r\nHost: x\r\n\r\n");
            QCOMPARE(statusOf(connection.readResponse()), 200);
            QVERIFY(connection.waitForClosed(5000));
        }
    }

    void clientGoneDuringSlowLogin()
    {
        m_backend->stop();
        BackendThread thread(m_backend->database().url());
        QVERIFY2(thread.startAndWait(), qPrintable(thread.error()));
        const QByteArray body = "{\"username\":\"erika\",\"password\":\"wrong\"}";
        for (int i = 0; i < 5; ++i) {
            // The login runs on the thread pool (argon2); the client hangs up first.
            RawConnection connection(thread.port());
            QVERIFY(connection.connected());
            connection.send(
                "POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                "Content-Length: " +
                QByteArray::number(body.size()) + "\r\n\r\n" + body);
            connection.socket().abort();
        }
        QThread::msleep(500); // let the pool finish the abandoned logins
        RawConnection connection(thread.port());
        connection.send("GET /api/v1/health HTTP/1.1\r\nHost: x\r\n\r\n");
        QCOMPARE(statusOf(connection.readResponse()), 200);
    }

private:
    std::unique_ptr<TestBackend> m_backend;
};

QTEST_GUILESS_MAIN(TestHttpGuards)
#include "test_http_guards.moc"
