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

    // True when the page went to a browser; false when none could be opened
    // (no screen, no browser or launcher found), so that the caller can
    // offer the address instead. A launcher that starts but then finds no
    // browser cannot be told apart from success.
    static bool open(const QUrl &url);
    // Null restores the system browser.
    static void setOpener(Opener opener);
};

} // namespace rathaus::ui
