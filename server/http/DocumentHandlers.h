#pragma once

#include "server/http/HandlerContext.h"
#include "server/http/Reply.h"
#include "server/http/RequestContext.h"

namespace rathaus::server::http::handlers {

// GET /api/v1/documents/{id}: the citizen's own document (visible ones only;
// anything else 404, staff 403).
Reply getDocument(HandlerContext &context, const RequestContext &request);
// GET /api/v1/documents/{serial}/verify: public; re-checks the stored
// signature against the office's published key.
Reply verifyDocument(HandlerContext &context, const RequestContext &request);

} // namespace rathaus::server::http::handlers
