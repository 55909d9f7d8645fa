#pragma once

#include "common/core/Result.h"
#include "server/domain/IdempotentCreate.h"
#include "server/http/Reply.h"
#include "server/http/RequestContext.h"

#include <QJsonObject>
#include <QString>

namespace rathaus::server::http {

// The request's Idempotency-Key (api.md "Conventions"): 1..255 visible ASCII
// characters; 400 `idempotency-key-required` when absent, 400
// `invalid-idempotency-key` when malformed (transfers, payments).
Result<QString> idempotencyKeyOf(const RequestContext &request);

// The optional Idempotency-Key of a creating write other than a submission:
// absent is fine (no key), present must be 1..255 visible ASCII (else 400).
Result<IdempotentCreate> optionalIdempotency(const RequestContext &request, const QString &userId,
                                             const QJsonObject &body);

// 201 with the stored JSON, `Idempotent-Replayed: true` when repeated.
Reply createdReply(const IdempotentCreate::Answer &answer);

} // namespace rathaus::server::http
