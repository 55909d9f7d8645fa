#include "app/client/FormState.h"

#include <QJsonArray>

#include <utility>

namespace rathaus::client {

FormState::FormState(QString serviceId, FormSchema schema, FeeRule fee, QObject *parent)
    : QObject(parent), m_serviceId(std::move(serviceId)), m_schema(std::move(schema)),
      m_fee(std::move(fee)), m_validator(m_schema)
{ }

void FormState::setValue(const QString &fieldId, const QJsonValue &value)
{
    const bool empty = value.isUndefined() || value.isNull();
    if (empty ? !m_data.contains(fieldId) : m_data.value(fieldId) == value)
        return;
    m_serverErrors.remove(fieldId);
    if (empty)
        m_data.remove(fieldId);
    else
        m_data.insert(fieldId, value);
    emit valueChanged(fieldId);
    emit changed();
}

void FormState::setData(const QJsonObject &data)
{
    if (data == m_data)
        return;
    m_data = data;
    emit changed();
}

bool FormState::isVisible(const FormField &field) const
{
    return m_validator.isVisible(field, m_data);
}

QString FormState::errorFor(const FormField &field) const
{
    if (!isVisible(field))
        return {};
    const QString local =
        m_validator.validateField(field, forValidation(field, m_data.value(field.id)));
    return local.isEmpty() ? m_serverErrors.value(field.id) : local;
}

FormValidator::Errors FormState::stepErrors(int step) const
{
    FormValidator::Errors errors;
    if (step < 0 || step >= m_schema.steps.size())
        return errors;
    for (const FormField &field : m_schema.steps.at(step).fields) {
        if (const QString message = errorFor(field); !message.isEmpty())
            errors.insert(field.id, message);
    }
    return errors;
}

FormValidator::Errors FormState::errors() const
{
    FormValidator::Errors errors = m_validator.validate(forValidation());
    for (auto it = m_serverErrors.cbegin(); it != m_serverErrors.cend(); ++it) {
        const FormField *field = m_schema.field(it.key());
        if (field && isVisible(*field) && !errors.contains(it.key()))
            errors.insert(it.key(), it.value());
    }
    return errors;
}

QJsonObject FormState::submissionData() const
{
    QJsonObject data = visibleData();
    for (auto it = data.begin(); it != data.end(); ++it) {
        if (const FormField *field = m_schema.field(it.key()))
            it.value() = forValidation(*field, it.value());
    }
    return data;
}

void FormState::setServerErrors(const QMap<QString, QString> &errors)
{
    if (errors == m_serverErrors)
        return;
    m_serverErrors = errors;
    emit changed();
}

QJsonObject FormState::visibleData() const
{
    return m_validator.withoutHiddenValues(m_data);
}

qint64 FormState::feeCents() const
{
    return m_fee.compute(visibleData());
}

QJsonObject FormState::forValidation() const
{
    QJsonObject data = m_data;
    for (auto it = data.begin(); it != data.end(); ++it) {
        if (const FormField *field = m_schema.field(it.key()))
            it.value() = forValidation(*field, it.value());
    }
    return data;
}

QJsonValue FormState::forValidation(const FormField &field, const QJsonValue &value) const
{
    if (field.type != FieldType::File || !value.isArray())
        return value;
    // The editor keeps name and size beside each upload id (for the review
    // page and drafts); validator and backend take the ids alone.
    QJsonArray ids;
    for (const QJsonValue &file : value.toArray())
        ids.append(file.isObject() ? file.toObject().value(QLatin1String("upload_id")) : file);
    return ids;
}

} // namespace rathaus::client
