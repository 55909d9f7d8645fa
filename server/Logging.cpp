#include "server/Logging.h"

Q_LOGGING_CATEGORY(lcServer, "rathaus.server", QtWarningMsg)
Q_LOGGING_CATEGORY(lcHttp, "rathaus.server.http", QtWarningMsg)
Q_LOGGING_CATEGORY(lcStore, "rathaus.server.store", QtWarningMsg)
Q_LOGGING_CATEGORY(lcDomain, "rathaus.server.domain", QtWarningMsg)
