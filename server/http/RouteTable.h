#pragma once

#include "server/http/LongPoll.h"
#include "server/http/Reply.h"
#include "server/http/RequestContext.h"

#include <QHttpServerRequest>
#include <QList>
#include <QString>

namespace rathaus::server::http {

struct HandlerContext;

using Handler = Reply (*)(HandlerContext &context, const RequestContext &request);
using LongPollHandler = PollOutcome (*)(HandlerContext &context, const RequestContext &request);

// Where a handler runs: on the server's event loop (quick database reads and
// writes), or on the backend's thread pool (argon2, signing, heavy queries),
// answering later through a responder so the event loop never waits; or
// LongPoll: `longPoll` decides on the event loop and may park the request
// until an EventHub notification or a timeout, holding no thread meanwhile
// (server/http/LongPoll.h). `handler` is then unused (nullptr).
enum class Execution { EventLoop, ThreadPool, LongPoll };

// One route, as data. `path` is the OpenAPI path template ("/api/v1/services/{id}"):
// the server registers exactly these, and tests/api/test_openapi_routes checks
// docs/openapi.yaml against this same list.
struct Route
{
    QHttpServerRequest::Method method;
    QString path;
    Handler handler;
    Execution execution = Execution::EventLoop;
    LongPollHandler longPoll = nullptr;
};

const QList<Route> &routeTable();

// "/api/v1/services/{id}" -> "/api/v1/services/<arg>" (QHttpServer's form).
QString toQtPattern(const QString &pathTemplate);
int placeholderCount(const QString &pathTemplate);

} // namespace rathaus::server::http
