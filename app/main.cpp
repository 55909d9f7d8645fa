// rathaus: the city hall on the citizen's desktop. Everything lives in the
// libraries; this file only starts them.
#include "app/ui/DesktopApp.h"
#include "app/ui/Theme.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTextStream>
#include <QTimer>

int main(int argc, char *argv[])
{
    QElapsedTimer sinceLaunch;
    sinceLaunch.start();

    QApplication application(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Rathaus"));
    QApplication::setOrganizationDomain(QStringLiteral("rathaus.de"));
    QApplication::setApplicationName(QStringLiteral("rathaus"));
    QApplication::setApplicationDisplayName(QStringLiteral("Rathaus"));
    QApplication::setApplicationVersion(QStringLiteral(RATHAUS_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("de.rathaus.desktop"));

    const auto options = rathaus::ui::StartupOptions::parse(QApplication::arguments());
    rathaus::ui::Theme::applyLight(application);
    if (options.kiosk)
        rathaus::ui::Theme::applyKiosk(application);

    rathaus::ui::DesktopApp desktop(options);
    if (options.probeStartup) {
        QObject::connect(&desktop, &rathaus::ui::DesktopApp::firstDataShown, &application, [&] {
            // Once more through the event loop: the data is painted, not only set.
            QTimer::singleShot(0, &application, [&] {
                QTextStream(stdout) << sinceLaunch.elapsed() << Qt::endl;
                QApplication::quit();
            });
        });
        QObject::connect(&desktop, &rathaus::ui::DesktopApp::backendFailed, &application,
                         [](const QString &message) {
                             QTextStream(stderr) << message << Qt::endl;
                             QApplication::exit(1);
                         });
    }
    desktop.start();
    return QApplication::exec();
}
