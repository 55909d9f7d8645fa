#pragma once

#include <QUrl>

#include <functional>

namespace rathaus::ui {

// Opens a web page in the citizen's own browser (the payment provider's page,
// as with real municipal providers). Tests put themselves in the browser's
// place: they get the address and act on the page over HTTP.
class ExternalBrowser
{
public:
    using Opener = std::function<bool(const QUrl &)>;

    static bool open(const QUrl &url);
    // Null restores the system browser.
    static void setOpener(Opener opener);
};

} // namespace rathaus::ui
