#pragma once

#include "server/http/Reply.h"

#include <QString>

#include <functional>
#include <optional>

namespace rathaus::server::http {

// What the handler of an Execution::LongPoll route decides, on the event
// loop: answer now, or wait (holding no thread) until EventHub::notify(topic)
// or the timeout. ApiServer parks the responder; on each notification it
// runs `poll` on the event loop (a short indexed query), and the first
// answer it gives ends the wait; at the timeout `timeout` answers.
struct PollOutcome
{
    std::optional<Reply> now;
    QString topic; // the citizen whose events are awaited
    int waitMs = 0;
    std::function<std::optional<Reply>()> poll;
    std::function<Reply()> timeout;

    static PollOutcome answer(Reply reply)
    {
        PollOutcome outcome;
        outcome.now = std::move(reply);
        return outcome;
    }
};

} // namespace rathaus::server::http
