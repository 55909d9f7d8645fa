// FormValidator's single-value checks: the formats of IBAN, licence plate,
// email and phone number, apart from the form logic.
#include "common/forms/FormValidator.h"

#include <QHash>
#include <QRegularExpression>

namespace rathaus {

namespace {

// IBAN lengths by country (SWIFT IBAN registry). A country missing here is
// refused rather than guessed: a wrong IBAN means a payment that bounces.
const QHash<QString, int> &ibanLengths()
{
    static const QHash<QString, int> lengths {
        { QStringLiteral("AD"), 24 }, { QStringLiteral("AE"), 23 }, { QStringLiteral("AL"), 28 },
        { QStringLiteral("AT"), 20 }, { QStringLiteral("AZ"), 28 }, { QStringLiteral("BA"), 20 },
        { QStringLiteral("BE"), 16 }, { QStringLiteral("BG"), 22 }, { QStringLiteral("BH"), 22 },
        { QStringLiteral("BR"), 29 }, { QStringLiteral("BY"), 28 }, { QStringLiteral("CH"), 21 },
        { QStringLiteral("CR"), 22 }, { QStringLiteral("CY"), 28 }, { QStringLiteral("CZ"), 24 },
        { QStringLiteral("DE"), 22 }, { QStringLiteral("DK"), 18 }, { QStringLiteral("DO"), 28 },
        { QStringLiteral("EE"), 20 }, { QStringLiteral("EG"), 29 }, { QStringLiteral("ES"), 24 },
        { QStringLiteral("FI"), 18 }, { QStringLiteral("FO"), 18 }, { QStringLiteral("FR"), 27 },
        { QStringLiteral("GB"), 22 }, { QStringLiteral("GE"), 22 }, { QStringLiteral("GI"), 23 },
        { QStringLiteral("GL"), 18 }, { QStringLiteral("GR"), 27 }, { QStringLiteral("GT"), 28 },
        { QStringLiteral("HR"), 21 }, { QStringLiteral("HU"), 28 }, { QStringLiteral("IE"), 22 },
        { QStringLiteral("IL"), 23 }, { QStringLiteral("IQ"), 23 }, { QStringLiteral("IS"), 26 },
        { QStringLiteral("IT"), 27 }, { QStringLiteral("JO"), 30 }, { QStringLiteral("KW"), 30 },
        { QStringLiteral("KZ"), 20 }, { QStringLiteral("LB"), 28 }, { QStringLiteral("LC"), 32 },
        { QStringLiteral("LI"), 21 }, { QStringLiteral("LT"), 20 }, { QStringLiteral("LU"), 20 },
        { QStringLiteral("LV"), 21 }, { QStringLiteral("MC"), 27 }, { QStringLiteral("MD"), 24 },
        { QStringLiteral("ME"), 22 }, { QStringLiteral("MK"), 19 }, { QStringLiteral("MR"), 27 },
        { QStringLiteral("MT"), 31 }, { QStringLiteral("MU"), 30 }, { QStringLiteral("NL"), 18 },
        { QStringLiteral("NO"), 15 }, { QStringLiteral("PK"), 24 }, { QStringLiteral("PL"), 28 },
        { QStringLiteral("PS"), 29 }, { QStringLiteral("PT"), 25 }, { QStringLiteral("QA"), 29 },
        { QStringLiteral("RO"), 24 }, { QStringLiteral("RS"), 22 }, { QStringLiteral("SA"), 24 },
        { QStringLiteral("SC"), 31 }, { QStringLiteral("SE"), 24 }, { QStringLiteral("SI"), 19 },
        { QStringLiteral("SK"), 24 }, { QStringLiteral("SM"), 27 }, { QStringLiteral("ST"), 25 },
        { QStringLiteral("SV"), 28 }, { QStringLiteral("TL"), 23 }, { QStringLiteral("TN"), 24 },
        { QStringLiteral("TR"), 26 }, { QStringLiteral("UA"), 29 }, { QStringLiteral("VA"), 22 },
        { QStringLiteral("VG"), 24 }, { QStringLiteral("XK"), 20 },
    };
    return lengths;
}

int ibanDigitValue(QChar c)
{
    if (c.isDigit())
        return c.digitValue();
    return c.unicode() - u'A' + 10;
}

} // namespace

bool FormValidator::isValidIban(const QString &iban)
{
    QString compact = iban.toUpper();
    compact.remove(QLatin1Char(' '));
    static const QRegularExpression shape(QStringLiteral("^[A-Z]{2}[0-9]{2}[A-Z0-9]+$"));
    if (!shape.match(compact).hasMatch())
        return false;
    const int expected = ibanLengths().value(compact.left(2), 0);
    if (expected == 0 || compact.size() != expected)
        return false;
    // ISO 13616: move the first four characters to the end, read letters as
    // 10..35, and the number must be 1 modulo 97. Done digit by digit so no
    // big integers are needed.
    const QString rearranged = compact.mid(4) + compact.left(4);
    int remainder = 0;
    for (const QChar c : rearranged) {
        const int value = ibanDigitValue(c);
        remainder = (value >= 10 ? remainder * 100 : remainder * 10) + value;
        remainder %= 97;
    }
    return remainder == 1;
}

bool FormValidator::isValidGermanLicencePlate(const QString &plate)
{
    // District (1-3 letters, umlauts occur: "TÜ", "LÖ"), a separator, 1-2
    // letters, 1-4 digits without a leading zero, and an optional E (electric)
    // or H (historic) suffix.
    static const QRegularExpression format(QStringLiteral(
        "^([A-Z\\x{00C4}\\x{00D6}\\x{00DC}]{1,3})[- ]([A-Z]{1,2}) ?([1-9][0-9]{0,3}) ?[EH]?$"));
    const QRegularExpressionMatch match = format.match(plate.trimmed().toUpper());
    if (!match.hasMatch())
        return false;
    // A plate has room for at most eight letters and digits besides the suffix.
    return match.capturedLength(1) + match.capturedLength(2) + match.capturedLength(3) <= 8;
}

bool FormValidator::isValidEmail(const QString &email)
{
    // Deliberately narrower than RFC 5322 (no quoted local parts, no IP
    // literals): what a mail server of a city will actually deliver to.
    static const QRegularExpression format(
        QStringLiteral("^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
                       "@([\\p{L}\\p{N}]([\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?\\.)+"
                       "(\\p{L}{2,63}|xn--[A-Za-z0-9-]{1,59})$"),
        QRegularExpression::UseUnicodePropertiesOption);
    const QString trimmed = email.trimmed();
    if (trimmed.size() > 254 || trimmed.indexOf(QLatin1Char('@')) > 64)
        return false;
    return format.match(trimmed).hasMatch();
}

bool FormValidator::isValidPhone(const QString &phone)
{
    static const QRegularExpression format(QStringLiteral("^\\+?[0-9 /()-]+$"));
    const QString trimmed = phone.trimmed();
    if (!format.match(trimmed).hasMatch())
        return false;
    qsizetype digits = 0;
    for (const QChar c : trimmed) {
        if (c.isDigit())
            ++digits;
    }
    return digits >= 6 && digits <= 20;
}

} // namespace rathaus
