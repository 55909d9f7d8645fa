#include "common/crypto/CanonicalJson.h"

#include <QList>
#include <QStringView>

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <utility>

namespace rathaus::crypto {

namespace {

void writeValue(QByteArray &out, const QJsonValue &value);

// Qt's UTF-8 encoder writes '?' for a lone surrogate; the header promises
// U+FFFD, the character Unicode sets aside for exactly this.
QString withoutLoneSurrogates(const QString &text)
{
    QString fixed;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        bool lone = false;
        if (c.isHighSurrogate())
            lone = i + 1 == text.size() || !text.at(i + 1).isLowSurrogate();
        else if (c.isLowSurrogate())
            lone = i == 0 || !text.at(i - 1).isHighSurrogate();
        if (lone && fixed.isNull())
            fixed = text;
        if (lone)
            fixed[i] = QChar::ReplacementCharacter;
    }
    return fixed.isNull() ? text : fixed;
}

// RFC 8785 3.2.2.2: escape only what JSON demands, lower-case hex.
void writeString(QByteArray &out, const QString &text)
{
    static const char kHex[] = "0123456789abcdef";
    out.append('"');
    const QByteArray utf8 = withoutLoneSurrogates(text).toUtf8();
    for (const char c : utf8) {
        const auto byte = static_cast<unsigned char>(c);
        switch (byte) {
        case '"':
            out.append("\\\"");
            break;
        case '\\':
            out.append("\\\\");
            break;
        case '\b':
            out.append("\\b");
            break;
        case '\f':
            out.append("\\f");
            break;
        case '\n':
            out.append("\\n");
            break;
        case '\r':
            out.append("\\r");
            break;
        case '\t':
            out.append("\\t");
            break;
        default:
            if (byte < 0x20) {
                out.append("\\u00");
                out.append(kHex[byte >> 4]);
                out.append(kHex[byte & 0x0f]);
            } else {
                out.append(c);
            }
        }
    }
    out.append('"');
}

// RFC 8785 3.2.3: sort by UTF-16 code units, not by locale or by code point
// (the two differ for characters beyond U+FFFF).
bool keyLess(const QString &a, const QString &b)
{
    const QStringView left(a);
    const QStringView right(b);
    return std::lexicographical_compare(left.utf16(), left.utf16() + left.size(), right.utf16(),
                                        right.utf16() + right.size());
}

void writeObject(QByteArray &out, const QJsonObject &object)
{
    // Qt keeps an object's members sorted, but its order is not ours by
    // contract: take the members as they come and sort only when needed.
    QList<std::pair<QString, QJsonValue>> members;
    members.reserve(object.size());
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        members.emplace_back(it.key(), it.value());
    const auto byKey = [](const auto &a, const auto &b) { return keyLess(a.first, b.first); };
    if (!std::is_sorted(members.cbegin(), members.cend(), byKey))
        std::sort(members.begin(), members.end(), byKey);
    out.append('{');
    bool first = true;
    for (const auto &[key, value] : members) {
        if (!first)
            out.append(',');
        first = false;
        writeString(out, key);
        out.append(':');
        writeValue(out, value);
    }
    out.append('}');
}

void writeArray(QByteArray &out, const QJsonArray &array)
{
    out.append('[');
    bool first = true;
    for (const QJsonValue &item : array) {
        if (!first)
            out.append(',');
        first = false;
        writeValue(out, item);
    }
    out.append(']');
}

void writeValue(QByteArray &out, const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        out.append(value.toBool() ? "true" : "false");
        break;
    case QJsonValue::Double:
        out.append(CanonicalJson::number(value.toDouble()));
        break;
    case QJsonValue::String:
        writeString(out, value.toString());
        break;
    case QJsonValue::Array:
        writeArray(out, value.toArray());
        break;
    case QJsonValue::Object:
        writeObject(out, value.toObject());
        break;
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out.append("null");
        break;
    }
}

} // namespace

QByteArray CanonicalJson::number(double value)
{
    if (!std::isfinite(value))
        return QByteArrayLiteral("null");
    if (value == 0)
        return QByteArrayLiteral("0"); // also -0
    // The shortest digits that read back as the same double, in scientific
    // form ("d.ddde+x"); ECMAScript's Number::toString then picks the layout.
    std::array<char, 64> buffer {};
    const auto [end, error] = std::to_chars(buffer.data(), buffer.data() + buffer.size(),
                                            std::fabs(value), std::chars_format::scientific);
    if (error != std::errc())
        std::abort(); // 64 bytes hold any double
    const QByteArray scientific(buffer.data(), end - buffer.data());
    const qsizetype e = scientific.indexOf('e');
    QByteArray digits = scientific.left(e);
    digits.replace(".", "");
    // value = 0.digits * 10^n, as the ECMAScript specification counts it.
    const int n = std::atoi(scientific.constData() + e + 1) + 1;
    const auto k = static_cast<int>(digits.size());

    QByteArray out;
    if (value < 0)
        out.append('-');
    if (k <= n && n <= 21) {
        out.append(digits);
        out.append(QByteArray(n - k, '0'));
    } else if (0 < n && n <= 21) {
        out.append(digits.left(n));
        out.append('.');
        out.append(digits.mid(n));
    } else if (-6 < n && n <= 0) {
        out.append("0.");
        out.append(QByteArray(-n, '0'));
        out.append(digits);
    } else {
        out.append(digits.left(1));
        if (k > 1) {
            out.append('.');
            out.append(digits.mid(1));
        }
        out.append('e');
        out.append(n - 1 > 0 ? "+" : "-");
        out.append(QByteArray::number(std::abs(n - 1)));
    }
    return out;
}

QByteArray CanonicalJson::serialize(const QJsonValue &value)
{
    QByteArray out;
    writeValue(out, value);
    return out;
}

QByteArray CanonicalJson::serialize(const QJsonObject &object)
{
    QByteArray out;
    writeObject(out, object);
    return out;
}

QByteArray CanonicalJson::serialize(const QJsonArray &array)
{
    QByteArray out;
    writeArray(out, array);
    return out;
}

} // namespace rathaus::crypto
