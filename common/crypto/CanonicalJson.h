#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

namespace rathaus::crypto {

// The one byte form of a JSON value that is signed or hashed (documents,
// access-log entries), so that signer and verifier, on any platform and in
// any language, agree on the bytes. It follows RFC 8785 (JSON Canonicalization
// Scheme) for the values a QJsonValue can hold:
//  - objects: members sorted by the UTF-16 code units of their keys, no
//    whitespace; arrays keep their order;
//  - strings: UTF-8; only '"', '\\' and the control characters below U+0020
//    are escaped (\b \f \n \r \t, else \u00xx with lower-case hex); '/' and
//    everything else is written as is;
//  - numbers: as ECMAScript's Number.prototype.toString writes the IEEE 754
//    double (shortest round trip): integers up to 10^21 as plain digits
//    ("5", not "5.0"), -0 as "0", 1e+21, 0.002, 1e-7;
//  - true, false, null.
// Not covered, because a QJsonValue cannot carry it faithfully:
//  - integers beyond +-2^53 become the nearest double (as in JCS); put such
//    values (and money beyond 90 trillion euros) into strings;
//  - NaN and infinities (not JSON) are written as null, as QJsonDocument does;
//  - a lone UTF-16 surrogate in a string, which JCS rejects, is written as
//    U+FFFD; do not sign strings that are not valid Unicode;
//  - duplicate keys cannot occur (QJsonObject keeps one).
class CanonicalJson
{
public:
    static QByteArray serialize(const QJsonValue &value);
    static QByteArray serialize(const QJsonObject &object);
    static QByteArray serialize(const QJsonArray &array);

    // The number alone, as JCS writes it (exposed for tests and for callers
    // that build canonical text by hand).
    static QByteArray number(double value);
};

} // namespace rathaus::crypto
