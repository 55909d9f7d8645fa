#include "app/ui/StartupOptions.h"

#include "app/ui/LanguageManager.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>
#include <cstdlib>

namespace rathaus::ui {

namespace {
[[noreturn]] void failWith(const QString &message)
{
    std::fputs(qPrintable(message + QLatin1Char('\n')), stderr);
    std::exit(2); // the usage error code of command-line programs
}
} // namespace

StartupOptions StartupOptions::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("StartupOptions", "Rathaus: the city hall on your desktop."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption backendOption(
        QStringLiteral("backend"),
        QCoreApplication::translate("StartupOptions",
                                    "The city server to use (https://...). "
                                    "Without it: the built-in demo city."),
        QStringLiteral("URL"));
    const QCommandLineOption languageOption(
        QStringLiteral("lang"),
        QCoreApplication::translate("StartupOptions", "The language of the program: de or en."),
        QStringLiteral("de|en|tr|ar"));
    const QCommandLineOption probeOption(
        QStringLiteral("probe-startup"),
        QCoreApplication::translate("StartupOptions",
                                    "Print the milliseconds from launch until the first "
                                    "window shows data, then quit."));
    const QCommandLineOption dataOption(
        QStringLiteral("data-dir"),
        QCoreApplication::translate("StartupOptions", "The folder for the demo city's data."),
        QStringLiteral("DIR"));
    const QCommandLineOption kioskOption(
        QStringLiteral("kiosk"),
        QCoreApplication::translate("StartupOptions",
                                    "Kiosk mode for the citizens' office: full screen, citizens "
                                    "only, signed out after inactivity, nothing kept."));
    const QCommandLineOption idleOption(
        QStringLiteral("kiosk-idle-seconds"),
        QCoreApplication::translate("StartupOptions",
                                    "Kiosk mode: seconds without input before the sign-out "
                                    "countdown starts (default 120)."),
        QStringLiteral("N"));
    parser.addOptions(
        { backendOption, languageOption, probeOption, dataOption, kioskOption, idleOption });
    parser.process(arguments);

    StartupOptions options;
    if (parser.isSet(backendOption)) {
        options.backendUrl = QUrl::fromUserInput(parser.value(backendOption));
        if (!options.backendUrl.isValid())
            failWith(QCoreApplication::translate("StartupOptions", "Not a valid URL: %1")
                         .arg(parser.value(backendOption)));
    }
    if (parser.isSet(languageOption)) {
        options.language = parser.value(languageOption).toLower();
        // The help texts still name only de and en (their German and English
        // wording is fixed); the Turkish and Arabic ones name all four.
        if (!LanguageManager::availableLanguages().contains(options.language))
            failWith(
                QCoreApplication::translate("StartupOptions", "Unknown language: %1 (use de or en)")
                    .arg(options.language));
    }
    options.probeStartup = parser.isSet(probeOption);
    options.dataDirectory = parser.value(dataOption);
    options.kiosk = parser.isSet(kioskOption);
    if (parser.isSet(idleOption)) {
        bool ok = false;
        options.kioskIdleSeconds = parser.value(idleOption).toInt(&ok);
        if (!ok || options.kioskIdleSeconds < 1)
            failWith(QCoreApplication::translate("StartupOptions",
                                                 "Not a number of seconds (1 or more): %1")
                         .arg(parser.value(idleOption)));
    }
    return options;
}

} // namespace rathaus::ui
