#pragma once

#include "server/http/HandlerContext.h"
#include "server/http/Reply.h"
#include "server/http/RequestContext.h"

namespace rathaus::server::http::handlers {

// GET /api/v1/admin/services
Reply adminServices(HandlerContext &context, const RequestContext &request);
// GET /api/v1/admin/services/{id}
Reply adminService(HandlerContext &context, const RequestContext &request);
// POST /api/v1/admin/services
Reply createAdminService(HandlerContext &context, const RequestContext &request);
// PUT /api/v1/admin/services/{id} (If-Match: the service's version)
Reply replaceAdminService(HandlerContext &context, const RequestContext &request);

} // namespace rathaus::server::http::handlers
