#include "app/client/staff/CaseDataLayout.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>

namespace rathaus::client {

namespace {

QString optionLabel(const FormField &field, const QString &value, const QString &language)
{
    for (const FieldOption &option : field.options) {
        if (option.value == value)
            return option.label.in(language);
    }
    return value;
}

QString plainText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QLocale().toString(value.toDouble());
    if (value.isBool())
        return value.toBool() ? QCoreApplication::translate("CaseDataLayout", "yes")
                              : QCoreApplication::translate("CaseDataLayout", "no");
    if (value.isArray()) {
        QStringList parts;
        for (const QJsonValue &item : value.toArray())
            parts.append(plainText(item));
        return parts.join(QStringLiteral(", "));
    }
    if (value.isObject()) {
        QStringList parts;
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            parts.append(it.key() + QStringLiteral(": ") + plainText(it.value()));
        return parts.join(QLatin1Char('\n'));
    }
    return {};
}

} // namespace

QStringList CaseDataLayout::uploadIds(const QJsonValue &value)
{
    QStringList ids;
    const QJsonArray array = value.isArray() ? value.toArray() : QJsonArray { value };
    for (const QJsonValue &item : array) {
        // The backend stores {"upload_id", "name", "size", ...}; older cases
        // hold the bare id.
        const QJsonObject file = item.toObject();
        const QString id = !item.isObject() ? item.toString()
            : file.contains(QLatin1String("upload_id"))
            ? file.value(QLatin1String("upload_id")).toString()
            : file.value(QLatin1String("id")).toString();
        if (!id.isEmpty())
            ids.append(id);
    }
    return ids;
}

QString CaseDataLayout::valueText(const FormField &field, const QJsonValue &value,
                                  const QString &language, const QLocale &locale)
{
    if (value.isUndefined() || value.isNull())
        return {};
    switch (field.type) {
    case FieldType::Choice:
        return optionLabel(field, value.toString(), language);
    case FieldType::MultiChoice: {
        QStringList labels;
        for (const QJsonValue &item : value.toArray())
            labels.append(optionLabel(field, item.toString(), language));
        return labels.join(QStringLiteral(", "));
    }
    case FieldType::Checkbox:
        return value.toBool() ? QCoreApplication::translate("CaseDataLayout", "yes")
                              : QCoreApplication::translate("CaseDataLayout", "no");
    case FieldType::Date: {
        const QDate date = QDate::fromString(value.toString(), Qt::ISODate);
        return date.isValid() ? locale.toString(date, QLocale::ShortFormat) : value.toString();
    }
    case FieldType::Number:
        return value.isDouble() ? locale.toString(value.toDouble()) : plainText(value);
    case FieldType::PostalAddress: {
        const QJsonObject address = value.toObject();
        const auto part = [&](const char *key) {
            return address.value(QLatin1String(key)).toString().trimmed();
        };
        QStringList lines;
        for (const char *key : { "name", "street", "addition" }) {
            if (!part(key).isEmpty())
                lines.append(part(key));
        }
        const QString city =
            QStringLiteral("%1 %2").arg(part("postal_code"), part("city")).trimmed();
        if (!city.isEmpty())
            lines.append(city);
        return lines.isEmpty() ? plainText(value) : lines.join(QLatin1Char('\n'));
    }
    case FieldType::File: {
        // "Fahrzeugschein.pdf (120 KB)" where the backend named the file.
        QStringList names;
        const QJsonArray files = value.isArray() ? value.toArray() : QJsonArray { value };
        for (const QJsonValue &item : files) {
            const QJsonObject file = item.toObject();
            const QString name = file.value(QLatin1String("name")).toString();
            if (name.isEmpty()) {
                names.clear();
                break;
            }
            names.append(QCoreApplication::translate("CaseDataLayout", "%1 (%2)")
                             .arg(name,
                                  locale.formattedDataSize(
                                      qint64(file.value(QLatin1String("size")).toDouble()))));
        }
        if (!names.isEmpty())
            return names.join(QStringLiteral(", "));
        const int count = int(uploadIds(value).size());
        return QCoreApplication::translate("CaseDataLayout", "%n file(s)", nullptr, count);
    }
    default:
        return plainText(value);
    }
}

QList<CaseDataLayout::Step> CaseDataLayout::layout(const FormSchema &schema,
                                                   const QJsonObject &data,
                                                   const QString &language, const QLocale &locale)
{
    QList<Step> steps;
    QStringList known;
    for (const FormStep &formStep : schema.steps) {
        Step step;
        step.title = formStep.title.in(language);
        for (const FormField &field : formStep.fields) {
            known.append(field.id);
            const QJsonValue value = data.value(field.id);
            if (value.isUndefined())
                continue; // hidden by visible_if, or optional and not given
            Row row { field.id, field.label.in(language), valueText(field, value, language, locale),
                      {} };
            if (field.type == FieldType::File)
                row.uploadIds = uploadIds(value);
            step.rows.append(row);
        }
        if (!step.rows.isEmpty())
            steps.append(step);
    }
    Step other;
    other.title = QCoreApplication::translate("CaseDataLayout", "Further details");
    for (auto it = data.begin(); it != data.end(); ++it) {
        if (!known.contains(it.key()))
            other.rows.append({ it.key(), it.key(), plainText(it.value()), {} });
    }
    if (!other.rows.isEmpty())
        steps.append(other);
    return steps;
}

} // namespace rathaus::client
