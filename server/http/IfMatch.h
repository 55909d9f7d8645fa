#pragma once

#include "common/core/Result.h"
#include "server/http/RequestContext.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace rathaus::server::http {

// Optimistic concurrency for replacing writes (api.md "Conventions"): the
// client sends back the version its GET carried in ETag.

// The version an If-Match value names: "3" as ETag sent it, or bare 3.
// 0 when the value is empty (no header); nullopt when it is malformed: not a
// positive integer, a weak tag (W/"3"), a list or "*".
std::optional<int> parseIfMatch(const QByteArray &value);

// The request's If-Match as a version of `resource` ("service", "case"),
// read by `readRoute` ("GET /staff/cases/{id}"): 428 `if-match-required`
// when absent, 400 `invalid-if-match` when malformed.
Result<int> requiredIfMatch(const RequestContext &request, const QString &resource,
                            const QString &readRoute);

} // namespace rathaus::server::http
