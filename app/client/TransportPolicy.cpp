#include "app/client/TransportPolicy.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace rathaus::client {

bool TransportPolicy::isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    // QUrl::host() gives IPv6 addresses without brackets, which QHostAddress parses.
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback(); // 127.0.0.0/8, ::1
}

std::optional<Problem> TransportPolicy::check(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty()) {
        return Problem::make(
            0, QStringLiteral("invalid-backend-url"),
            QCoreApplication::translate("TransportPolicy", "The server address is not valid."),
            QCoreApplication::translate("TransportPolicy",
                                        "Check the server address in the settings."));
    }
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return std::nullopt;
    if (scheme == QLatin1String("http") && isLoopbackHost(url.host()))
        return std::nullopt;
    return Problem::make(
        0, QStringLiteral("insecure-transport"),
        QCoreApplication::translate("TransportPolicy",
                                    "The connection to the server would not be encrypted."),
        QCoreApplication::translate(
            "TransportPolicy",
            "Rathaus only connects to a city server over HTTPS. "
            "Ask your city for the correct address (it starts with https://)."));
}

} // namespace rathaus::client
