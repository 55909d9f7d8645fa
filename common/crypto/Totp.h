#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace rathaus {

// RFC 4648 base32 (the alphabet authenticator apps use for TOTP secrets).
namespace base32 {
// With '=' padding as in RFC 4648; `pad` false for otpauth:// URIs.
QString encode(const QByteArray &data, bool pad = true);
std::optional<QByteArray> decode(const QString &text); // ignores spaces, case
} // namespace base32

// RFC 6238 time-based one-time passwords.
class Totp
{
public:
    enum class Algorithm { Sha1, Sha256, Sha512 };

    // `digits` is kept within 6..9 (31 bits of truncated HMAC hold no more).
    explicit Totp(QByteArray secret, Algorithm algorithm = Algorithm::Sha1, int digits = 6,
                  int stepSeconds = 30);

    QString code(qint64 unixSeconds) const;
    // Accepts the codes of `window` steps either side of `unixSeconds`.
    // Returns the matched time step (so a caller can refuse its reuse).
    std::optional<qint64> verify(const QString &code, qint64 unixSeconds, int window = 1) const;

private:
    QByteArray m_secret;
    Algorithm m_algorithm;
    int m_digits;
    int m_stepSeconds;
};

} // namespace rathaus
