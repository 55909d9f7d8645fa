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

// Qt warns with the whole address when it finds no browser ("Unable to
// detect a web browser to launch '…'"); a payment address carries a token,
// which must not reach a log. While opening, such messages are dropped.
QtMessageHandler previousHandler = nullptr;
QString addressBeingOpened;

void withoutTheAddress(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (!addressBeingOpened.isEmpty() && message.contains(addressBeingOpened))
        return;
    if (previousHandler)
        previousHandler(type, context, message);
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
    addressBeingOpened = url.toString();
    previousHandler = qInstallMessageHandler(withoutTheAddress);
    const bool opened = QDesktopServices::openUrl(url);
    qInstallMessageHandler(previousHandler);
    addressBeingOpened.clear();
    if (!opened)
        qCWarning(lcUi) << "no browser could be opened";
    return opened;
}

void ExternalBrowser::setOpener(Opener opener)
{
    override() = std::move(opener);
}

} // namespace rathaus::ui
