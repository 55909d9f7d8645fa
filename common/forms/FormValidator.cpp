#include "common/forms/FormValidator.h"

#include "common/forms/FileFieldValue.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace rathaus {

// Messages are spelt out as QCoreApplication::translate("FormValidator", ...)
// at each use, not through a helper, so that lupdate finds them.

namespace {

qsizetype characterCount(const QString &text)
{
    // Code points, not UTF-16 units: "𝔄" is one character to the citizen.
    return text.toUcs4().size();
}

QString formatNumber(double value)
{
    return QLocale().toString(value, 'g', 15);
}

bool isEmptyValue(const FormField &field, const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Undefined:
    case QJsonValue::Null:
        return true;
    case QJsonValue::String:
        return value.toString().trimmed().isEmpty();
    case QJsonValue::Array:
        return value.toArray().isEmpty();
    case QJsonValue::Bool:
        // An unticked box is "not given": a required one is a consent.
        return field.type == FieldType::Checkbox && !value.toBool();
    case QJsonValue::Object:
        if (field.type == FieldType::PostalAddress) {
            const QJsonObject address = value.toObject();
            for (auto it = address.constBegin(); it != address.constEnd(); ++it) {
                if (!it.value().isString() || !it.value().toString().trimmed().isEmpty())
                    return false;
            }
            return true;
        }
        return false;
    case QJsonValue::Double:
        return false;
    }
    return false;
}

QString invalidValue()
{
    return QCoreApplication::translate("FormValidator", "This value is not valid.");
}

QString checkLength(qsizetype count, const FormField &field)
{
    if (field.minLength && count < *field.minLength)
        return QCoreApplication::translate("FormValidator", "Enter at least %n characters.",
                                           nullptr, *field.minLength);
    if (field.maxLength && count > *field.maxLength)
        return QCoreApplication::translate("FormValidator", "Enter at most %n characters.", nullptr,
                                           *field.maxLength);
    return {};
}

QString checkText(const FormField &field, const QJsonValue &value)
{
    if (!value.isString())
        return invalidValue();
    const QString text = value.toString();
    if (field.type != FieldType::Multiline && text.contains(QLatin1Char('\n')))
        return QCoreApplication::translate("FormValidator", "Enter a single line.");
    if (QString message = checkLength(characterCount(text), field); !message.isEmpty())
        return message;
    if (!field.pattern.isEmpty()) {
        const QRegularExpression expression(QRegularExpression::anchoredPattern(field.pattern),
                                            QRegularExpression::UseUnicodePropertiesOption);
        if (!expression.isValid() || !expression.match(text).hasMatch())
            return QCoreApplication::translate("FormValidator",
                                               "Enter a value in the expected format.");
    }
    switch (field.type) {
    case FieldType::Email:
        if (!FormValidator::isValidEmail(text))
            return QCoreApplication::translate("FormValidator", "Enter a valid email address.");
        break;
    case FieldType::Phone:
        if (!FormValidator::isValidPhone(text))
            return QCoreApplication::translate("FormValidator", "Enter a valid phone number.");
        break;
    case FieldType::Iban:
        if (!FormValidator::isValidIban(text))
            return QCoreApplication::translate("FormValidator", "Enter a valid IBAN.");
        break;
    case FieldType::LicencePlate:
        if (!FormValidator::isValidGermanLicencePlate(text))
            return QCoreApplication::translate(
                "FormValidator", "Enter a valid licence plate, for example LG-AB 123.");
        break;
    default:
        break;
    }
    return {};
}

QString checkNumber(const FormField &field, const QJsonValue &value)
{
    if (!value.isDouble() || !std::isfinite(value.toDouble()))
        return QCoreApplication::translate("FormValidator", "Enter a number.");
    const double number = value.toDouble();
    if (field.min && number < *field.min)
        return QCoreApplication::translate("FormValidator", "Enter a number of at least %1.")
            .arg(formatNumber(*field.min));
    if (field.max && number > *field.max)
        return QCoreApplication::translate("FormValidator", "Enter a number of at most %1.")
            .arg(formatNumber(*field.max));
    return {};
}

QString checkDate(const FormField &field, const QJsonValue &value, QDate today)
{
    static const QRegularExpression isoDate(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QString text = value.toString();
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!value.isString() || !isoDate.match(text).hasMatch() || !date.isValid())
        return QCoreApplication::translate("FormValidator", "Enter a valid date.");
    if (field.min) {
        const QDate earliest = today.addDays(std::llround(*field.min));
        if (date < earliest)
            return QCoreApplication::translate("FormValidator", "Choose a date on or after %1.")
                .arg(QLocale().toString(earliest, QLocale::ShortFormat));
    }
    if (field.max) {
        const QDate latest = today.addDays(std::llround(*field.max));
        if (date > latest)
            return QCoreApplication::translate("FormValidator", "Choose a date on or before %1.")
                .arg(QLocale().toString(latest, QLocale::ShortFormat));
    }
    return {};
}

bool isOption(const FormField &field, const QString &value)
{
    for (const FieldOption &option : field.options) {
        if (option.value == value)
            return true;
    }
    return false;
}

QString checkChoice(const FormField &field, const QJsonValue &value)
{
    if (!value.isString() || !isOption(field, value.toString()))
        return QCoreApplication::translate("FormValidator", "Choose one of the offered options.");
    return {};
}

QString checkMultiChoice(const FormField &field, const QJsonValue &value)
{
    if (!value.isArray())
        return invalidValue();
    const QJsonArray chosen = value.toArray();
    QSet<QString> seen;
    for (const QJsonValue &entry : chosen) {
        if (!entry.isString() || !isOption(field, entry.toString()))
            return QCoreApplication::translate("FormValidator",
                                               "Choose only from the offered options.");
        if (seen.contains(entry.toString()))
            return QCoreApplication::translate("FormValidator", "Choose each option only once.");
        seen.insert(entry.toString());
    }
    if (field.minLength && chosen.size() < *field.minLength)
        return QCoreApplication::translate("FormValidator", "Choose at least %n options.", nullptr,
                                           *field.minLength);
    if (field.maxLength && chosen.size() > *field.maxLength)
        return QCoreApplication::translate("FormValidator", "Choose at most %n options.", nullptr,
                                           *field.maxLength);
    return {};
}

QString checkPostalAddress(const QJsonValue &value)
{
    if (!value.isObject())
        return invalidValue();
    const QJsonObject address = value.toObject();
    static const QStringList parts { QStringLiteral("street"), QStringLiteral("postal_code"),
                                     QStringLiteral("city") };
    for (auto it = address.constBegin(); it != address.constEnd(); ++it) {
        if (!parts.contains(it.key()) || !it.value().isString())
            return invalidValue();
    }
    // Part of an address is no address: once anything is given, all of it is needed.
    for (const QString &part : parts) {
        if (address.value(part).toString().trimmed().isEmpty())
            return QCoreApplication::translate("FormValidator",
                                               "Enter street, postal code and city.");
    }
    static const QRegularExpression germanPostalCode(QStringLiteral("^\\d{5}$"));
    if (!germanPostalCode.match(address.value(QLatin1String("postal_code")).toString().trimmed())
             .hasMatch())
        return QCoreApplication::translate("FormValidator", "Enter a postal code of five digits.");
    return {};
}

// Not only the array of ids the header names: any shape fileUploadIds()
// reads (one bare id, objects with "upload_id" as the backend stores them).
QString checkFiles(const FormField &field, const QJsonValue &value)
{
    const std::optional<QStringList> uploads = fileUploadIds(value);
    if (!uploads || QSet<QString>(uploads->begin(), uploads->end()).size() != uploads->size())
        return invalidValue();
    if (field.minLength && uploads->size() < *field.minLength)
        return QCoreApplication::translate("FormValidator", "Attach at least %n files.", nullptr,
                                           *field.minLength);
    if (field.maxLength && uploads->size() > *field.maxLength)
        return QCoreApplication::translate("FormValidator", "Attach at most %n files.", nullptr,
                                           *field.maxLength);
    return {};
}

} // namespace

FormValidator::FormValidator(const FormSchema &schema, QDate today)
    : m_schema(schema), m_today(today)
{ }

FormValidator::Errors FormValidator::validate(const QJsonObject &data) const
{
    Errors errors;
    for (auto it = data.constBegin(); it != data.constEnd(); ++it) {
        if (!m_schema.field(it.key()))
            errors.insert(it.key(), QCoreApplication::translate("FormValidator", "Unknown field."));
    }
    for (const FormField *field : m_schema.allFields()) {
        // A hidden field's value is ignored, not refused: a client may keep
        // what was typed before the citizen changed the controlling answer.
        if (!isVisible(*field, data))
            continue;
        const QString message = validateField(*field, data.value(field->id));
        if (!message.isEmpty())
            errors.insert(field->id, message);
    }
    return errors;
}

QString FormValidator::validateField(const FormField &field, const QJsonValue &value) const
{
    if (field.type == FieldType::Checkbox && !value.isBool() && !value.isNull() &&
        !value.isUndefined())
        return invalidValue();
    if (isEmptyValue(field, value)) {
        if (!field.required)
            return {};
        return field.type == FieldType::Checkbox
            ? QCoreApplication::translate("FormValidator", "Tick this box to continue.")
            : QCoreApplication::translate("FormValidator", "This field is required.");
    }
    switch (field.type) {
    case FieldType::Text:
    case FieldType::Multiline:
    case FieldType::Email:
    case FieldType::Phone:
    case FieldType::Iban:
    case FieldType::LicencePlate:
        return checkText(field, value);
    case FieldType::Number:
        return checkNumber(field, value);
    case FieldType::Date:
        return checkDate(field, value, m_today);
    case FieldType::Choice:
        return checkChoice(field, value);
    case FieldType::MultiChoice:
        return checkMultiChoice(field, value);
    case FieldType::Checkbox:
        return {};
    case FieldType::PostalAddress:
        return checkPostalAddress(value);
    case FieldType::File:
        return checkFiles(field, value);
    }
    return invalidValue();
}

bool FormValidator::isVisible(const FormField &field, const QJsonObject &data) const
{
    if (!field.visibleIf)
        return true;
    // A field shown only under a hidden field is hidden too; visible_if names
    // only earlier fields, so this recursion ends.
    const FormField *controller = m_schema.field(field.visibleIf->field);
    if (controller && controller != &field && !isVisible(*controller, data))
        return false;
    const QJsonValue actual = data.value(field.visibleIf->field);
    const QJsonValue &expected = field.visibleIf->equals;
    if (actual.isArray() && !expected.isArray())
        return actual.toArray().contains(expected); // multichoice: "when X is among the choices"
    if (actual.isUndefined() && expected.isBool() && !expected.toBool())
        return true; // an untouched checkbox is unticked
    return actual == expected;
}

QJsonObject FormValidator::withoutHiddenValues(const QJsonObject &data) const
{
    QJsonObject kept;
    for (const FormField *field : m_schema.allFields()) {
        if (data.contains(field->id) && isVisible(*field, data))
            kept.insert(field->id, data.value(field->id));
    }
    return kept;
}

} // namespace rathaus
