#pragma once

#include "server/http/HandlerContext.h"
#include "server/http/Reply.h"
#include "server/http/RequestContext.h"

namespace rathaus::server::http::handlers {

// GET /api/v1/staff/citizens/{id}/records?purpose=&legal_basis=&application_id=
// Staff only (citizens and admins: 403), office-scoped (a caseworker or lead
// gets the records of their own office only), purpose required (422).
// Every record returned is logged as a `read` in the citizen's access log in
// the same transaction; if the log cannot be written the answer is 503 and
// carries no data.
Reply staffCitizenRecords(HandlerContext &context, const RequestContext &request);

} // namespace rathaus::server::http::handlers
