#pragma once

#include "server/http/HandlerContext.h"
#include "server/http/Reply.h"
#include "server/http/RequestContext.h"

namespace rathaus::server::http::handlers {

// GET /api/v1/health
Reply health(HandlerContext &context, const RequestContext &request);
// GET /api/v1/offices
Reply offices(HandlerContext &context, const RequestContext &request);
// GET /api/v1/services
Reply services(HandlerContext &context, const RequestContext &request);
// GET /api/v1/services/{id}
Reply service(HandlerContext &context, const RequestContext &request);

} // namespace rathaus::server::http::handlers
