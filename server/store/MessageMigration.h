#pragma once

#include "server/store/Migrations.h"

namespace rathaus::server {

// The schema step for message threads (citizen <-> office), their per-thread
// counters and improvement suggestions (feedback).
Migration messagesMigration(int version);

} // namespace rathaus::server
