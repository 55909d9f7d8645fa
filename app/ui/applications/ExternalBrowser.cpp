#include "app/ui/applications/ExternalBrowser.h"

#include <QDesktopServices>

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
    return QDesktopServices::openUrl(url);
}

void ExternalBrowser::setOpener(Opener opener)
{
    override() = std::move(opener);
}

} // namespace rathaus::ui
