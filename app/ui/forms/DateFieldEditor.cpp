#include "app/ui/forms/DateFieldEditor.h"

#include "app/ui/forms/DateTyping.h"

#include <QCalendarWidget>
#include <QDateEdit>
#include <QLocale>

#include <cmath>

namespace rathaus::ui {

DateFieldEditor::DateFieldEditor(const FormField &field, const QString &language, QWidget *parent,
                                 QDate today)
    : FieldEditor(field, language, parent), m_edit(new QDateEdit(this)), m_today(today)
{
    m_edit->setObjectName(QStringLiteral("input_") + field.id);
    m_edit->setCalendarPopup(true);
    m_edit->setLocale(QLocale());
    m_edit->setDisplayFormat(
        QLocale().dateFormat(QLocale::ShortFormat).contains(QLatin1String("yyyy"))
            ? QLocale().dateFormat(QLocale::ShortFormat)
            : QStringLiteral("dd.MM.yyyy"));
    const QDate earliest = field.min ? today.addDays(std::llround(*field.min)) : QDate(1900, 1, 1);
    const QDate latest = field.max ? today.addDays(std::llround(*field.max)) : QDate(2100, 12, 31);
    m_edit->setDateRange(earliest.addDays(-1), latest);
    m_edit->setSpecialValueText(tr("not chosen"));
    m_edit->setDate(m_edit->minimumDate());
    m_edit->setMaximumWidth(200);
    // The pop-up opens near today (or the allowed range), not at the blank date.
    m_start = qBound(earliest, today, latest);
    m_edit->calendarWidget()->setCurrentPage(m_start.year(), m_start.month());
    describe(m_edit);
    addInput(m_edit);
    // Typing a date (not only picking one) works, also on the blank value:
    // the sections not typed start from m_start. Attached last, so its filter
    // runs first: a date typed is set before the editor sees focus leave.
    DateTyping::attach(m_edit)->setFallbackDate(m_start);
    // A picked date is a finished answer. Leaving the input (also by opening
    // the pop-up) is not: an untouched date must not turn red meanwhile.
    connect(m_edit, &QDateEdit::dateChanged, this, [this] {
        if (m_settingValue)
            return;
        emit edited();
        emit committed();
    });
}

QJsonValue DateFieldEditor::value() const
{
    if (m_edit->date() <= m_edit->minimumDate())
        return QJsonValue::Undefined;
    return m_edit->date().toString(Qt::ISODate);
}

void DateFieldEditor::setValue(const QJsonValue &value)
{
    m_settingValue = true;
    const QDate date = QDate::fromString(value.toString(), Qt::ISODate);
    m_edit->setDate(date.isValid() ? date : m_edit->minimumDate());
    m_settingValue = false;
}

QString DateFieldEditor::displayText() const
{
    const QDate date = QDate::fromString(value().toString(), Qt::ISODate);
    return date.isValid() ? QLocale().toString(date, QLocale::LongFormat) : QString();
}

void DateFieldEditor::focusInput()
{
    m_edit->setFocus(Qt::OtherFocusReason);
}

} // namespace rathaus::ui
