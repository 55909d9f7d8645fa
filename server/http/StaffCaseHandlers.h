#pragma once

#include "server/http/HandlerContext.h"
#include "server/http/Reply.h"
#include "server/http/RequestContext.h"

namespace rathaus::server::http::handlers {

// The office's cases (api.md "Staff"; domain/StaffCaseService.h). Caseworkers
// and leads of an office only: anonymous 401, citizens and admins 403,
// another office's case 404.
// GET /api/v1/staff/cases?status=&assignee=&service_id=&q=&overdue=&cursor=&limit=
Reply staffCases(HandlerContext &context, const RequestContext &request);
// GET /api/v1/staff/cases/{id} (logged as a read of the citizen's data)
Reply staffCase(HandlerContext &context, const RequestContext &request);
// POST /api/v1/staff/cases/{id}/assign {assignee}
Reply assignCase(HandlerContext &context, const RequestContext &request);
// POST /api/v1/staff/cases/{id}/transition {to, note?, reason?, until?} + If-Match
Reply transitionCase(HandlerContext &context, const RequestContext &request);
// POST /api/v1/staff/cases/{id}/notes {body}
Reply addCaseNote(HandlerContext &context, const RequestContext &request);
// POST /api/v1/staff/cases/{id}/documents (thread pool: signs)
Reply issueDocument(HandlerContext &context, const RequestContext &request);
// GET /api/v1/staff/stats: the lead of an office only (caseworkers 403).
Reply staffStats(HandlerContext &context, const RequestContext &request);

} // namespace rathaus::server::http::handlers
