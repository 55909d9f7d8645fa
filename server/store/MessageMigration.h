#pragma once

#include "server/store/Migrations.h"

namespace rathaus::server {

// The schema step for message threads (citizen <-> office), their per-thread
// counters and improvement suggestions (feedback).
Migration messagesMigration(int version);
// Which uploads a message carries: they count as referenced (kept past the
// 24 h cleanup) and the thread's other side may read them.
Migration messageAttachmentsMigration(int version);

} // namespace rathaus::server
