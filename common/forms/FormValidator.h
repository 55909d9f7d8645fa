#pragma once

#include "common/forms/FormSchema.h"

#include <QDate>
#include <QJsonObject>
#include <QMap>
#include <QString>

namespace rathaus {

// Checks application data against a schema. The same code gives the client
// its instant feedback and the backend its final verdict.
//
// Data is a JSON object {field_id: value}: text-like fields are strings,
// number a JSON number, date "YYYY-MM-DD", choice a string, multichoice an
// array of strings, checkbox a bool, postal_address an object {street,
// postal_code, city}, file an array of upload ids (strings).
// Hidden fields (visible_if false) are neither required nor checked; a value
// sent for a hidden field is ignored, not refused, because a client may keep
// what was typed before the citizen changed the controlling answer (the
// backend should drop such values before storing). A field is hidden when its
// controlling field is hidden; a visible_if on a multichoice field holds when
// `equals` is among the choices; an absent checkbox counts as false.
// Empty values ("" or spaces, null, [], an unticked box, an address of empty
// parts) count as not given: an error only for required fields.
// Fields the schema does not know are an error ("unknown field").
class FormValidator
{
public:
    using Errors = QMap<QString, QString>; // field id -> translated message

    // Keeps a reference: `schema` must outlive the validator.
    explicit FormValidator(const FormSchema &schema, QDate today = QDate::currentDate());

    Errors validate(const QJsonObject &data) const;
    // One field alone, for as-you-type feedback; empty string when valid.
    QString validateField(const FormField &field, const QJsonValue &value) const;
    bool isVisible(const FormField &field, const QJsonObject &data) const;
    // `data` less the values of hidden and unknown fields: what the backend stores.
    QJsonObject withoutHiddenValues(const QJsonObject &data) const;

    // Single-value checks, public for tests and the client's widgets. They
    // tolerate surrounding spaces (and spaces inside an IBAN); store the
    // trimmed value.
    static bool isValidIban(const QString &iban);
    static bool isValidGermanLicencePlate(const QString &plate);
    static bool isValidEmail(const QString &email);
    static bool isValidPhone(const QString &phone);

private:
    const FormSchema &m_schema;
    QDate m_today;
};

} // namespace rathaus
