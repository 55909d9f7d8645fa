#pragma once

#include "server/http/HandlerContext.h"
#include "server/http/LongPoll.h"
#include "server/http/RequestContext.h"

namespace rathaus::server::http::handlers {

// GET /api/v1/me/events?since=&wait= (citizens; long-poll, Execution::LongPoll):
// {items: [{seq, at, kind, application_id, subject_id, payload}], next_since}.
// Answers at once when there are events after `since` or wait=0; else waits
// up to `wait` seconds (default and maximum 25) for the citizen's next commit.
PollOutcome myEvents(HandlerContext &context, const RequestContext &request);

} // namespace rathaus::server::http::handlers
