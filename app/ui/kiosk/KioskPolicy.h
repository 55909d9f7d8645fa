#pragma once

#include <QString>

namespace rathaus::ui {

// What the pages may do with files when the program runs as a kiosk. Process
// wide because a kiosk is a kind of run, not a setting of one page: the
// pages that save or pick files ask here instead of each carrying a flag.
class KioskPolicy
{
public:
    static bool isActive();
    static void setActive(bool active); // DesktopApp, at start

    // Documents, receipts and the data export: at a kiosk they are printed
    // (or shown), never written to the kiosk's disk.
    static bool savesFiles() { return !isActive(); }
    // Where a file dialog to attach a document opens: at a kiosk the
    // removable media (a USB stick), the same place every time; else the
    // user's documents.
    static QString attachFolder();
};

} // namespace rathaus::ui
