#include "app/ui/forms/MultilineFieldEditor.h"

#include <QEvent>
#include <QFontMetrics>
#include <QPlainTextEdit>

namespace rathaus::ui {

MultilineFieldEditor::MultilineFieldEditor(const FormField &field, const QString &language,
                                           QWidget *parent)
    : FieldEditor(field, language, parent), m_edit(new QPlainTextEdit(this))
{
    m_edit->setObjectName(QStringLiteral("input_") + field.id);
    m_edit->setTabChangesFocus(true);
    m_edit->setMinimumHeight(m_edit->fontMetrics().lineSpacing() * 4 + 20);
    m_edit->setMaximumHeight(m_edit->fontMetrics().lineSpacing() * 8 + 20);
    m_edit->installEventFilter(this);
    describe(m_edit);
    addInput(m_edit);
    connect(m_edit, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_settingValue)
            emit edited();
    });
}

QJsonValue MultilineFieldEditor::value() const
{
    const QString text = m_edit->toPlainText().trimmed();
    if (text.isEmpty())
        return QJsonValue::Undefined;
    return text;
}

void MultilineFieldEditor::setValue(const QJsonValue &value)
{
    m_settingValue = true;
    m_edit->setPlainText(value.toString());
    m_settingValue = false;
}

void MultilineFieldEditor::focusInput()
{
    m_edit->setFocus(Qt::OtherFocusReason);
}

bool MultilineFieldEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::FocusOut)
        emit committed();
    return FieldEditor::eventFilter(watched, event);
}

} // namespace rathaus::ui
