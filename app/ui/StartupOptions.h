#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

namespace rathaus::ui {

// What the command line asks for: rathaus [--backend URL] [--lang de|en] [--probe-startup]
// [--kiosk [--kiosk-idle-seconds N]]
struct StartupOptions
{
    QUrl backendUrl; // empty: settings, then the embedded demo city
    QString language; // empty: settings, then the system locale
    bool probeStartup = false;
    QString dataDirectory; // empty: the user's data folder (the demo city's database)
    // The citizens' office kiosk: full screen, citizens only, signed out after
    // inactivity, nothing of the person kept (see KioskShell).
    bool kiosk = false;
    int kioskIdleSeconds = 120; // no input this long: the countdown starts
    int kioskCountdownSeconds = 20; // not on the command line; tests shorten it

    // Parses `arguments` (argv as strings); on --help/--version or an error
    // prints and exits like every command-line program.
    static StartupOptions parse(const QStringList &arguments);
};

} // namespace rathaus::ui
