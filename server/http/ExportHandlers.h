#pragma once

#include "server/http/HandlerContext.h"
#include "server/http/Reply.h"
#include "server/http/RequestContext.h"

namespace rathaus::server::http::handlers {

// GET /api/v1/me/export: everything the city holds on the caller, one JSON
// document (citizens; staff: 403). Runs on the thread pool: a long access
// log makes it the heaviest read there is.
Reply myExport(HandlerContext &context, const RequestContext &request);

} // namespace rathaus::server::http::handlers
