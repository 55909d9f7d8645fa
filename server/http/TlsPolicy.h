#pragma once

#include <QSslConfiguration>
#include <QString>

namespace rathaus::server::http {

// The backend's TLS policy (quality.md, BSI TR-02102-2): TLS 1.2 or 1.3 only,
// ECDHE key exchange with AEAD ciphers only (TLS 1.3 suites are all AEAD).
class TlsPolicy
{
public:
    // Loads the PEM certificate (chain) and key; false with a message on failure.
    static bool load(const QString &certificateFile, const QString &keyFile,
                     QSslConfiguration *configuration, QString *errorMessage);
};

} // namespace rathaus::server::http
