#include "app/ui/forms/LineFieldEditor.h"

#include <QLineEdit>

namespace rathaus::ui {

LineFieldEditor::LineFieldEditor(const FormField &field, const QString &language, QWidget *parent)
    : FieldEditor(field, language, parent), m_edit(new QLineEdit(this))
{
    m_edit->setObjectName(QStringLiteral("input_") + field.id);
    switch (field.type) {
    case FieldType::Email:
        m_edit->setPlaceholderText(tr("name@example.org"));
        m_edit->setInputMethodHints(Qt::ImhEmailCharactersOnly);
        break;
    case FieldType::Phone:
        m_edit->setPlaceholderText(tr("e.g. 04131 123456"));
        m_edit->setInputMethodHints(Qt::ImhDialableCharactersOnly);
        break;
    case FieldType::Iban:
        m_edit->setPlaceholderText(tr("e.g. DE89 3704 0044 0532 0130 00"));
        m_edit->setMaxLength(42); // 34 characters in groups of four
        break;
    case FieldType::LicencePlate:
        m_edit->setPlaceholderText(tr("e.g. LG-AB 123"));
        m_edit->setMaxLength(12);
        m_edit->setInputMethodHints(Qt::ImhUppercaseOnly);
        break;
    default:
        break;
    }
    if (!field.help.isEmpty())
        m_edit->setPlaceholderText({}); // the help text gives the example already
    if (field.maxLength && field.type == FieldType::Text)
        m_edit->setMaxLength(*field.maxLength);
    describe(m_edit);
    addInput(m_edit);
    connect(m_edit, &QLineEdit::textEdited, this, &LineFieldEditor::onTextEdited);
    connect(m_edit, &QLineEdit::editingFinished, this, [this] {
        if (this->field().type == FieldType::Iban) {
            const QString grouped = groupedIban(m_edit->text());
            if (grouped != m_edit->text())
                m_edit->setText(grouped);
        }
        emit committed();
    });
}

QString LineFieldEditor::groupedIban(const QString &iban)
{
    QString compact = iban;
    compact.remove(QLatin1Char(' '));
    compact = compact.toUpper();
    QString grouped;
    for (qsizetype i = 0; i < compact.size(); i += 4) {
        if (!grouped.isEmpty())
            grouped += QLatin1Char(' ');
        grouped += compact.mid(i, 4);
    }
    return grouped;
}

void LineFieldEditor::onTextEdited()
{
    if (field().type == FieldType::LicencePlate) {
        const QString upper = m_edit->text().toUpper();
        if (upper != m_edit->text()) {
            const int cursor = m_edit->cursorPosition();
            m_edit->setText(upper);
            m_edit->setCursorPosition(cursor);
        }
    }
    emit edited();
}

QJsonValue LineFieldEditor::value() const
{
    QString text = m_edit->text().trimmed();
    if (field().type == FieldType::Iban)
        text = text.remove(QLatin1Char(' ')).toUpper();
    if (text.isEmpty())
        return QJsonValue::Undefined;
    return text;
}

void LineFieldEditor::setValue(const QJsonValue &value)
{
    const QString text = value.toString();
    m_edit->setText(field().type == FieldType::Iban ? groupedIban(text) : text);
}

QString LineFieldEditor::displayText() const
{
    const QString text = value().toString();
    return field().type == FieldType::Iban ? groupedIban(text) : text;
}

void LineFieldEditor::focusInput()
{
    m_edit->setFocus(Qt::OtherFocusReason);
    m_edit->selectAll();
}

} // namespace rathaus::ui
