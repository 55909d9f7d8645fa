#include "app/client/LoggingCategories.h"

Q_LOGGING_CATEGORY(lcApi, "rathaus.client.api", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSession, "rathaus.client.session", QtWarningMsg)
Q_LOGGING_CATEGORY(lcKeychain, "rathaus.client.keychain", QtWarningMsg)
Q_LOGGING_CATEGORY(lcBackend, "rathaus.client.backend", QtWarningMsg)
Q_LOGGING_CATEGORY(lcUi, "rathaus.client.ui", QtWarningMsg)
Q_LOGGING_CATEGORY(lcDrafts, "rathaus.client.drafts", QtWarningMsg)
Q_LOGGING_CATEGORY(lcOutbox, "rathaus.client.outbox", QtWarningMsg)
