#pragma once

#include "app/ui/forms/FieldEditor.h"

class QPlainTextEdit;

namespace rathaus::ui {

// Several lines of plain text; Tab moves on rather than inserting a tab.
class MultilineFieldEditor : public FieldEditor
{
    Q_OBJECT
public:
    MultilineFieldEditor(const FormField &field, const QString &language,
                         QWidget *parent = nullptr);

    QJsonValue value() const override;
    void setValue(const QJsonValue &value) override;
    void focusInput() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QPlainTextEdit *m_edit;
    bool m_settingValue = false;
};

} // namespace rathaus::ui
