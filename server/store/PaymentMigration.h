#pragma once

#include "server/store/Migrations.h"

namespace rathaus::server {

// The schema step for uploads (with their content), their links to
// applications, payments and refunds, and the demo payment provider's own
// checkout table (kept beside the repositories that use it).
Migration uploadsAndPaymentsMigration(int version);

} // namespace rathaus::server
