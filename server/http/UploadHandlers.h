#pragma once

#include "server/http/HandlerContext.h"
#include "server/http/Reply.h"
#include "server/http/RequestContext.h"

namespace rathaus::server::http::handlers {

// POST /api/v1/uploads: the raw file as body, its Content-Type, X-Filename
// (percent-encoded UTF-8). See domain/UploadService.h.
Reply createUpload(HandlerContext &context, const RequestContext &request);
// GET /api/v1/uploads/{id}: the file (owner; staff of a referring office).
Reply getUpload(HandlerContext &context, const RequestContext &request);

} // namespace rathaus::server::http::handlers
