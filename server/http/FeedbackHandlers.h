#pragma once

#include "server/http/HandlerContext.h"
#include "server/http/Reply.h"
#include "server/http/RequestContext.h"

namespace rathaus::server::http::handlers {

// See domain/FeedbackService.h.
// POST /api/v1/feedback {service_id?, text} (any signed-in user)
Reply postFeedback(HandlerContext &context, const RequestContext &request);
// GET /api/v1/staff/feedback?service_id=&cursor=&limit= (leads: their office; admins: all)
Reply listFeedback(HandlerContext &context, const RequestContext &request);

} // namespace rathaus::server::http::handlers
