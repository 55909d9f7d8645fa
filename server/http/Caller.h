#pragma once

#include "common/core/Result.h"
#include "server/http/HandlerContext.h"
#include "server/http/Reply.h"
#include "server/http/RequestContext.h"
#include "server/store/UserRepository.h"

namespace rathaus::server::http {

// Who is calling, decided once for every handler so that the rules (401 with a
// Bearer challenge, 403 for the wrong role) cannot drift between files.

// The problem as a reply; a 401 carries `WWW-Authenticate: Bearer`.
Reply refusal(const Problem &problem);

// Any signed-in user (401 otherwise).
Result<UserRecord> callerOf(HandlerContext &context, const RequestContext &request);

// A signed-in citizen (401, 403 for staff).
Result<UserRecord> citizenOf(HandlerContext &context, const RequestContext &request);

// A caseworker or lead bound to an office (401, 403 for citizens and admins).
Result<UserRecord> officeStaffOf(HandlerContext &context, const RequestContext &request);

// The city's administrator (401, 403 for everyone else).
Result<UserRecord> adminOf(HandlerContext &context, const RequestContext &request);

} // namespace rathaus::server::http
