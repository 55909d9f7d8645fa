#pragma once

#include "app/ui/forms/FieldEditor.h"

class QCheckBox;

namespace rathaus::ui {

// A yes/no statement or consent. The statement is the check box's own
// text, wrapped over several lines when long; clicking it ticks the box.
class CheckboxFieldEditor : public FieldEditor
{
    Q_OBJECT
public:
    CheckboxFieldEditor(const FormField &field, const QString &language, QWidget *parent = nullptr);

    QJsonValue value() const override;
    void setValue(const QJsonValue &value) override;
    QString displayText() const override;
    void focusInput() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QCheckBox *m_box;
};

} // namespace rathaus::ui
