#pragma once

#include "server/http/HandlerContext.h"
#include "server/http/Reply.h"
#include "server/http/RequestContext.h"

namespace rathaus::server::http::handlers {

// Transfers and consents (domain/TransferService.h).
// Staff (caseworker, lead): office-scoped.
// POST /api/v1/staff/transfers
Reply staffRequestTransfer(HandlerContext &context, const RequestContext &request);
// GET /api/v1/staff/transfers?status=&application_id=&cursor=&limit=
Reply staffListTransfers(HandlerContext &context, const RequestContext &request);
// GET /api/v1/staff/transfers/{id}/records (the receiving office; logged)
Reply staffTransferRecords(HandlerContext &context, const RequestContext &request);

// Citizens only (staff: 403).
// GET /api/v1/me/transfers?status=&cursor=&limit=
Reply myTransfers(HandlerContext &context, const RequestContext &request);
// POST /api/v1/me/transfers
Reply createMyTransfer(HandlerContext &context, const RequestContext &request);
// POST /api/v1/me/transfers/{id}/approve|decline|withdraw
Reply approveMyTransfer(HandlerContext &context, const RequestContext &request);
Reply declineMyTransfer(HandlerContext &context, const RequestContext &request);
Reply withdrawMyTransfer(HandlerContext &context, const RequestContext &request);

} // namespace rathaus::server::http::handlers
