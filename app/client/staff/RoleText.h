#pragma once

#include "common/wire/Session.h"

#include <QString>

namespace rathaus::client {

// The words a person reads for an account's role ("Sachbearbeitung", ...),
// translated at call time (context "RoleText"): one place for the staff
// home page, the administrator's account list and its dialogs.
class RoleText
{
public:
    static QString displayName(Role role);
};

} // namespace rathaus::client
