#pragma once

#include <QLoggingCategory>

// One category per module, quiet by default (warnings only): the embedded demo
// backend must not chatter into the desktop client's output. rathaus-server
// turns the info level on. Never log tokens, passwords, TOTP codes or
// personal data: request ids, paths without query and pseudonymous ids only.
Q_DECLARE_LOGGING_CATEGORY(lcServer)
Q_DECLARE_LOGGING_CATEGORY(lcHttp)
Q_DECLARE_LOGGING_CATEGORY(lcStore)
Q_DECLARE_LOGGING_CATEGORY(lcDomain)
