#include "common/crypto/Totp.h"

namespace rathaus::base32 {

namespace {
constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

int valueOf(char16_t c)
{
    if (c >= u'A' && c <= u'Z')
        return c - u'A';
    if (c >= u'a' && c <= u'z')
        return c - u'a';
    if (c >= u'2' && c <= u'7')
        return c - u'2' + 26;
    return -1;
}
} // namespace

QString encode(const QByteArray &data, bool pad)
{
    QString text;
    text.reserve((data.size() + 4) / 5 * 8);
    quint32 buffer = 0;
    int bits = 0;
    for (const char byte : data) {
        buffer = (buffer << 8) | static_cast<quint8>(byte);
        bits += 8;
        while (bits >= 5) {
            bits -= 5;
            text.append(QLatin1Char(kAlphabet[(buffer >> bits) & 0x1f]));
        }
    }
    if (bits > 0)
        text.append(QLatin1Char(kAlphabet[(buffer << (5 - bits)) & 0x1f]));
    if (pad) {
        while (text.size() % 8 != 0)
            text.append(QLatin1Char('='));
    }
    return text;
}

std::optional<QByteArray> decode(const QString &text)
{
    QString compact = text;
    compact.remove(QLatin1Char(' '));
    while (compact.endsWith(QLatin1Char('=')))
        compact.chop(1);
    // 1, 3 or 6 symbols left over cannot come from whole bytes.
    const qsizetype rest = compact.size() % 8;
    if (rest == 1 || rest == 3 || rest == 6)
        return std::nullopt;

    QByteArray bytes;
    bytes.reserve(compact.size() * 5 / 8);
    quint32 buffer = 0;
    int bits = 0;
    for (const QChar c : compact) {
        const int value = valueOf(c.unicode());
        if (value < 0)
            return std::nullopt;
        buffer = (buffer << 5) | static_cast<quint32>(value);
        bits += 5;
        if (bits >= 8) {
            bits -= 8;
            bytes.append(static_cast<char>((buffer >> bits) & 0xff));
        }
    }
    return bytes;
}

} // namespace rathaus::base32
