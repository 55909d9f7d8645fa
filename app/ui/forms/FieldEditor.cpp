#include "app/ui/forms/FieldEditor.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QStyle>
#include <QVBoxLayout>

namespace rathaus::ui {

FieldEditor::FieldEditor(const FormField &field, const QString &language, QWidget *parent)
    : QWidget(parent), m_field(field), m_language(language)
{
    setObjectName(QStringLiteral("field_") + field.id);
    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(4);

    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("label_") + field.id);
    m_label->setTextFormat(Qt::RichText);
    m_label->setWordWrap(true);
    m_label->setProperty("fieldLabel", true);
    m_label->setText(labelText().toHtmlEscaped() +
                     (field.required ? QStringLiteral(" <span style=\"color:#b3261e\">*</span>")
                                     : QString()));
    m_layout->addWidget(m_label);

    m_help = new QLabel(text(field.help), this);
    m_help->setObjectName(QStringLiteral("help_") + field.id);
    m_help->setTextFormat(Qt::PlainText);
    m_help->setWordWrap(true);
    m_help->setProperty("muted", true);
    m_help->setVisible(!field.help.isEmpty());
    m_layout->addWidget(m_help);
    m_inputIndex = m_layout->count();

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error_") + field.id);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setProperty("fieldError", true);
    m_error->hide();
    m_layout->addWidget(m_error);
}

QString FieldEditor::labelText() const
{
    return text(m_field.label);
}

QString FieldEditor::displayText() const
{
    const QJsonValue current = value();
    if (current.isString())
        return current.toString();
    if (current.isDouble())
        return QLocale().toString(current.toDouble(), 'g', 15);
    return {};
}

void FieldEditor::setError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
    // A screen reader hears the problem with the field.
    const QString description = message.isEmpty()
        ? text(m_field.help)
        : (m_field.help.isEmpty() ? message : message + QLatin1Char(' ') + text(m_field.help));
    for (QWidget *input : findChildren<QWidget *>()) {
        if (!input->property("fieldInput").toBool())
            continue;
        input->setAccessibleDescription(description);
        // A red frame too, not only the message (styled in the theme).
        if (input->property("invalid").toBool() != !message.isEmpty()) {
            input->setProperty("invalid", !message.isEmpty());
            input->style()->unpolish(input);
            input->style()->polish(input);
        }
    }
}

QString FieldEditor::error() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void FieldEditor::addInput(QWidget *input)
{
    m_layout->insertWidget(m_inputIndex++, input);
}

void FieldEditor::addInputLayout(QLayout *layout)
{
    m_layout->insertLayout(m_inputIndex++, layout);
}

void FieldEditor::addInputBesideLabel(QWidget *input)
{
    m_layout->removeWidget(m_label);
    --m_inputIndex;
    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(8);
    row->addWidget(input, 0, Qt::AlignTop);
    row->addWidget(m_label, 1);
    m_layout->insertLayout(0, row);
    ++m_inputIndex;
}

void FieldEditor::describe(QWidget *input, const QString &name) const
{
    input->setProperty("fieldInput", true);
    input->setAccessibleName(name.isEmpty() ? labelText() : name);
    input->setAccessibleDescription(text(m_field.help));
    if (!m_label->buddy())
        m_label->setBuddy(input);
}

} // namespace rathaus::ui
