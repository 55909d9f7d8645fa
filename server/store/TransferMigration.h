#pragma once

#include "server/store/Migrations.h"

namespace rathaus::server {

// The schema step for transfers between offices and the citizen's consent to
// them (domain.md "Transfers and consents"): the transfers, their history,
// the receiving office's copies, and the access log's retention anchors.
Migration transfersMigration(int version);

} // namespace rathaus::server
