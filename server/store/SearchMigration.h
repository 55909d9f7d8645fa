#pragma once

#include "server/store/Migrations.h"

namespace rathaus::server {

// The staff case list at scale: the words of citizens' names for `q`
// (store/CitizenNameIndex), filled for the citizens already there.
Migration searchMigration(int version);

} // namespace rathaus::server
