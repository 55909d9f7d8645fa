#include "common/forms/ServiceSchemaCheck.h"

#include "common/forms/FormSchema.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace rathaus {

// Messages are spelt out as QCoreApplication::translate("ServiceSchemaCheck",
// ...) at each use, not through a helper, so that lupdate finds them.

namespace {

bool isWholeNumber(const QJsonValue &value, double low, double high)
{
    if (!value.isDouble())
        return false;
    const double number = value.toDouble();
    return std::isfinite(number) && std::floor(number) == number && number >= low && number <= high;
}

QString at(const QString &path, const QString &member)
{
    return path.isEmpty() ? member : path + QLatin1Char('.') + member;
}

QString index(const QString &path, qsizetype i)
{
    return QStringLiteral("%1[%2]").arg(path).arg(i);
}

class Checker
{
public:
    QList<SchemaIssue> run(const QJsonObject &service)
    {
        checkMembers(service, {}, kServiceMembers);
        checkIdentity(service);
        checkText(service, QStringLiteral("title"), /*bothLanguages=*/true);
        checkText(service, QStringLiteral("summary"), true);
        checkText(service, QStringLiteral("description"), true);
        checkRequirements(service.value(QLatin1String("requirements")));
        const QJsonValue legal = service.value(QLatin1String("legal_basis"));
        if (!legal.isString() || legal.toString().trimmed().isEmpty())
            add(QStringLiteral("legal_basis"),
                QCoreApplication::translate("ServiceSchemaCheck", "Name the legal basis."));
        const QJsonValue form = service.value(QLatin1String("form"));
        if (form.isObject())
            checkForm(form.toObject());
        else
            add(QStringLiteral("form"),
                QCoreApplication::translate("ServiceSchemaCheck", "The form is missing."));
        // The fee names form fields: checked after the form is known.
        const QJsonValue fee = service.value(QLatin1String("fee"));
        if (fee.isObject())
            checkFee(fee.toObject());
        else
            add(QStringLiteral("fee"),
                QCoreApplication::translate("ServiceSchemaCheck", "The fee is missing."));
        return m_issues;
    }

private:
    inline static const QStringList kServiceMembers {
        QStringLiteral("id"),
        QStringLiteral("office_id"),
        QStringLiteral("title"),
        QStringLiteral("summary"),
        QStringLiteral("description"),
        QStringLiteral("requirements"),
        QStringLiteral("legal_basis"),
        QStringLiteral("fee"),
        QStringLiteral("form"),
        QStringLiteral("required_trust_level"),
        QStringLiteral("processing_days"),
        // The admin document's edit version and time: read, never edited here.
        QStringLiteral("version"),
        QStringLiteral("updated_at"),
    };

    void add(const QString &path, const QString &message) { m_issues.append({ path, message }); }

    void checkMembers(const QJsonObject &object, const QString &path, const QStringList &known)
    {
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (!known.contains(it.key()))
                add(at(path, it.key()),
                    QCoreApplication::translate("ServiceSchemaCheck", "Unknown member."));
        }
    }

    void checkIdentity(const QJsonObject &service)
    {
        static const QRegularExpression serviceId(QStringLiteral("^[a-z0-9][a-z0-9-]{0,63}$"));
        if (!serviceId.match(service.value(QLatin1String("id")).toString()).hasMatch())
            add(QStringLiteral("id"),
                QCoreApplication::translate("ServiceSchemaCheck",
                                            "Use 1 to 64 lower-case letters, digits and "
                                            "hyphens (e.g. \"dog-tax\")."));
        const QJsonValue office = service.value(QLatin1String("office_id"));
        if (!office.isString() || office.toString().isEmpty())
            add(QStringLiteral("office_id"),
                QCoreApplication::translate("ServiceSchemaCheck", "Choose the office."));
        const QJsonValue trust = service.value(QLatin1String("required_trust_level"));
        static const QStringList levels { QStringLiteral("basic"), QStringLiteral("substantial"),
                                          QStringLiteral("high") };
        if (!trust.isUndefined() && !levels.contains(trust.toString()))
            add(QStringLiteral("required_trust_level"),
                QCoreApplication::translate("ServiceSchemaCheck",
                                            "Use basic, substantial or high."));
        const QJsonValue days = service.value(QLatin1String("processing_days"));
        if (!days.isUndefined() && !isWholeNumber(days, 0, 3650))
            add(QStringLiteral("processing_days"),
                QCoreApplication::translate("ServiceSchemaCheck",
                                            "Enter a whole number of days from 0 to 3650."));
    }

    // A text {"de", "en"}; German always required, English too when
    // `bothLanguages` (what a citizen reads first: titles, summaries).
    bool checkText(const QJsonObject &parent, const QString &member, bool bothLanguages,
                   const QString &path = {}, bool required = true)
    {
        const QString place = at(path, member);
        const QJsonValue value = parent.value(member);
        if (value.isUndefined() && !required)
            return true;
        if (value.isString()) // one text for both languages: allowed by the wire format
            return checkTextString(place, value.toString());
        if (!value.isObject()) {
            add(place, QCoreApplication::translate("ServiceSchemaCheck", "Enter a text."));
            return false;
        }
        const QJsonObject object = value.toObject();
        checkMembers(object, place, { QStringLiteral("de"), QStringLiteral("en") });
        bool ok = true;
        for (const QString &language : { QStringLiteral("de"), QStringLiteral("en") }) {
            const QJsonValue text = object.value(language);
            if (!text.isUndefined() && !text.isString()) {
                add(at(place, language),
                    QCoreApplication::translate("ServiceSchemaCheck", "Enter a text."));
                ok = false;
            } else if (required && (language == QLatin1String("de") || bothLanguages) &&
                       text.toString().trimmed().isEmpty()) {
                add(at(place, language),
                    language == QLatin1String("de")
                        ? QCoreApplication::translate("ServiceSchemaCheck",
                                                      "The German text is missing.")
                        : QCoreApplication::translate("ServiceSchemaCheck",
                                                      "The English text is missing."));
                ok = false;
            }
        }
        return ok;
    }

    bool checkTextString(const QString &place, const QString &text)
    {
        if (!text.trimmed().isEmpty())
            return true;
        add(place, QCoreApplication::translate("ServiceSchemaCheck", "Enter a text."));
        return false;
    }

    void checkRequirements(const QJsonValue &requirements)
    {
        if (requirements.isUndefined())
            return;
        if (!requirements.isArray()) {
            add(QStringLiteral("requirements"),
                QCoreApplication::translate("ServiceSchemaCheck", "Give a list of texts."));
            return;
        }
        const QJsonArray list = requirements.toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            QJsonObject holder { { QStringLiteral("item"), list.at(i) } };
            const QString place = index(QStringLiteral("requirements"), i);
            if (list.at(i).isString())
                checkTextString(place, list.at(i).toString());
            else
                checkTextAt(holder, place);
        }
    }

    void checkTextAt(const QJsonObject &holder, const QString &place)
    {
        // checkText with the place given whole (array items have no member name).
        const QJsonValue value = holder.value(QLatin1String("item"));
        if (!value.isObject()) {
            add(place, QCoreApplication::translate("ServiceSchemaCheck", "Enter a text."));
            return;
        }
        const QJsonObject object = value.toObject();
        checkMembers(object, place, { QStringLiteral("de"), QStringLiteral("en") });
        if (object.value(QLatin1String("de")).toString().trimmed().isEmpty())
            add(at(place, QStringLiteral("de")),
                QCoreApplication::translate("ServiceSchemaCheck", "The German text is missing."));
    }

    void checkForm(const QJsonObject &form)
    {
        const QString path = QStringLiteral("form");
        checkMembers(form, path, { QStringLiteral("version"), QStringLiteral("steps") });
        const QJsonValue version = form.value(QLatin1String("version"));
        if (!version.isUndefined() && !isWholeNumber(version, 1, 1e9))
            add(at(path, QStringLiteral("version")),
                QCoreApplication::translate("ServiceSchemaCheck",
                                            "The version is a positive whole number."));
        const QJsonValue steps = form.value(QLatin1String("steps"));
        if (!steps.isArray() || steps.toArray().isEmpty()) {
            add(at(path, QStringLiteral("steps")),
                QCoreApplication::translate("ServiceSchemaCheck",
                                            "The form needs at least one step."));
            return;
        }
        const QJsonArray stepList = steps.toArray();
        for (qsizetype s = 0; s < stepList.size(); ++s) {
            const QString stepPath = index(at(path, QStringLiteral("steps")), s);
            if (!stepList.at(s).isObject()) {
                add(stepPath,
                    QCoreApplication::translate("ServiceSchemaCheck", "A step is an object."));
                continue;
            }
            const QJsonObject step = stepList.at(s).toObject();
            checkMembers(step, stepPath, { QStringLiteral("title"), QStringLiteral("fields") });
            checkText(step, QStringLiteral("title"), false, stepPath);
            const QJsonValue fields = step.value(QLatin1String("fields"));
            if (!fields.isArray() || fields.toArray().isEmpty()) {
                add(at(stepPath, QStringLiteral("fields")),
                    QCoreApplication::translate("ServiceSchemaCheck",
                                                "A step needs at least one field."));
                continue;
            }
            const QJsonArray fieldList = fields.toArray();
            for (qsizetype f = 0; f < fieldList.size(); ++f)
                checkField(fieldList.at(f), index(at(stepPath, QStringLiteral("fields")), f));
        }
    }

    void checkField(const QJsonValue &value, const QString &path)
    {
        if (!value.isObject()) {
            add(path, QCoreApplication::translate("ServiceSchemaCheck", "A field is an object."));
            return;
        }
        const QJsonObject field = value.toObject();
        checkMembers(field, path,
                     { QStringLiteral("id"), QStringLiteral("type"), QStringLiteral("label"),
                       QStringLiteral("help"), QStringLiteral("required"), QStringLiteral("min"),
                       QStringLiteral("max"), QStringLiteral("min_length"),
                       QStringLiteral("max_length"), QStringLiteral("pattern"),
                       QStringLiteral("options"), QStringLiteral("visible_if"),
                       QStringLiteral("accept"), QStringLiteral("max_bytes") });

        // Ids become JSON keys of the application's data and of fee rules.
        static const QRegularExpression fieldId(QStringLiteral("^[a-z][a-z0-9_]{0,63}$"));
        const QString id = field.value(QLatin1String("id")).toString();
        const QString idPath = at(path, QStringLiteral("id"));
        if (!fieldId.match(id).hasMatch())
            add(idPath,
                QCoreApplication::translate("ServiceSchemaCheck",
                                            "Use a lower-case letter, then letters, digits or "
                                            "underscores (e.g. \"dog_name\")."));
        else if (m_types.contains(id))
            add(idPath,
                QCoreApplication::translate("ServiceSchemaCheck",
                                            "This key is already used by another field."));

        const auto type = fieldTypeFromWire(field.value(QLatin1String("type")).toString());
        if (!type)
            add(at(path, QStringLiteral("type")),
                QCoreApplication::translate("ServiceSchemaCheck", "Unknown field type."));
        checkText(field, QStringLiteral("label"), false, path);
        checkText(field, QStringLiteral("help"), false, path, /*required=*/false);
        const QJsonValue required = field.value(QLatin1String("required"));
        if (!required.isUndefined() && !required.isBool())
            add(at(path, QStringLiteral("required")),
                QCoreApplication::translate("ServiceSchemaCheck", "Use true or false."));
        if (type)
            checkTypeMembers(field, *type, path);
        checkVisibleIf(field, path);

        if (!id.isEmpty() && !m_types.contains(id)) {
            m_types.insert(id, type.value_or(FieldType::Text));
            for (const QJsonValue &option : field.value(QLatin1String("options")).toArray())
                m_options[id].insert(option.toObject().value(QLatin1String("value")).toString());
        }
    }

    void checkTypeMembers(const QJsonObject &field, FieldType type, const QString &path)
    {
        const bool number = type == FieldType::Number;
        const bool date = type == FieldType::Date;
        const bool choice = type == FieldType::Choice || type == FieldType::MultiChoice;
        const bool file = type == FieldType::File;
        const bool lengths = isTextLike(type) || type == FieldType::MultiChoice || file;
        const auto notForType = [&](const char *member) {
            if (field.contains(QLatin1String(member)))
                add(at(path, QLatin1String(member)),
                    QCoreApplication::translate("ServiceSchemaCheck",
                                                "Not allowed for this field type."));
        };

        for (const char *member : { "min", "max" }) {
            if (!number && !date) {
                notForType(member);
                continue;
            }
            const QJsonValue bound = field.value(QLatin1String(member));
            if (bound.isUndefined())
                continue;
            if (date ? !isWholeNumber(bound, -1e6, 1e6)
                     : (!bound.isDouble() || !std::isfinite(bound.toDouble())))
                add(at(path, QLatin1String(member)),
                    date ? QCoreApplication::translate("ServiceSchemaCheck",
                                                       "Enter a whole number of days.")
                         : QCoreApplication::translate("ServiceSchemaCheck", "Enter a number."));
        }
        if (field.value(QLatin1String("min")).isDouble() &&
            field.value(QLatin1String("max")).isDouble() &&
            field.value(QLatin1String("min")).toDouble() >
                field.value(QLatin1String("max")).toDouble())
            add(at(path, QStringLiteral("max")),
                QCoreApplication::translate("ServiceSchemaCheck",
                                            "The maximum is below the minimum."));

        for (const char *member : { "min_length", "max_length" }) {
            if (!lengths) {
                notForType(member);
                continue;
            }
            const QJsonValue bound = field.value(QLatin1String(member));
            if (!bound.isUndefined() && !isWholeNumber(bound, 0, 1e9))
                add(at(path, QLatin1String(member)),
                    QCoreApplication::translate("ServiceSchemaCheck",
                                                "Enter a whole number, 0 or more."));
        }
        if (field.value(QLatin1String("min_length")).isDouble() &&
            field.value(QLatin1String("max_length")).isDouble() &&
            field.value(QLatin1String("min_length")).toDouble() >
                field.value(QLatin1String("max_length")).toDouble())
            add(at(path, QStringLiteral("max_length")),
                QCoreApplication::translate("ServiceSchemaCheck",
                                            "The maximum is below the minimum."));

        if (!isTextLike(type)) {
            notForType("pattern");
        } else if (field.contains(QLatin1String("pattern"))) {
            const QRegularExpression expression(field.value(QLatin1String("pattern")).toString());
            if (!field.value(QLatin1String("pattern")).isString() || !expression.isValid())
                add(at(path, QStringLiteral("pattern")),
                    QCoreApplication::translate("ServiceSchemaCheck",
                                                "This is not a valid regular expression."));
        }

        if (!choice)
            notForType("options");
        else
            checkOptions(field.value(QLatin1String("options")),
                         at(path, QStringLiteral("options")));

        if (!file) {
            notForType("accept");
            notForType("max_bytes");
        } else {
            const QJsonValue accept = field.value(QLatin1String("accept"));
            bool acceptOk = accept.isUndefined() || accept.isArray();
            for (const QJsonValue &mime : accept.toArray())
                acceptOk =
                    acceptOk && mime.isString() && mime.toString().contains(QLatin1Char('/'));
            if (!acceptOk)
                add(at(path, QStringLiteral("accept")),
                    QCoreApplication::translate("ServiceSchemaCheck",
                                                "Give a list of MIME types (e.g. "
                                                "\"application/pdf\")."));
            const QJsonValue maxBytes = field.value(QLatin1String("max_bytes"));
            if (!maxBytes.isUndefined() && !isWholeNumber(maxBytes, 0, 1e15))
                add(at(path, QStringLiteral("max_bytes")),
                    QCoreApplication::translate("ServiceSchemaCheck",
                                                "Enter a whole number, 0 or more."));
        }
    }

    void checkOptions(const QJsonValue &options, const QString &path)
    {
        if (!options.isArray() || options.toArray().isEmpty()) {
            add(path,
                QCoreApplication::translate("ServiceSchemaCheck",
                                            "A choice field needs at least one option."));
            return;
        }
        QSet<QString> seen;
        const QJsonArray list = options.toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString optionPath = index(path, i);
            const QJsonObject option = list.at(i).toObject();
            checkMembers(option, optionPath, { QStringLiteral("value"), QStringLiteral("label") });
            const QJsonValue value = option.value(QLatin1String("value"));
            if (!value.isString() || value.toString().isEmpty())
                add(at(optionPath, QStringLiteral("value")),
                    QCoreApplication::translate("ServiceSchemaCheck", "Enter the stored value."));
            else if (seen.contains(value.toString()))
                add(at(optionPath, QStringLiteral("value")),
                    QCoreApplication::translate("ServiceSchemaCheck",
                                                "This value is already used by another option."));
            seen.insert(value.toString());
            checkText(option, QStringLiteral("label"), false, optionPath);
        }
    }

    void checkVisibleIf(const QJsonObject &field, const QString &path)
    {
        const QJsonValue condition = field.value(QLatin1String("visible_if"));
        if (condition.isUndefined())
            return;
        const QString place = at(path, QStringLiteral("visible_if"));
        const QJsonObject object = condition.toObject();
        if (!condition.isObject() || !object.contains(QLatin1String("equals")) ||
            object.size() != 2) {
            add(place,
                QCoreApplication::translate("ServiceSchemaCheck",
                                            "Write it as {\"field\": key, \"equals\": value}."));
            return;
        }
        const QString named = object.value(QLatin1String("field")).toString();
        if (!m_types.contains(named))
            add(at(place, QStringLiteral("field")),
                QCoreApplication::translate("ServiceSchemaCheck",
                                            "Name a field that comes before this one."));
    }

    void checkFee(const QJsonObject &fee)
    {
        const QString path = QStringLiteral("fee");
        checkMembers(fee, path,
                     { QStringLiteral("base_cents"), QStringLiteral("currency"),
                       QStringLiteral("per_unit"), QStringLiteral("per_option") });
        const auto checkCents = [&](const QJsonValue &value, const QString &place) {
            if (!isWholeNumber(value, 0, 1e11))
                add(place,
                    QCoreApplication::translate("ServiceSchemaCheck",
                                                "Enter an amount in cents, 0 or more."));
        };
        checkCents(fee.value(QLatin1String("base_cents")), at(path, QStringLiteral("base_cents")));
        const QJsonValue currency = fee.value(QLatin1String("currency"));
        if (!currency.isUndefined() && currency.toString() != QLatin1String("EUR"))
            add(at(path, QStringLiteral("currency")),
                QCoreApplication::translate("ServiceSchemaCheck", "Fees are in EUR."));

        const QJsonValue perUnit = fee.value(QLatin1String("per_unit"));
        if (!perUnit.isUndefined() && !perUnit.isArray())
            add(at(path, QStringLiteral("per_unit")),
                QCoreApplication::translate("ServiceSchemaCheck", "Give a list of rules."));
        const QJsonArray units = perUnit.toArray();
        for (qsizetype i = 0; i < units.size(); ++i) {
            const QString place = index(at(path, QStringLiteral("per_unit")), i);
            const QJsonObject rule = units.at(i).toObject();
            checkMembers(
                rule, place,
                { QStringLiteral("field"), QStringLiteral("cents"), QStringLiteral("free_units") });
            const QString field = rule.value(QLatin1String("field")).toString();
            if (m_types.value(field, FieldType::Text) != FieldType::Number ||
                !m_types.contains(field))
                add(at(place, QStringLiteral("field")),
                    QCoreApplication::translate("ServiceSchemaCheck",
                                                "Name a number field of the form."));
            checkCents(rule.value(QLatin1String("cents")), at(place, QStringLiteral("cents")));
            const QJsonValue free = rule.value(QLatin1String("free_units"));
            if (!free.isUndefined() && !isWholeNumber(free, 0, 1e9))
                add(at(place, QStringLiteral("free_units")),
                    QCoreApplication::translate("ServiceSchemaCheck",
                                                "Enter a whole number, 0 or more."));
        }

        const QJsonValue perOption = fee.value(QLatin1String("per_option"));
        if (!perOption.isUndefined() && !perOption.isArray())
            add(at(path, QStringLiteral("per_option")),
                QCoreApplication::translate("ServiceSchemaCheck", "Give a list of rules."));
        const QJsonArray options = perOption.toArray();
        for (qsizetype i = 0; i < options.size(); ++i) {
            const QString place = index(at(path, QStringLiteral("per_option")), i);
            const QJsonObject rule = options.at(i).toObject();
            checkMembers(rule, place, { QStringLiteral("field"), QStringLiteral("cents") });
            const QString field = rule.value(QLatin1String("field")).toString();
            const FieldType type = m_types.value(field, FieldType::Text);
            const bool isChoice = m_types.contains(field) &&
                (type == FieldType::Choice || type == FieldType::MultiChoice);
            if (!isChoice)
                add(at(place, QStringLiteral("field")),
                    QCoreApplication::translate("ServiceSchemaCheck",
                                                "Name a choice field of the form."));
            const QJsonValue cents = rule.value(QLatin1String("cents"));
            if (!cents.isObject()) {
                add(at(place, QStringLiteral("cents")),
                    QCoreApplication::translate("ServiceSchemaCheck",
                                                "Give an amount in cents for each option."));
                continue;
            }
            const QJsonObject amounts = cents.toObject();
            for (auto it = amounts.constBegin(); it != amounts.constEnd(); ++it) {
                const QString amountPlace = at(at(place, QStringLiteral("cents")), it.key());
                if (isChoice && !m_options.value(field).contains(it.key()))
                    add(amountPlace,
                        QCoreApplication::translate("ServiceSchemaCheck",
                                                    "The field has no such option."));
                else
                    checkCents(it.value(), amountPlace);
            }
        }
    }

    QList<SchemaIssue> m_issues;
    QHash<QString, FieldType> m_types; // fields seen so far (visible_if: earlier only)
    QHash<QString, QSet<QString>> m_options; // choice field -> option values
};

} // namespace

QList<SchemaIssue> ServiceSchemaCheck::check(const QJsonObject &service)
{
    QList<SchemaIssue> issues = Checker().run(service);
    if (!issues.isEmpty())
        return issues;
    // The wire parser is the last word on the form (it is what the citizens'
    // client will read): anything it still refuses is the form's mistake.
    const auto form = FormSchema::fromJson(service.value(QLatin1String("form")).toObject());
    if (!form)
        issues.append({ QStringLiteral("form"), form.problem().detail });
    return issues;
}

QMap<QString, QString> ServiceSchemaCheck::toErrorMap(const QList<SchemaIssue> &issues)
{
    QMap<QString, QString> errors;
    for (const SchemaIssue &issue : issues) {
        if (!errors.contains(issue.path)) // the first mistake at a place is enough
            errors.insert(issue.path, issue.message);
    }
    return errors;
}

} // namespace rathaus
