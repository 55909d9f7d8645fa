#pragma once

#include "server/http/HandlerContext.h"
#include "server/http/Reply.h"
#include "server/http/RequestContext.h"

namespace rathaus::server::http::handlers {

// GET /api/v1/me/records: what the city's offices hold about the caller.
Reply myRecords(HandlerContext &context, const RequestContext &request);

} // namespace rathaus::server::http::handlers
