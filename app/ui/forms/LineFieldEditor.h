#pragma once

#include "app/ui/forms/FieldEditor.h"

class QLineEdit;

namespace rathaus::ui {

// One line of text: text, email, phone, iban (shown in groups of four,
// stored without spaces) and licence_plate (upper case as typed).
class LineFieldEditor : public FieldEditor
{
    Q_OBJECT
public:
    LineFieldEditor(const FormField &field, const QString &language, QWidget *parent = nullptr);

    QJsonValue value() const override;
    void setValue(const QJsonValue &value) override;
    QString displayText() const override;
    void focusInput() override;

    // "DE89370400440532013000" -> "DE89 3704 0044 0532 0130 00"
    static QString groupedIban(const QString &iban);

private:
    void onTextEdited();

    QLineEdit *m_edit;
};

} // namespace rathaus::ui
