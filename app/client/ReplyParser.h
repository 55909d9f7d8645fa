#pragma once

#include "app/client/ApiRequest.h"

#include <optional>

class QNetworkReply;

namespace rathaus::client {

// Turns a finished reply into the value or the Problem the UI shows. Kept
// apart from ApiClient so the mapping (problem+json, statuses without a
// body, network failures) reads in one place.
class ReplyParser
{
public:
    // `rawBody`: a successful answer is a file, kept as bytes with its type.
    static ApiResult parse(QNetworkReply *reply, bool timedOut, bool rawBody = false);
    // Seconds from a Retry-After header (the delay-seconds form), if any.
    static std::optional<int> retryAfterSeconds(QNetworkReply *reply);
    // Problems worth trying again for a retryable request.
    static bool isTransient(const Problem &problem);
};

} // namespace rathaus::client
