#pragma once

#include <QByteArray>
#include <QString>

namespace rathaus::crypto {

// Cryptographically secure random bytes (OpenSSL RAND_bytes). Aborts rather
// than return weak randomness.
QByteArray randomBytes(int count);
// A bearer token: 32 random bytes (256 bits), base64url without padding.
QString randomToken();
QByteArray sha256(const QByteArray &data);
QString sha256Hex(const QByteArray &data);
// Empty for a digest name OpenSSL does not know.
QByteArray hmac(const char *digest /* "SHA1", "SHA256" */, const QByteArray &key,
                const QByteArray &message);
// Constant-time comparison for secrets.
bool constantTimeEquals(const QByteArray &a, const QByteArray &b);
// Overwrites a secret's bytes (OPENSSL_cleanse) before it is released.
void wipe(QByteArray &secret);

} // namespace rathaus::crypto
