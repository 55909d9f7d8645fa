#pragma once

#include "server/store/Migrations.h"

namespace rathaus::server {

// The schema step that makes the catalogue editable by the administrator:
// an edit version per service (optimistic concurrency, If-Match), who edited
// it last (the demo seed leaves edited services alone), and every form
// schema version ever published, so that an application keeps the form it
// was filed on.
Migration catalogueEditsMigration(int version);

} // namespace rathaus::server
