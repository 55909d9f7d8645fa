#pragma once

#include "server/store/Migrations.h"

namespace rathaus::server {

// Migration 7: the office's side of a case (internal notes, issued documents),
// the citizen's events feed, and the indexes of the staff case list.
Migration casesMigration(int version);

} // namespace rathaus::server
