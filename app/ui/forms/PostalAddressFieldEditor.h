#pragma once

#include "app/ui/forms/FieldEditor.h"

class QLineEdit;

namespace rathaus::ui {

// A German postal address: street and number, postal code, city. The value
// is {"street", "postal_code", "city"}.
class PostalAddressFieldEditor : public FieldEditor
{
    Q_OBJECT
public:
    PostalAddressFieldEditor(const FormField &field, const QString &language,
                             QWidget *parent = nullptr);

    QJsonValue value() const override;
    void setValue(const QJsonValue &value) override;
    QString displayText() const override;
    void focusInput() override;

private:
    QLineEdit *makeEdit(const QString &part, const QString &name);

    QLineEdit *m_street;
    QLineEdit *m_postalCode;
    QLineEdit *m_city;
};

} // namespace rathaus::ui
