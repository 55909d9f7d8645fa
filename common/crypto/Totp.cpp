#include "common/crypto/Totp.h"

#include "common/crypto/Crypto.h"

#include <cmath>
#include <utility>

namespace rathaus {

namespace {

const char *digestName(Totp::Algorithm algorithm)
{
    switch (algorithm) {
    case Totp::Algorithm::Sha1:
        return "SHA1";
    case Totp::Algorithm::Sha256:
        return "SHA256";
    case Totp::Algorithm::Sha512:
        return "SHA512";
    }
    return "SHA1";
}

QString hotp(const QByteArray &secret, Totp::Algorithm algorithm, int digits, qint64 counter)
{
    QByteArray message(8, '\0');
    for (int i = 7; i >= 0; --i) {
        message[i] = static_cast<char>(counter & 0xff);
        counter >>= 8;
    }
    const QByteArray mac = crypto::hmac(digestName(algorithm), secret, message);
    // RFC 4226 5.3 dynamic truncation.
    const int offset = mac.at(mac.size() - 1) & 0x0f;
    const quint32 binary = (quint32(quint8(mac.at(offset)) & 0x7f) << 24) |
        (quint32(quint8(mac.at(offset + 1))) << 16) | (quint32(quint8(mac.at(offset + 2))) << 8) |
        quint32(quint8(mac.at(offset + 3)));
    quint32 modulus = 1;
    for (int i = 0; i < digits; ++i)
        modulus *= 10;
    return QStringLiteral("%1").arg(binary % modulus, digits, 10, QLatin1Char('0'));
}

} // namespace

Totp::Totp(QByteArray secret, Algorithm algorithm, int digits, int stepSeconds)
    : m_secret(std::move(secret)), m_algorithm(algorithm),
      // 31 bits of truncated HMAC hold at most 9 full decimal digits.
      m_digits(qBound(6, digits, 9)), m_stepSeconds(qMax(1, stepSeconds))
{ }

QString Totp::code(qint64 unixSeconds) const
{
    const qint64 step = unixSeconds >= 0 ? unixSeconds / m_stepSeconds : 0;
    return hotp(m_secret, m_algorithm, m_digits, step);
}

std::optional<qint64> Totp::verify(const QString &code, qint64 unixSeconds, int window) const
{
    QString compact = code;
    compact.remove(QLatin1Char(' '));
    if (compact.size() != m_digits)
        return std::nullopt;
    const QByteArray given = compact.toLatin1();
    const qint64 current = unixSeconds >= 0 ? unixSeconds / m_stepSeconds : 0;
    std::optional<qint64> matched;
    // Every candidate is computed and compared in constant time, so timing
    // does not tell which step (if any) matched.
    for (qint64 step = current - window; step <= current + window; ++step) {
        if (step < 0)
            continue;
        const QByteArray expected = hotp(m_secret, m_algorithm, m_digits, step).toLatin1();
        if (crypto::constantTimeEquals(expected, given) && !matched)
            matched = step;
    }
    return matched;
}

} // namespace rathaus
