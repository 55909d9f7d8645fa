#pragma once

#include "app/ui/forms/FieldEditor.h"

#include <QDate>

class QDateEdit;

namespace rathaus::ui {

// A date with a calendar pop-up, bounded by the field's min/max (days from
// today). Empty until the user picks a date (the day before the earliest
// allowed date, shown as "not chosen", means "not given").
class DateFieldEditor : public FieldEditor
{
    Q_OBJECT
public:
    DateFieldEditor(const FormField &field, const QString &language, QWidget *parent = nullptr,
                    QDate today = QDate::currentDate());

    QJsonValue value() const override;
    void setValue(const QJsonValue &value) override;
    QString displayText() const override;
    void focusInput() override;

private:
    QDateEdit *m_edit;
    QDate m_today;
    QDate m_start; // where typing and the pop-up begin
    bool m_settingValue = false;
};

} // namespace rathaus::ui
