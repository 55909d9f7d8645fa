#pragma once

#include "server/http/BodySizeGuard.h"
#include "server/http/HandlerContext.h"
#include "server/http/Reply.h"
#include "server/http/RequestContext.h"
#include "server/http/RouteTable.h"

#include <QHostAddress>
#include <QHttpServer>
#include <QObject>
#include <QSslConfiguration>
#include <QThreadPool>

#include <optional>

namespace rathaus::server::http {

// The HTTP face of the backend: registers routeTable() on a QHttpServer,
// answers unknown routes with a problem+json 404, puts X-Request-Id on every
// response, turns every failure inside a handler into a problem (database
// trouble: 503 "service-unavailable", never SQL in the answer), and runs
// thread-pool routes off the event loop. Lives in (and must be destroyed on)
// the thread that created it.
class ApiServer : public QObject
{
    Q_OBJECT
public:
    ApiServer(HandlerContext &context, BodySizeGuard::Limits limits, QObject *parent = nullptr);
    ~ApiServer() override;

    bool listen(const QHostAddress &address, quint16 port,
                const std::optional<QSslConfiguration> &tls, QString *errorMessage);
    quint16 port() const { return m_port; }

private:
    template<typename... Args> void addRoute(const Route &route);
    QHttpServerResponse runOnEventLoop(const Route &route, QStringList arguments,
                                       const QHttpServerRequest &request);
    void runOnPool(const Route &route, QStringList arguments, const QHttpServerRequest &request,
                   QHttpServerResponder &&responder);
    Reply call(const Route &route, const RequestContext &request);

    HandlerContext &m_context;
    BodySizeGuard::Limits m_limits;
    QThreadPool m_pool;
    QHttpServer m_http;
    quint16 m_port = 0;
};

} // namespace rathaus::server::http
