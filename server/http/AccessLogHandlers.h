#pragma once

#include "server/http/HandlerContext.h"
#include "server/http/Reply.h"
#include "server/http/RequestContext.h"

namespace rathaus::server::http::handlers {

// GET /api/v1/me/access-log?cursor=&limit=&office_id=&action=
// The caller's access log, newest first, keyset-paged by the chain's seq:
// {items: [AccessLogEntry], next_cursor}. Entries whose disclosure is
// deferred (hidden_until in the future) are left out, which leaves a gap in
// the chain: the client verifies contiguous runs (see server/README.md).
Reply myAccessLog(HandlerContext &context, const RequestContext &request);

} // namespace rathaus::server::http::handlers
