#pragma once

#include "server/store/Migrations.h"

namespace rathaus::server {

// The schema step for applications, their history, the reference counter and
// idempotency keys (kept beside the repositories that use it).
Migration applicationsMigration(int version);

} // namespace rathaus::server
