#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace rathaus {

// RFC 4648 base32 (the alphabet authenticator apps use for TOTP secrets).
namespace base32 {
QString encode(const QByteArray &data);
std::optional<QByteArray> decode(const QString &text); // ignores spaces, case
}

// RFC 6238 time-based one-time passwords.
class Totp
{
public:
    enum class Algorithm { Sha1, Sha256, Sha512 };

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
