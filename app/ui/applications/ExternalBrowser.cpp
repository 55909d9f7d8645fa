#include "app/ui/applications/ExternalBrowser.h"

#include "app/client/LoggingCategories.h"

#include <QDesktopServices>
#include <QGuiApplication>

namespace rathaus::ui {

namespace {
ExternalBrowser::Opener &override()
{
    static ExternalBrowser::Opener opener;
    return opener;
}
} // namespace

bool ExternalBrowser::open(const QUrl &url)
{
    if (override())
        return override()(url);
    // Without a screen (offscreen, minimal) no browser window can appear.
    const QString platform = QGuiApplication::platformName();
    if (platform == QLatin1String("offscreen") || platform == QLatin1String("minimal")) {
        qCWarning(lcUi) << "no browser on platform" << platform;
        return false;
    }
    // False when Qt finds no browser or launcher to start (a bare X server,
    // a kiosk without one). The address is not logged: it carries a token.
    const bool opened = QDesktopServices::openUrl(url);
    if (!opened)
        qCWarning(lcUi) << "no browser could be opened";
    return opened;
}

void ExternalBrowser::setOpener(Opener opener)
{
    override() = std::move(opener);
}

} // namespace rathaus::ui
