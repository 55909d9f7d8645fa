#pragma once

#include "server/http/HandlerContext.h"
#include "server/http/Reply.h"
#include "server/http/RequestContext.h"

namespace rathaus::server::http::handlers {

// Citizens only (staff: 403). See domain/ApplicationService.h.
// POST /api/v1/applications (Idempotency-Key required; runs on the thread pool)
Reply createApplication(HandlerContext &context, const RequestContext &request);
// GET /api/v1/applications?status=&cursor=&limit=
Reply listApplications(HandlerContext &context, const RequestContext &request);
// GET /api/v1/applications/{id}
Reply getApplication(HandlerContext &context, const RequestContext &request);
// POST /api/v1/applications/{id}/withdraw
Reply withdrawApplication(HandlerContext &context, const RequestContext &request);

} // namespace rathaus::server::http::handlers
