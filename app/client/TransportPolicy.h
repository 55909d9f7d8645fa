#pragma once

#include "common/core/Problem.h"

#include <QUrl>

#include <optional>

namespace rathaus::client {

// Which backend URLs the client may talk to: HTTPS anywhere, plain HTTP only
// to this machine (the embedded demo backend, a developer's local server).
// Everything else would send passwords and tokens in clear text.
class TransportPolicy
{
public:
    static bool isLoopbackHost(const QString &host);
    // A Problem the UI can show when `url` must not be used, nothing when it may.
    static std::optional<Problem> check(const QUrl &url);
};

} // namespace rathaus::client
