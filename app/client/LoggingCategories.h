#pragma once

#include <QLoggingCategory>

// One category per concern, quiet by default: warnings only, until
// QT_LOGGING_RULES="rathaus.client.*=true" turns on info and debug.
// Nothing logged here may contain a token, a password, a TOTP code or
// personal data: log request ids, paths and statuses instead.
Q_DECLARE_LOGGING_CATEGORY(lcApi)
Q_DECLARE_LOGGING_CATEGORY(lcSession)
Q_DECLARE_LOGGING_CATEGORY(lcKeychain)
Q_DECLARE_LOGGING_CATEGORY(lcBackend)
Q_DECLARE_LOGGING_CATEGORY(lcUi)
Q_DECLARE_LOGGING_CATEGORY(lcDrafts)
Q_DECLARE_LOGGING_CATEGORY(lcOutbox)
