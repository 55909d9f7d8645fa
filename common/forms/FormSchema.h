#pragma once

#include "common/core/LocalizedText.h"
#include "common/core/Result.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace rathaus {

// The declarative form a service's application is filled in on. The backend
// sends it; the client renders it; FormValidator checks data against it on
// both sides (the backend's verdict is final). Wire format: domain.md.
enum class FieldType {
    Text,
    Multiline,
    Number,
    Date,
    Choice,
    MultiChoice,
    Checkbox,
    Email,
    Phone,
    Iban,
    LicencePlate,
    PostalAddress,
    File,
};

QString fieldTypeToWire(FieldType type); // "licence_plate"
std::optional<FieldType> fieldTypeFromWire(const QString &wire);

struct FieldOption
{
    QString value;
    LocalizedText label;

    friend bool operator==(const FieldOption &, const FieldOption &) = default;
};

struct VisibleIf
{
    QString field;
    QJsonValue equals;

    friend bool operator==(const VisibleIf &, const VisibleIf &) = default;
};

struct FormField
{
    QString id;
    FieldType type = FieldType::Text;
    LocalizedText label;
    LocalizedText help;
    bool required = false;
    std::optional<double> min; // number: value; date: days from today
    std::optional<double> max;
    std::optional<int> minLength; // text-like: characters; multichoice: choices
    std::optional<int> maxLength;
    QString pattern; // anchored regular expression, text-like types
    QList<FieldOption> options; // choice, multichoice
    std::optional<VisibleIf> visibleIf;
    QStringList accept; // file: MIME types
    qint64 maxBytes = 0; // file: 0 = server default

    QJsonObject toJson() const;

    friend bool operator==(const FormField &, const FormField &) = default;
};

// The types whose value is a string typed by the user: length and pattern apply.
bool isTextLike(FieldType type);

struct FormStep
{
    LocalizedText title;
    QList<FormField> fields;

    friend bool operator==(const FormStep &, const FormStep &) = default;
};

struct FormSchema
{
    int version = 1;
    QList<FormStep> steps;

    const FormField *field(const QString &id) const;
    QList<const FormField *> allFields() const;

    QJsonObject toJson() const;
    // Strict: unknown field types, duplicate ids, options on non-choice
    // fields, visible_if naming an unknown field are problems, not guesses.
    // Members the format does not know are problems too: a misspelt
    // "requried" must not silently make a field optional.
    static Result<FormSchema> fromJson(const QJsonObject &object);

    friend bool operator==(const FormSchema &, const FormSchema &) = default;
};

} // namespace rathaus
