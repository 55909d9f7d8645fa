#pragma once

#include "server/http/HandlerContext.h"
#include "server/http/Reply.h"
#include "server/http/RequestContext.h"

namespace rathaus::server::http::handlers {

// See domain/MessageService.h and domain/InfoRequestService.h.
// Citizens (staff: 403); another citizen's application is 404.
// GET /api/v1/applications/{id}/messages?cursor=&limit=
Reply listApplicationMessages(HandlerContext &context, const RequestContext &request);
// POST /api/v1/applications/{id}/messages {body, uploads?}
Reply postApplicationMessage(HandlerContext &context, const RequestContext &request);
// POST /api/v1/applications/{id}/answer {data?, message?, uploads?}
Reply answerApplication(HandlerContext &context, const RequestContext &request);

// Caseworkers and leads of the case's office (other staff and citizens: 403;
// another office's case: 404).
// GET /api/v1/staff/cases/{id}/messages?cursor=&limit=
Reply listCaseMessages(HandlerContext &context, const RequestContext &request);
// POST /api/v1/staff/cases/{id}/messages {body, uploads?}
Reply postCaseMessage(HandlerContext &context, const RequestContext &request);

// POST /api/v1/me/records/{id}/correction {body, uploads?} (citizens)
Reply requestRecordCorrection(HandlerContext &context, const RequestContext &request);
// GET /api/v1/me/records/{id}/messages?cursor=&limit= (citizens: the record's thread)
Reply listRecordMessages(HandlerContext &context, const RequestContext &request);
// GET /api/v1/staff/messages?unanswered=&cursor=&limit= (caseworkers and leads: their office)
Reply listOfficeMessages(HandlerContext &context, const RequestContext &request);

// POST /api/v1/staff/messages/{id}/reply {body, uploads?} (into that message's thread)
Reply replyToMessage(HandlerContext &context, const RequestContext &request);

} // namespace rathaus::server::http::handlers
