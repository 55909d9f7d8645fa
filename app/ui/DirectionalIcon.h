#pragma once

#include <QIcon>
#include <QString>

namespace rathaus::ui {

// An icon that points "forward" or "back" (arrows): drawn mirrored while the
// application is laid out right to left (Arabic). Decided at paint time, so a
// language switch at run time needs no re-setting of icons.
QIcon directionalIcon(const QString &fileName);

} // namespace rathaus::ui
