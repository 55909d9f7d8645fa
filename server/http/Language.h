#pragma once

#include "server/http/RequestContext.h"

#include <QString>

namespace rathaus::server::http {

// The language of texts the backend words itself (status labels, next steps,
// service titles in staff lists): "en" when Accept-Language prefers English
// over German, else "de" (German is the users' main language and the default
// for anything else or no header).
QString preferredLanguage(const RequestContext &request);

} // namespace rathaus::server::http
