#include "server/http/ApiServer.h"

#include "server/Logging.h"
#include "server/http/BodySizeGuard.h"
#include "server/store/DatabaseError.h"

#include <QPointer>
#include <QTcpSocket>
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

} // namespace

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
    } else {
        m_http.route(pattern, route.method,
                     [this, target](const Args &...arguments, const QHttpServerRequest &request,
                                    QHttpServerResponder &&responder) {
                         runOnPool(*target, QStringList { arguments... }, request,
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

Reply ApiServer::call(const Route &route, const RequestContext &request)
{
    // Nothing escapes a handler: bad input is the handler's 4xx, anything
    // else is logged here with the request id and answered without details.
    try {
        return route.handler(m_context, request);
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
