#pragma once

#include <QString>

namespace rathaus::detail {

// True when `password` (any case) is in common-passwords.txt.
bool isCommonPassword(const QString &password);

} // namespace rathaus::detail
