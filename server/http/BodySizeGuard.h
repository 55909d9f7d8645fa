#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslServer>
#include <QTcpServer>

class QTcpSocket;
class QTimer;

namespace rathaus::server::http {

// Why this exists: QHttpServer 6.4 reads a whole request body into memory
// before any handler runs and has no size option (qt64-notes.md: a 100 MB
// POST cost ~200 MB). A 413 from a handler would come too late for the
// memory bound. So every connection gets a guard that reads the request
// head *before* QHttpServer parses it and, when the declared Content-Length
// is over the limit, answers 413 itself and closes the connection: at most
// `maxBodyBytes` of one body are ever buffered per connection.
//
// How: the guard's readyRead slot is connected before QHttpServer's (the
// socket is handed over through nextPendingConnection(), which the guard
// intercepts), so it peeks at every new byte first. It follows the request
// framing (head, then Content-Length bytes of body, then the next head), so
// every request of a keep-alive connection is checked, not only the first.
// A second slot connected after QHttpServer's learns how much QHttpServer
// left unread, so no byte is scanned twice.
//
// Refused outright: chunked request bodies (411: their size is unknown up
// front; our clients always send Content-Length), heads over 64 KiB (431),
// unparseable or contradictory Content-Length (400).
//
// After a refusal the connection lingers (reading and discarding, at most a
// few seconds) before it closes, so the client reads the 413 instead of a
// TCP reset caused by its unread upload.
//
// The guard also closes connections that send nothing for `idleTimeoutMs`
// (QHttpServer keeps them forever): a keep-alive connection silently, one in
// the middle of a request head or body ("slowloris") with 408 first.
//
// The alternative, a reverse proxy with a body limit, is still recommended in
// production, but the backend must not depend on it (the embedded demo has none).
class BodySizeGuard : public QObject
{
    Q_OBJECT
public:
    static constexpr qsizetype kMaxHeadBytes = 64 * 1024;
    static constexpr int kLingerMs = 2000;

    // `httpServer` is the object QHttpServer connected the socket's readyRead to.
    // Why a global limit plus exceptions: every JSON endpoint needs at most
    // 1 MiB (JsonBody::kMaxJsonBytes), so that is the global bound on what one
    // connection may make us buffer. File uploads need 10 MiB, but only on
    // the one route that takes raw files; raising the global limit for them
    // would let every route (login included, which anonymous clients reach)
    // buffer 10 MiB. So a route names its own, larger limit here. The
    // match is exact on method and path (query string ignored): any other
    // spelling of the path gets the global limit, so a mismatch can only be
    // stricter, never looser.
    struct RouteLimit
    {
        QByteArray method; // "POST"
        QByteArray path; // "/api/v1/uploads"
        qint64 maxBodyBytes = 0;
    };
    struct Limits
    {
        qint64 maxBodyBytes = 1024 * 1024;
        QList<RouteLimit> routes;
        int idleTimeoutMs = 60000; // 0: never

        qint64 limitFor(const QByteArray &method, const QByteArray &path) const;
    };

    static void attach(QTcpSocket *socket, QObject *httpServer, Limits limits);

private:
    BodySizeGuard(QTcpSocket *socket, QObject *httpServer, Limits limits);

    void beforeServer();
    void afterServer();
    void scan(const QByteArray &fresh);
    bool checkHead(const QByteArray &head);
    void refuse(int status, const QString &slug, const QString &title, const QString &detail,
                const QByteArray &head);
    void discard();
    void idle();

    QTcpSocket *m_socket;
    QPointer<QObject> m_httpServer;
    Limits m_limits;
    QTimer *m_idleTimer = nullptr;
    QByteArray m_head; // the incomplete head seen so far
    qint64 m_bodyRemaining = 0; // body bytes of the current request still to come
    qint64 m_leftUnread = 0; // bytes QHttpServer left in the buffer after its turn
    bool m_leftUnreadKnown = false;
    bool m_afterConnected = false;
    bool m_refused = false;
};

// A QTcpServer / QSslServer that hands out guarded sockets; pass it to
// QHttpServer::bind() (which re-parents it to the QHttpServer).
class GuardedTcpServer : public QTcpServer
{
public:
    explicit GuardedTcpServer(BodySizeGuard::Limits limits, QObject *parent = nullptr)
        : QTcpServer(parent), m_limits(limits)
    { }
    QTcpSocket *nextPendingConnection() override;

private:
    BodySizeGuard::Limits m_limits;
};

class GuardedSslServer : public QSslServer
{
public:
    explicit GuardedSslServer(BodySizeGuard::Limits limits, QObject *parent = nullptr)
        : QSslServer(parent), m_limits(limits)
    { }
    QTcpSocket *nextPendingConnection() override;

private:
    BodySizeGuard::Limits m_limits;
};

} // namespace rathaus::server::http
