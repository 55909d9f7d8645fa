#pragma once

#include "server/store/Migrations.h"

namespace rathaus::server {

// The staff case list at scale: the words of citizens' names for `q`
// (store/CitizenNameIndex), filled for the citizens already there.
Migration searchMigration(int version);

// Its second step: the words per office and case in received order
// (store/CaseSearchIndex), so that a name's first page is flat in the cases.
Migration caseSearchMigration(int version);

} // namespace rathaus::server
