#include "app/ui/kiosk/KioskPolicy.h"

#include <QDir>
#include <QStandardPaths>

namespace rathaus::ui {

namespace {
bool kioskActive = false;
} // namespace

bool KioskPolicy::isActive()
{
    return kioskActive;
}

void KioskPolicy::setActive(bool active)
{
    kioskActive = active;
}

QString KioskPolicy::attachFolder()
{
    if (!kioskActive)
        return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    // Where desktops mount USB sticks, most specific first.
    const QString user = qEnvironmentVariable("USER");
    const QStringList candidates { QStringLiteral("/run/media/") + user,
                                   QStringLiteral("/media/") + user, QStringLiteral("/media"),
                                   QStringLiteral("/mnt") };
    for (const QString &folder : candidates) {
        if (QDir(folder).exists())
            return folder;
    }
    return QDir::rootPath();
}

} // namespace rathaus::ui
