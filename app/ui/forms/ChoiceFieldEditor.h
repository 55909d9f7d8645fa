#pragma once

#include "app/ui/forms/FieldEditor.h"

class QButtonGroup;
class QComboBox;

namespace rathaus::ui {

// One of the field's options: radio buttons for up to four options (all
// visible at a glance), a combo box for more.
class ChoiceFieldEditor : public FieldEditor
{
    Q_OBJECT
public:
    static constexpr int maxRadioOptions = 4;

    ChoiceFieldEditor(const FormField &field, const QString &language, QWidget *parent = nullptr);

    QJsonValue value() const override;
    void setValue(const QJsonValue &value) override;
    QString displayText() const override;
    void focusInput() override;

private:
    QButtonGroup *m_group = nullptr;
    QComboBox *m_combo = nullptr;
};

} // namespace rathaus::ui
