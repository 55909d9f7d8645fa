#pragma once

#include "app/ui/forms/FieldEditor.h"

class QDoubleSpinBox;

namespace rathaus::ui {

// A number in the user's locale, within the field's min/max; whole numbers
// when the bounds are whole. Empty until the user chooses a value (the
// spin box's lowest step, shown blank, means "not given").
class NumberFieldEditor : public FieldEditor
{
    Q_OBJECT
public:
    NumberFieldEditor(const FormField &field, const QString &language, QWidget *parent = nullptr);

    QJsonValue value() const override;
    void setValue(const QJsonValue &value) override;
    QString displayText() const override;
    void focusInput() override;

private:
    QDoubleSpinBox *m_spin;
    bool m_settingValue = false;
};

} // namespace rathaus::ui
