#include "server/http/BodySizeGuard.h"

#include "server/Logging.h"
#include "server/http/Reply.h"
#include "server/http/RequestContext.h"

#include <QTcpSocket>
#include <QTimer>

#include <algorithm>

namespace rathaus::server::http {

namespace {

struct Head
{
    QByteArray requestLine;
    QList<QPair<QByteArray, QByteArray>> headers;

    QList<QByteArray> values(const QByteArray &name) const
    {
        QList<QByteArray> result;
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                result.append(value);
        }
        return result;
    }
    QByteArray method() const { return requestLine.split(' ').value(0); }
    // The request target without query string.
    QByteArray path() const
    {
        QByteArray path = requestLine.split(' ').value(1);
        const qsizetype query = path.indexOf('?');
        if (query >= 0)
            path.truncate(query);
        return path;
    }
    // "POST /api/v1/uploads" without query string: for the log line.
    QByteArray logLine() const { return method().left(16) + ' ' + path().left(256); }
};

Head parseHead(const QByteArray &text)
{
    Head head;
    const QList<QByteArray> lines = text.split('\n');
    bool first = true;
    for (QByteArray line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
        if (first) {
            if (line.isEmpty())
                continue; // empty lines before a request line are allowed
            head.requestLine = line;
            first = false;
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            head.headers.append({ line.left(colon).trimmed(), line.mid(colon + 1).trimmed() });
    }
    return head;
}

} // namespace

qint64 BodySizeGuard::Limits::limitFor(const QByteArray &method, const QByteArray &path) const
{
    for (const RouteLimit &route : routes) {
        if (route.method == method && route.path == path)
            return route.maxBodyBytes;
    }
    return maxBodyBytes;
}

void BodySizeGuard::attach(QTcpSocket *socket, QObject *httpServer, Limits limits)
{
    // Parented to the socket: it lives exactly as long as the connection.
    new BodySizeGuard(socket, httpServer, limits);
}

BodySizeGuard::BodySizeGuard(QTcpSocket *socket, QObject *httpServer, Limits limits)
    : QObject(socket), m_socket(socket), m_httpServer(httpServer), m_limits(limits)
{
    connect(m_socket, &QIODevice::readyRead, this, &BodySizeGuard::beforeServer);
    if (m_limits.idleTimeoutMs > 0) {
        m_idleTimer = new QTimer(this);
        m_idleTimer->setSingleShot(true);
        connect(m_idleTimer, &QTimer::timeout, this, &BodySizeGuard::idle);
        m_idleTimer->start(m_limits.idleTimeoutMs);
    }
}

void BodySizeGuard::idle()
{
    if (m_refused)
        return;
    if (m_socket->bytesToWrite() > 0) {
        m_idleTimer->start(m_limits.idleTimeoutMs); // still sending an answer: not idle
        return;
    }
    if (!m_head.isEmpty() || m_bodyRemaining > 0) {
        refuse(408, QStringLiteral("request-timeout"), QStringLiteral("Request timeout"),
               QStringLiteral("The request did not arrive in time."), m_head.left(1024));
        return;
    }
    qCDebug(lcHttp) << "closing an idle connection";
    m_socket->disconnectFromHost();
}

void BodySizeGuard::beforeServer()
{
    if (m_idleTimer)
        m_idleTimer->start(m_limits.idleTimeoutMs);
    if (m_refused) {
        discard();
        return;
    }
    if (!m_afterConnected) {
        // Connected now, i.e. after QHttpServer's own slot: from the next
        // readyRead on it runs after QHttpServer has read. (Until then
        // QHttpServer 6.4 reads everything available on every readyRead.)
        connect(m_socket, &QIODevice::readyRead, this, &BodySizeGuard::afterServer);
        m_afterConnected = true;
    }
    const qint64 available = m_socket->bytesAvailable();
    const qint64 seen = m_leftUnreadKnown ? std::min(m_leftUnread, available) : 0;
    m_leftUnreadKnown = false;
    if (available > seen)
        scan(m_socket->peek(available).mid(seen));
}

void BodySizeGuard::afterServer()
{
    if (m_refused)
        return;
    m_leftUnread = m_socket->bytesAvailable();
    m_leftUnreadKnown = true;
}

void BodySizeGuard::scan(const QByteArray &fresh)
{
    qsizetype pos = 0;
    while (pos < fresh.size() && !m_refused) {
        if (m_bodyRemaining > 0) {
            const qint64 take = std::min<qint64>(m_bodyRemaining, fresh.size() - pos);
            m_bodyRemaining -= take;
            pos += take;
            continue;
        }
        const qsizetype before = m_head.size();
        m_head.append(fresh.constData() + pos, fresh.size() - pos);
        const qsizetype end = m_head.indexOf("\r\n\r\n", std::max<qsizetype>(0, before - 3));
        if (end < 0) {
            if (m_head.size() > kMaxHeadBytes) {
                refuse(431, QStringLiteral("header-too-large"),
                       QStringLiteral("Request head too large"),
                       QStringLiteral("The request line and headers may have at most 64 KiB."),
                       m_head.left(1024));
            }
            return;
        }
        const qsizetype headLength = end + 4;
        const QByteArray head = m_head.left(headLength);
        m_head.clear();
        pos += headLength - before;
        if (!checkHead(head))
            return;
    }
}

bool BodySizeGuard::checkHead(const QByteArray &text)
{
    const Head head = parseHead(text);
    const QList<QByteArray> encodings = head.values("Transfer-Encoding");
    for (const QByteArray &encoding : encodings) {
        if (encoding.trimmed().compare("identity", Qt::CaseInsensitive) != 0) {
            refuse(411, QStringLiteral("length-required"), QStringLiteral("Length required"),
                   QStringLiteral("Send the body with a Content-Length, not chunked."), text);
            return false;
        }
    }
    qint64 length = 0;
    const QList<QByteArray> lengths = head.values("Content-Length");
    for (qsizetype i = 0; i < lengths.size(); ++i) {
        const QByteArray value = lengths.at(i).trimmed();
        bool ok = !value.isEmpty() && value.size() <= 18 &&
            std::all_of(value.cbegin(), value.cend(), [](char c) { return c >= '0' && c <= '9'; });
        const qint64 parsed = ok ? value.toLongLong(&ok) : -1;
        if (!ok || (i > 0 && parsed != length)) {
            refuse(400, QStringLiteral("bad-request"), QStringLiteral("Bad request"),
                   QStringLiteral("The Content-Length header is invalid."), text);
            return false;
        }
        length = parsed;
    }
    const qint64 limit = m_limits.limitFor(head.method(), head.path());
    if (length > limit) {
        refuse(413, QStringLiteral("payload-too-large"), QStringLiteral("Request body too large"),
               QStringLiteral("The body may have at most %1 bytes.").arg(limit), text);
        return false;
    }
    m_bodyRemaining = length;
    return true;
}

void BodySizeGuard::refuse(int status, const QString &slug, const QString &title,
                           const QString &detail, const QByteArray &headText)
{
    m_refused = true;
    // QHttpServer must not see another byte of this connection.
    if (m_httpServer)
        disconnect(m_socket, &QIODevice::readyRead, m_httpServer, nullptr);
    // QHttpServer may hold a read transaction open (a head that came in
    // pieces): end it, or the discarded bytes would still be kept for it.
    if (m_socket->isTransactionStarted())
        m_socket->commitTransaction();
    const Head head = parseHead(headText);
    const QByteArray requestId = requestIdFor(head.values("X-Request-Id").value(0));
    Reply reply = Reply::problem(status, slug, title, detail);
    reply.withHeader("X-Request-Id", requestId);
    m_socket->write(serialise(reply, true));
    m_socket->flush();
    qCInfo(lcHttp).noquote() << head.logLine() << status << "id" << requestId
                             << "(refused before reading the body)";
    discard();
    QTimer::singleShot(kLingerMs, this, [this] { m_socket->disconnectFromHost(); });
}

void BodySizeGuard::discard()
{
    // Read and drop: memory stays flat however much the client still sends.
    char buffer[16384];
    while (m_socket->bytesAvailable() > 0) {
        if (m_socket->read(buffer, sizeof buffer) <= 0)
            break;
    }
}

QTcpSocket *GuardedTcpServer::nextPendingConnection()
{
    QTcpSocket *socket = QTcpServer::nextPendingConnection();
    if (socket)
        BodySizeGuard::attach(socket, parent(), m_limits);
    return socket;
}

QTcpSocket *GuardedSslServer::nextPendingConnection()
{
    QTcpSocket *socket = QSslServer::nextPendingConnection();
    if (socket)
        BodySizeGuard::attach(socket, parent(), m_limits);
    return socket;
}

} // namespace rathaus::server::http
