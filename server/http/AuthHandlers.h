#pragma once

#include "server/http/HandlerContext.h"
#include "server/http/Reply.h"
#include "server/http/RequestContext.h"

namespace rathaus::server::http::handlers {

// POST /api/v1/auth/login (runs on the thread pool: argon2id)
Reply login(HandlerContext &context, const RequestContext &request);
// POST /api/v1/auth/refresh
Reply refresh(HandlerContext &context, const RequestContext &request);
// POST /api/v1/auth/logout
Reply logout(HandlerContext &context, const RequestContext &request);
// GET /api/v1/me
Reply me(HandlerContext &context, const RequestContext &request);

} // namespace rathaus::server::http::handlers
