#pragma once

#include "server/http/BodySizeGuard.h"
#include "server/http/HandlerContext.h"
#include "server/http/Reply.h"
#include "server/http/RequestContext.h"
#include "server/http/RouteTable.h"

#include <QHash>
#include <QHostAddress>
#include <QHttpServer>
#include <QObject>
#include <QSslConfiguration>
#include <QThreadPool>

#include <functional>
#include <memory>
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
    void runLongPoll(const Route &route, QStringList arguments, const QHttpServerRequest &request,
                     QHttpServerResponder &&responder);
    Reply call(const Route &route, const RequestContext &request);
    // Runs `work`, turning anything it throws into a problem reply.
    Reply guarded(const RequestContext &request, const std::function<Reply()> &work);

    // A parked long-poll (Execution::LongPoll), keyed by its own number.
    struct Waiter;
    void park(const RequestContext &context, QHttpServerResponder &&responder,
              PollOutcome outcome);
    void wake(quint64 key);
    void finish(quint64 key, const std::optional<Reply> &reply);

    HandlerContext &m_context;
    BodySizeGuard::Limits m_limits;
    QThreadPool m_pool;
    QHash<quint64, std::shared_ptr<Waiter>> m_waiters;
    quint64 m_nextWaiter = 1;
    QHttpServer m_http;
    quint16 m_port = 0;
};

} // namespace rathaus::server::http
