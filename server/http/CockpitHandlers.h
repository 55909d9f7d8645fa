#pragma once

#include "common/wire/Record.h"
#include "server/http/HandlerContext.h"
#include "server/http/Reply.h"
#include "server/http/RequestContext.h"

namespace rathaus::server {
struct StoredRecord;
}

namespace rathaus::server::http::handlers {

// A stored record in its wire form (also used by the staff records endpoint).
Record recordToWire(const StoredRecord &stored);

// GET /api/v1/me/records: what the city's offices hold about the caller.
Reply myRecords(HandlerContext &context, const RequestContext &request);

} // namespace rathaus::server::http::handlers
