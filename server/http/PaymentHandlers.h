#pragma once

#include "server/http/HandlerContext.h"
#include "server/http/Reply.h"
#include "server/http/RequestContext.h"

namespace rathaus::server::http::handlers {

// See domain/PaymentService.h.
// POST /api/v1/applications/{id}/payments (citizen; Idempotency-Key)
Reply createPayment(HandlerContext &context, const RequestContext &request);
// GET /api/v1/payments/{id} (owner; staff of the application's office)
Reply getPayment(HandlerContext &context, const RequestContext &request);
// GET /api/v1/payments/{id}/receipt (owner; 409 unless paid)
Reply getReceipt(HandlerContext &context, const RequestContext &request);
// POST /api/v1/staff/payments/{id}/refund (lead of the office; Idempotency-Key)
Reply refundPayment(HandlerContext &context, const RequestContext &request);

// The demo provider's hosted page (HTML, outside /api; no bearer token: it
// opens in the citizen's browser and is guarded by the per-payment token in
// next_url). See domain/DemoPaymentProvider.h.
// GET /pay/demo/{id}?token=
Reply demoPayPage(HandlerContext &context, const RequestContext &request);
// POST /pay/demo/{id} (form: token, card_number, action=pay|cancel)
Reply demoPaySubmit(HandlerContext &context, const RequestContext &request);

} // namespace rathaus::server::http::handlers
