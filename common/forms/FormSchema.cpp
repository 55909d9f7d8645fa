#include "common/forms/FormSchema.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

#include <array>
#include <cmath>
#include <utility>

namespace rathaus {

namespace {

constexpr std::array<std::pair<FieldType, const char *>, 13> kWireNames { {
    { FieldType::Text, "text" },
    { FieldType::Multiline, "multiline" },
    { FieldType::Number, "number" },
    { FieldType::Date, "date" },
    { FieldType::Choice, "choice" },
    { FieldType::MultiChoice, "multichoice" },
    { FieldType::Checkbox, "checkbox" },
    { FieldType::Email, "email" },
    { FieldType::Phone, "phone" },
    { FieldType::Iban, "iban" },
    { FieldType::LicencePlate, "licence_plate" },
    { FieldType::PostalAddress, "postal_address" },
    { FieldType::File, "file" },
} };

bool hasOptions(FieldType type)
{
    return type == FieldType::Choice || type == FieldType::MultiChoice;
}

bool hasValueBounds(FieldType type)
{
    return type == FieldType::Number || type == FieldType::Date;
}

bool hasLengthBounds(FieldType type)
{
    return isTextLike(type) || type == FieldType::MultiChoice || type == FieldType::File;
}

Problem invalid(const QString &detail)
{
    return Problem::make(0, QStringLiteral("invalid-schema"), QStringLiteral("Invalid form schema"),
                         detail);
}

bool isLocalizedText(const QJsonValue &value)
{
    if (value.isString())
        return true;
    if (!value.isObject())
        return false;
    const QJsonObject object = value.toObject();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!it.value().isString())
            return false;
    }
    return true;
}

bool isInteger(const QJsonValue &value)
{
    if (!value.isDouble())
        return false;
    const double number = value.toDouble();
    return std::isfinite(number) && std::floor(number) == number && std::fabs(number) < 1e15;
}

// Parses one field; `earlier` holds the ids of the fields before it, which
// are the only ones a visible_if may name (no cycles, render order works).
class FieldParser
{
public:
    FieldParser(const QJsonObject &object, const QSet<QString> &earlier)
        : m_object(object), m_earlier(earlier)
    { }

    Result<FormField> parse()
    {
        const QJsonValue id = m_object.value(QLatin1String("id"));
        if (!id.isString() || id.toString().trimmed().isEmpty())
            return invalid(QStringLiteral("A field has no \"id\"."));
        m_field.id = id.toString();

        static const QSet<QString> known {
            QStringLiteral("id"),      QStringLiteral("type"),       QStringLiteral("label"),
            QStringLiteral("help"),    QStringLiteral("required"),   QStringLiteral("min"),
            QStringLiteral("max"),     QStringLiteral("min_length"), QStringLiteral("max_length"),
            QStringLiteral("pattern"), QStringLiteral("options"),    QStringLiteral("visible_if"),
            QStringLiteral("accept"),  QStringLiteral("max_bytes")
        };
        for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
            if (!known.contains(it.key()))
                return fail(QStringLiteral("unknown member \"%1\".").arg(it.key()));
        }

        const auto type = fieldTypeFromWire(m_object.value(QLatin1String("type")).toString());
        if (!type)
            return fail(QStringLiteral("unknown or missing type."));
        m_field.type = *type;

        if (auto problem = parseTexts(); !problem.isNull())
            return problem;
        if (auto problem = parseBounds(); !problem.isNull())
            return problem;
        if (auto problem = parsePattern(); !problem.isNull())
            return problem;
        if (auto problem = parseOptions(); !problem.isNull())
            return problem;
        if (auto problem = parseVisibleIf(); !problem.isNull())
            return problem;
        if (auto problem = parseFileMembers(); !problem.isNull())
            return problem;
        return m_field;
    }

private:
    Problem fail(const QString &what) const
    {
        return invalid(QStringLiteral("Field \"%1\": %2").arg(m_field.id, what));
    }

    bool has(const char *key) const { return m_object.contains(QLatin1String(key)); }
    QJsonValue get(const char *key) const { return m_object.value(QLatin1String(key)); }

    Problem parseTexts()
    {
        for (const char *key : { "label", "help" }) {
            if (has(key) && !isLocalizedText(get(key)))
                return fail(QStringLiteral("\"%1\" is not a text.").arg(QLatin1String(key)));
        }
        m_field.label = LocalizedText::fromJson(get("label"));
        m_field.help = LocalizedText::fromJson(get("help"));
        if (has("required") && !get("required").isBool())
            return fail(QStringLiteral("\"required\" is not a boolean."));
        m_field.required = get("required").toBool();
        return {};
    }

    Problem parseBounds()
    {
        const std::pair<const char *, std::optional<double> *> valueBounds[] = {
            { "min", &m_field.min }, { "max", &m_field.max }
        };
        for (const auto &[key, target] : valueBounds) {
            if (!has(key))
                continue;
            if (!hasValueBounds(m_field.type))
                return fail(QStringLiteral("\"%1\" applies only to number and date fields.")
                                .arg(QLatin1String(key)));
            const QJsonValue value = get(key);
            if (!value.isDouble() || !std::isfinite(value.toDouble()))
                return fail(QStringLiteral("\"%1\" is not a number.").arg(QLatin1String(key)));
            if (m_field.type == FieldType::Date && !isInteger(value))
                return fail(QStringLiteral("\"%1\" of a date is a whole number of days.")
                                .arg(QLatin1String(key)));
            *target = value.toDouble();
        }
        if (m_field.min && m_field.max && *m_field.min > *m_field.max)
            return fail(QStringLiteral("\"min\" is greater than \"max\"."));

        const std::pair<const char *, std::optional<int> *> lengthBounds[] = {
            { "min_length", &m_field.minLength }, { "max_length", &m_field.maxLength }
        };
        for (const auto &[key, target] : lengthBounds) {
            if (!has(key))
                continue;
            if (!hasLengthBounds(m_field.type))
                return fail(
                    QStringLiteral("\"%1\" does not apply to this type.").arg(QLatin1String(key)));
            const QJsonValue value = get(key);
            if (!isInteger(value) || value.toDouble() < 0 || value.toDouble() > 1e9)
                return fail(QStringLiteral("\"%1\" is not a non-negative whole number.")
                                .arg(QLatin1String(key)));
            *target = value.toInt();
        }
        if (m_field.minLength && m_field.maxLength && *m_field.minLength > *m_field.maxLength)
            return fail(QStringLiteral("\"min_length\" is greater than \"max_length\"."));
        return {};
    }

    Problem parsePattern()
    {
        if (!has("pattern"))
            return {};
        if (!isTextLike(m_field.type))
            return fail(QStringLiteral("\"pattern\" applies only to text fields."));
        if (!get("pattern").isString())
            return fail(QStringLiteral("\"pattern\" is not a string."));
        m_field.pattern = get("pattern").toString();
        const QRegularExpression expression(m_field.pattern);
        if (!expression.isValid())
            return fail(QStringLiteral("\"pattern\" is not a valid regular expression (%1).")
                            .arg(expression.errorString()));
        return {};
    }

    Problem parseOptions()
    {
        if (!hasOptions(m_field.type)) {
            if (has("options"))
                return fail(QStringLiteral("\"options\" are only allowed on choice fields."));
            return {};
        }
        const QJsonValue options = get("options");
        if (!options.isArray() || options.toArray().isEmpty())
            return fail(QStringLiteral("a choice field needs a non-empty \"options\" array."));
        QSet<QString> seen;
        for (const QJsonValue &entry : options.toArray()) {
            const QJsonObject option = entry.toObject();
            const QJsonValue value = option.value(QLatin1String("value"));
            if (!entry.isObject() || !value.isString() || value.toString().isEmpty())
                return fail(QStringLiteral("an option has no \"value\"."));
            if (seen.contains(value.toString()))
                return fail(QStringLiteral("option \"%1\" appears twice.").arg(value.toString()));
            seen.insert(value.toString());
            for (auto it = option.constBegin(); it != option.constEnd(); ++it) {
                if (it.key() != QLatin1String("value") && it.key() != QLatin1String("label"))
                    return fail(QStringLiteral("option \"%1\" has an unknown member \"%2\".")
                                    .arg(value.toString(), it.key()));
            }
            if (option.contains(QLatin1String("label")) &&
                !isLocalizedText(option.value(QLatin1String("label"))))
                return fail(QStringLiteral("the label of option \"%1\" is not a text.")
                                .arg(value.toString()));
            m_field.options.append(
                { value.toString(),
                  LocalizedText::fromJson(option.value(QLatin1String("label"))) });
        }
        return {};
    }

    Problem parseVisibleIf()
    {
        if (!has("visible_if"))
            return {};
        const QJsonObject condition = get("visible_if").toObject();
        const QJsonValue field = condition.value(QLatin1String("field"));
        if (!get("visible_if").isObject() || !field.isString() ||
            !condition.contains(QLatin1String("equals")) || condition.size() != 2)
            return fail(QStringLiteral("\"visible_if\" must be {\"field\", \"equals\"}."));
        if (!m_earlier.contains(field.toString()))
            return fail(
                QStringLiteral("\"visible_if\" names \"%1\", which is not an earlier field.")
                    .arg(field.toString()));
        m_field.visibleIf =
            VisibleIf { field.toString(), condition.value(QLatin1String("equals")) };
        return {};
    }

    Problem parseFileMembers()
    {
        const bool isFile = m_field.type == FieldType::File;
        if (has("accept")) {
            if (!isFile)
                return fail(QStringLiteral("\"accept\" applies only to file fields."));
            if (!get("accept").isArray())
                return fail(QStringLiteral("\"accept\" is not an array of MIME types."));
            for (const QJsonValue &type : get("accept").toArray()) {
                if (!type.isString() || type.toString().isEmpty())
                    return fail(QStringLiteral("\"accept\" is not an array of MIME types."));
                m_field.accept.append(type.toString());
            }
        }
        if (has("max_bytes")) {
            if (!isFile)
                return fail(QStringLiteral("\"max_bytes\" applies only to file fields."));
            if (!isInteger(get("max_bytes")) || get("max_bytes").toDouble() < 0)
                return fail(QStringLiteral("\"max_bytes\" is not a non-negative whole number."));
            m_field.maxBytes = get("max_bytes").toInteger();
        }
        return {};
    }

    const QJsonObject &m_object;
    const QSet<QString> &m_earlier;
    FormField m_field;
};

} // namespace

QString fieldTypeToWire(FieldType type)
{
    for (const auto &[value, name] : kWireNames) {
        if (value == type)
            return QString::fromLatin1(name);
    }
    return {};
}

std::optional<FieldType> fieldTypeFromWire(const QString &wire)
{
    for (const auto &[value, name] : kWireNames) {
        if (wire == QLatin1String(name))
            return value;
    }
    return std::nullopt;
}

bool isTextLike(FieldType type)
{
    switch (type) {
    case FieldType::Text:
    case FieldType::Multiline:
    case FieldType::Email:
    case FieldType::Phone:
    case FieldType::Iban:
    case FieldType::LicencePlate:
        return true;
    default:
        return false;
    }
}

QJsonObject FormField::toJson() const
{
    QJsonObject object { { QStringLiteral("id"), id },
                         { QStringLiteral("type"), fieldTypeToWire(type) },
                         { QStringLiteral("label"), label.toJson() },
                         { QStringLiteral("required"), required } };
    if (!help.isEmpty())
        object.insert(QStringLiteral("help"), help.toJson());
    if (min)
        object.insert(QStringLiteral("min"), *min);
    if (max)
        object.insert(QStringLiteral("max"), *max);
    if (minLength)
        object.insert(QStringLiteral("min_length"), *minLength);
    if (maxLength)
        object.insert(QStringLiteral("max_length"), *maxLength);
    if (!pattern.isEmpty())
        object.insert(QStringLiteral("pattern"), pattern);
    if (!options.isEmpty()) {
        QJsonArray array;
        for (const FieldOption &option : options)
            array.append(QJsonObject { { QStringLiteral("value"), option.value },
                                       { QStringLiteral("label"), option.label.toJson() } });
        object.insert(QStringLiteral("options"), array);
    }
    if (visibleIf)
        object.insert(QStringLiteral("visible_if"),
                      QJsonObject { { QStringLiteral("field"), visibleIf->field },
                                    { QStringLiteral("equals"), visibleIf->equals } });
    if (!accept.isEmpty())
        object.insert(QStringLiteral("accept"), QJsonArray::fromStringList(accept));
    if (maxBytes > 0)
        object.insert(QStringLiteral("max_bytes"), maxBytes);
    return object;
}

const FormField *FormSchema::field(const QString &id) const
{
    for (const FormStep &step : steps) {
        for (const FormField &candidate : step.fields) {
            if (candidate.id == id)
                return &candidate;
        }
    }
    return nullptr;
}

QList<const FormField *> FormSchema::allFields() const
{
    QList<const FormField *> fields;
    for (const FormStep &step : steps) {
        for (const FormField &candidate : step.fields)
            fields.append(&candidate);
    }
    return fields;
}

QJsonObject FormSchema::toJson() const
{
    QJsonArray stepArray;
    for (const FormStep &step : steps) {
        QJsonArray fieldArray;
        for (const FormField &candidate : step.fields)
            fieldArray.append(candidate.toJson());
        stepArray.append(QJsonObject { { QStringLiteral("title"), step.title.toJson() },
                                       { QStringLiteral("fields"), fieldArray } });
    }
    return { { QStringLiteral("version"), version }, { QStringLiteral("steps"), stepArray } };
}

Result<FormSchema> FormSchema::fromJson(const QJsonObject &object)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (it.key() != QLatin1String("version") && it.key() != QLatin1String("steps"))
            return invalid(QStringLiteral("Unknown member \"%1\".").arg(it.key()));
    }
    FormSchema schema;
    if (object.contains(QLatin1String("version"))) {
        const QJsonValue version = object.value(QLatin1String("version"));
        if (!isInteger(version) || version.toDouble() < 1 || version.toDouble() > 1e9)
            return invalid(QStringLiteral("\"version\" is not a positive whole number."));
        schema.version = version.toInt();
    }
    const QJsonValue steps = object.value(QLatin1String("steps"));
    if (!steps.isArray())
        return invalid(QStringLiteral("\"steps\" is missing or not an array."));

    QSet<QString> ids;
    int stepNumber = 0;
    for (const QJsonValue &stepValue : steps.toArray()) {
        ++stepNumber;
        const QJsonObject stepObject = stepValue.toObject();
        const QJsonValue fields = stepObject.value(QLatin1String("fields"));
        if (!stepValue.isObject() || !fields.isArray())
            return invalid(QStringLiteral("Step %1 has no \"fields\" array.").arg(stepNumber));
        for (auto it = stepObject.constBegin(); it != stepObject.constEnd(); ++it) {
            if (it.key() != QLatin1String("title") && it.key() != QLatin1String("fields"))
                return invalid(QStringLiteral("Step %1 has an unknown member \"%2\".")
                                   .arg(stepNumber)
                                   .arg(it.key()));
        }
        if (stepObject.contains(QLatin1String("title")) &&
            !isLocalizedText(stepObject.value(QLatin1String("title"))))
            return invalid(QStringLiteral("The title of step %1 is not a text.").arg(stepNumber));

        FormStep step;
        step.title = LocalizedText::fromJson(stepObject.value(QLatin1String("title")));
        for (const QJsonValue &fieldValue : fields.toArray()) {
            if (!fieldValue.isObject())
                return invalid(
                    QStringLiteral("Step %1 has a field that is not an object.").arg(stepNumber));
            const QJsonObject fieldObject = fieldValue.toObject();
            auto parsed = FieldParser(fieldObject, ids).parse();
            if (!parsed)
                return parsed.problem();
            if (ids.contains(parsed.value().id))
                return invalid(
                    QStringLiteral("Field \"%1\": the id is used twice.").arg(parsed.value().id));
            ids.insert(parsed.value().id);
            step.fields.append(std::move(parsed).value());
        }
        schema.steps.append(std::move(step));
    }
    return schema;
}

} // namespace rathaus
