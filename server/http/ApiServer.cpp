#include "server/http/ApiServer.h"

#include "server/Logging.h"
#include "server/domain/EventHub.h"
#include "server/http/BodySizeGuard.h"
#include "server/store/DatabaseError.h"

#include <QPointer>
#include <QTcpSocket>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>

namespace rathaus::server::http {

namespace {

// Headers of every answer: the request id, and no caching (answers carry
// tokens and personal data).
void decorate(QHttpServerResponse &response, const QByteArray &requestId)
{
    response.setHeader("X-Request-Id", requestId);
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("X-Content-Type-Options", "nosniff");
}

void logRequest(const RequestContext &request, int status)
{
    // Path only: a query string may hold search terms about people.
    qCInfo(lcHttp).noquote() << methodName(request.method) << request.path << status << "id"
                             << request.requestId;
}

void answer(QHttpServerResponder &responder, const RequestContext &context, const Reply &reply)
{
    QHttpServerResponse response = reply.toResponse();
    decorate(response, context.requestId);
    logRequest(context, reply.status);
    response.write(std::move(responder));
}

} // namespace

struct ApiServer::Waiter
{
    RequestContext context;
    std::unique_ptr<QHttpServerResponder> responder;
    QPointer<QTcpSocket> socket;
    PollOutcome outcome;
    quint64 subscription = 0;
    QTimer *timer = nullptr; // deleteLater(): finish() may run inside its timeout()
    QMetaObject::Connection disconnected;

    ~Waiter()
    {
        if (timer)
            timer->deleteLater();
    }
};

ApiServer::ApiServer(HandlerContext &context, BodySizeGuard::Limits limits, QObject *parent)
    : QObject(parent), m_context(context), m_limits(limits)
{
    m_pool.setMaxThreadCount(std::max(2, QThread::idealThreadCount()));
    // Threads never expire: each keeps its own database connection, which
    // is closed when the Database goes (see store/Database.h).
    m_pool.setExpiryTimeout(-1);

    for (const Route &route : routeTable()) {
        switch (placeholderCount(route.path)) {
        case 0:
            addRoute<>(route);
            break;
        case 1:
            addRoute<QString>(route);
            break;
        case 2:
            addRoute<QString, QString>(route);
            break;
        default:
            qFatal("route %s: at most two placeholders", qPrintable(route.path));
        }
    }

    // A safety net: whatever answers, answers with an X-Request-Id.
    m_http.afterRequest([](QHttpServerResponse &&response, const QHttpServerRequest &request) {
        if (!response.hasHeader("X-Request-Id"))
            decorate(response, requestIdFor(request.value("X-Request-Id")));
        return std::move(response);
    });

    m_http.setMissingHandler(
        [](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            const RequestContext missing = RequestContext::from(request);
            const Reply reply =
                Reply::problem(404, QStringLiteral("not-found"), QStringLiteral("Not found"),
                               QStringLiteral("There is no such resource."));
            QHttpServerResponse response = reply.toResponse();
            decorate(response, missing.requestId);
            logRequest(missing, reply.status);
            response.write(std::move(responder));
        });
}

ApiServer::~ApiServer()
{
    // Parked long-polls are dropped unanswered (their sockets close with the
    // server); the hub must not call into this object any more.
    for (const auto &waiter : std::as_const(m_waiters)) {
        m_context.events.unsubscribe(waiter->subscription);
        QObject::disconnect(waiter->disconnected);
        delete waiter->timer; // not inside its signal here
        waiter->timer = nullptr;
    }
    m_waiters.clear();
    // Handlers on the pool use m_context: let them finish first. Their
    // answers are then dropped with this object.
    m_pool.clear();
    m_pool.waitForDone();
}

bool ApiServer::listen(const QHostAddress &address, quint16 port,
                       const std::optional<QSslConfiguration> &tls, QString *errorMessage)
{
    QTcpServer *server = nullptr;
    if (tls) {
        auto *sslServer = new GuardedSslServer(m_limits);
        sslServer->setSslConfiguration(*tls);
        server = sslServer;
    } else {
        server = new GuardedTcpServer(m_limits);
    }
    if (!server->listen(address, port)) {
        *errorMessage = QStringLiteral("cannot listen on %1:%2: %3")
                            .arg(address.toString())
                            .arg(port)
                            .arg(server->errorString());
        delete server;
        return false;
    }
    m_http.bind(server); // takes ownership
    m_port = server->serverPort();
    return true;
}

template<typename... Args> void ApiServer::addRoute(const Route &route)
{
    const Route *target = &route; // routeTable() is static: the address stays valid
    const QString pattern = toQtPattern(route.path);
    if (route.execution == Execution::EventLoop) {
        m_http.route(pattern, route.method,
                     [this, target](const Args &...arguments, const QHttpServerRequest &request) {
                         return runOnEventLoop(*target, QStringList { arguments... }, request);
                     });
    } else if (route.execution == Execution::ThreadPool) {
        m_http.route(pattern, route.method,
                     [this, target](const Args &...arguments, const QHttpServerRequest &request,
                                    QHttpServerResponder &&responder) {
                         runOnPool(*target, QStringList { arguments... }, request,
                                   std::move(responder));
                     });
    } else {
        Q_ASSERT(route.longPoll);
        m_http.route(pattern, route.method,
                     [this, target](const Args &...arguments, const QHttpServerRequest &request,
                                    QHttpServerResponder &&responder) {
                         runLongPoll(*target, QStringList { arguments... }, request,
                                     std::move(responder));
                     });
    }
}

QHttpServerResponse ApiServer::runOnEventLoop(const Route &route, QStringList arguments,
                                              const QHttpServerRequest &request)
{
    const RequestContext context = RequestContext::from(request, std::move(arguments));
    const Reply reply = call(route, context);
    QHttpServerResponse response = reply.toResponse();
    decorate(response, context.requestId);
    logRequest(context, reply.status);
    return response;
}

void ApiServer::runOnPool(const Route &route, QStringList arguments,
                          const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    const RequestContext context = RequestContext::from(request, std::move(arguments));
    // QHttpServer 6.4 deletes the socket (and the request the responder
    // points into) when the client goes away; the answer must not outlive them.
    QPointer<QTcpSocket> socket(responder.socket());
    auto held = std::make_shared<QHttpServerResponder>(std::move(responder));
    const Route *target = &route;
    QtConcurrent::run(&m_pool, [this, target, context] {
        return call(*target, context);
    }).then(this, [context, socket, held](const Reply &reply) {
        if (!socket || socket->state() != QAbstractSocket::ConnectedState) {
            qCInfo(lcHttp).noquote() << methodName(context.method) << context.path
                                     << "client gone before the answer, id" << context.requestId;
            return;
        }
        QHttpServerResponse response = reply.toResponse();
        decorate(response, context.requestId);
        logRequest(context, reply.status);
        response.write(std::move(*held));
    });
}

void ApiServer::runLongPoll(const Route &route, QStringList arguments,
                            const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    const RequestContext context = RequestContext::from(request, std::move(arguments));
    PollOutcome outcome;
    bool wait = false;
    const Reply first = guarded(context, [&] {
        outcome = route.longPoll(m_context, context);
        wait = !outcome.now;
        return outcome.now.value_or(Reply {});
    });
    if (!wait) {
        answer(responder, context, first);
        return;
    }
    park(context, std::move(responder), std::move(outcome));
}

void ApiServer::park(const RequestContext &context, QHttpServerResponder &&responder,
                     PollOutcome outcome)
{
    const quint64 key = m_nextWaiter++;
    auto waiter = std::make_shared<Waiter>();
    waiter->context = context;
    waiter->socket = responder.socket();
    waiter->responder = std::make_unique<QHttpServerResponder>(std::move(responder));
    waiter->outcome = std::move(outcome);
    waiter->subscription =
        m_context.events.subscribe(waiter->outcome.topic, [this, key] { wake(key); });
    waiter->timer = new QTimer;
    waiter->timer->setSingleShot(true);
    connect(waiter->timer, &QTimer::timeout, this, [this, key] {
        const auto found = m_waiters.value(key);
        if (found)
            finish(key, guarded(found->context, found->outcome.timeout));
    });
    // A client that goes away frees its place at once (QHttpServer 6.4
    // deletes the socket, and the request with it, on disconnect).
    if (waiter->socket)
        waiter->disconnected = connect(waiter->socket.data(), &QAbstractSocket::disconnected, this,
                                       [this, key] { finish(key, std::nullopt); });
    waiter->timer->start(std::max(0, waiter->outcome.waitMs));
    m_waiters.insert(key, waiter);
}

void ApiServer::wake(quint64 key)
{
    const auto waiter = m_waiters.value(key);
    if (!waiter)
        return;
    std::optional<Reply> reply;
    const Reply failure = guarded(waiter->context, [&] {
        reply = waiter->outcome.poll();
        return Reply {};
    });
    if (failure.status >= 500)
        reply = failure;
    if (reply)
        finish(key, reply);
}

void ApiServer::finish(quint64 key, const std::optional<Reply> &reply)
{
    const auto waiter = m_waiters.take(key);
    if (!waiter)
        return;
    m_context.events.unsubscribe(waiter->subscription);
    QObject::disconnect(waiter->disconnected);
    waiter->timer->stop();
    if (!reply || !waiter->socket || waiter->socket->state() != QAbstractSocket::ConnectedState) {
        qCInfo(lcHttp).noquote() << methodName(waiter->context.method) << waiter->context.path
                                 << "client gone while waiting, id" << waiter->context.requestId;
        return;
    }
    answer(*waiter->responder, waiter->context, *reply);
}

Reply ApiServer::call(const Route &route, const RequestContext &request)
{
    return guarded(request, [&] { return route.handler(m_context, request); });
}

Reply ApiServer::guarded(const RequestContext &request, const std::function<Reply()> &work)
{
    // Nothing escapes a handler: bad input is the handler's 4xx, anything
    // else is logged here with the request id and answered without details.
    try {
        return work();
    } catch (const DatabaseError &error) {
        qCWarning(lcStore).noquote()
            << "request" << request.requestId << "database error:" << error.message();
        return Reply::problem(
                   503, QStringLiteral("service-unavailable"),
                   QStringLiteral("Service unavailable"),
                   QStringLiteral(
                       "The service is temporarily unavailable. Please try again later."))
            .withHeader("Retry-After", "5");
    } catch (const std::exception &error) {
        qCCritical(lcHttp) << "request" << request.requestId << "failed:" << error.what();
    } catch (...) {
        qCCritical(lcHttp) << "request" << request.requestId << "failed with an unknown exception";
    }
    return Reply::problem(500, QStringLiteral("internal-error"), QStringLiteral("Internal error"),
                          QStringLiteral("Something went wrong on our side."));
}

} // namespace rathaus::server::http
