#pragma once

#include "app/ui/forms/FieldEditor.h"

#include <QList>

class QCheckBox;

namespace rathaus::ui {

// Any number of the field's options, one check box each.
class MultiChoiceFieldEditor : public FieldEditor
{
    Q_OBJECT
public:
    MultiChoiceFieldEditor(const FormField &field, const QString &language,
                           QWidget *parent = nullptr);

    QJsonValue value() const override;
    void setValue(const QJsonValue &value) override;
    QString displayText() const override;
    void focusInput() override;

private:
    QList<QCheckBox *> m_boxes; // in option order
};

} // namespace rathaus::ui
