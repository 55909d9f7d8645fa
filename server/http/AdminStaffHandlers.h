#pragma once

#include "server/http/HandlerContext.h"
#include "server/http/Reply.h"
#include "server/http/RequestContext.h"

namespace rathaus::server::http::handlers {

// Staff accounts, for administrators only (see domain/StaffAdminService.h).
// GET  /api/v1/admin/staff
Reply listStaffAccounts(HandlerContext &context, const RequestContext &request);
// GET  /api/v1/admin/staff/{id}
Reply getStaffAccount(HandlerContext &context, const RequestContext &request);
// POST /api/v1/admin/staff -> 201 with the TOTP secret (once); hashes: thread pool
Reply createStaffAccount(HandlerContext &context, const RequestContext &request);
// PUT  /api/v1/admin/staff/{id} {display_name?, role?, office_id?, disabled?}
Reply updateStaffAccount(HandlerContext &context, const RequestContext &request);
// POST /api/v1/admin/staff/{id}/totp -> a new TOTP secret (once)
Reply resetStaffTotp(HandlerContext &context, const RequestContext &request);

} // namespace rathaus::server::http::handlers
