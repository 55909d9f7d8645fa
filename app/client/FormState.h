#pragma once

#include "common/forms/FeeRule.h"
#include "common/forms/FormSchema.h"
#include "common/forms/FormValidator.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QMap>
#include <QObject>
#include <QString>

namespace rathaus::client {

// The values of one application being filled in, as the JSON object the
// validator and the backend expect ({field_id: value}), with the schema and
// fee rule they belong to. No widgets: the form page edits it, a draft store
// can save it on `changed` and load it back with setData().
//
// File fields hold [{"upload_id", "name", "size", "media_type"}]: the
// validator and the backend see the upload ids only.
class FormState : public QObject
{
    Q_OBJECT
public:
    FormState(QString serviceId, FormSchema schema, FeeRule fee, QObject *parent = nullptr);

    QString serviceId() const { return m_serviceId; }
    const FormSchema &schema() const { return m_schema; }
    const FeeRule &feeRule() const { return m_fee; }

    QJsonObject data() const { return m_data; }
    QJsonValue value(const QString &fieldId) const { return m_data.value(fieldId); }
    // An undefined or null value removes the field ("not given").
    void setValue(const QString &fieldId, const QJsonValue &value);
    void setData(const QJsonObject &data);

    bool isVisible(const FormField &field) const;
    // Translated message for one field ("" when valid or hidden).
    QString errorFor(const FormField &field) const;
    // Errors of the visible fields of one step, by field id.
    FormValidator::Errors stepErrors(int step) const;
    FormValidator::Errors errors() const;
    // What the backend would store: hidden values dropped.
    QJsonObject visibleData() const;
    // The body's `data` of POST /applications: the visible values, with file
    // fields as the validator sees them.
    QJsonObject submissionData() const;

    // The backend's verdict on the last submission ({field_id: message}).
    // A field's message stands until its value changes; the client's own
    // (translated) message wins where both have one.
    void setServerErrors(const QMap<QString, QString> &errors);
    QMap<QString, QString> serverErrors() const { return m_serverErrors; }
    qint64 feeCents() const;

signals:
    void valueChanged(const QString &fieldId);
    void changed();

private:
    // The validator's view: local file references stand in as upload ids.
    QJsonObject forValidation() const;
    QJsonValue forValidation(const FormField &field, const QJsonValue &value) const;

    QString m_serviceId;
    FormSchema m_schema;
    FeeRule m_fee;
    FormValidator m_validator; // refers to m_schema
    QJsonObject m_data;
    QMap<QString, QString> m_serverErrors;
};

} // namespace rathaus::client
