#include "app/client/staff/RoleText.h"

#include <QCoreApplication>

namespace rathaus::client {

QString RoleText::displayName(Role role)
{
    switch (role) {
    case Role::Citizen:
        return QCoreApplication::translate("RoleText", "Citizen");
    case Role::Caseworker:
        return QCoreApplication::translate("RoleText", "Caseworker");
    case Role::Lead:
        return QCoreApplication::translate("RoleText", "Head of office");
    case Role::Admin:
        return QCoreApplication::translate("RoleText", "Administrator");
    }
    return {};
}

} // namespace rathaus::client
