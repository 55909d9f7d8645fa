#pragma once

#include "common/core/Result.h"
#include "server/http/RequestContext.h"

#include <QString>

namespace rathaus::server::http {

// The request's Idempotency-Key (api.md "Conventions"): 1..255 visible ASCII
// characters; 400 `idempotency-key-required` when absent, 400
// `invalid-idempotency-key` when malformed. The same rule as for
// applications (ApplicationHandlers), for the transfer endpoints.
Result<QString> idempotencyKeyOf(const RequestContext &request);

} // namespace rathaus::server::http
