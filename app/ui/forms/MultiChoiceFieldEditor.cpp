#include "app/ui/forms/MultiChoiceFieldEditor.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QJsonArray>

namespace rathaus::ui {

MultiChoiceFieldEditor::MultiChoiceFieldEditor(const FormField &field, const QString &language,
                                               QWidget *parent)
    : FieldEditor(field, language, parent)
{
    // Two columns once the list grows long, filled top to bottom.
    const int columns = field.options.size() > 4 ? 2 : 1;
    const int rows = int((field.options.size() + columns - 1) / columns);
    auto *layout = new QGridLayout;
    layout->setContentsMargins(0, 2, 0, 2);
    layout->setHorizontalSpacing(24);
    layout->setVerticalSpacing(6);
    for (int i = 0; i < field.options.size(); ++i) {
        const FieldOption &option = field.options.at(i);
        auto *box = new QCheckBox(text(option.label), this);
        box->setObjectName(QStringLiteral("option_") + field.id + QLatin1Char('_') + option.value);
        describe(box, text(option.label));
        box->setAccessibleDescription(labelText());
        layout->addWidget(box, i % rows, i / rows);
        m_boxes.append(box);
        connect(box, &QCheckBox::clicked, this, [this] {
            emit edited();
            emit committed();
        });
    }
    layout->setColumnStretch(columns, 1);
    addInputLayout(layout);
}

QJsonValue MultiChoiceFieldEditor::value() const
{
    QJsonArray chosen;
    for (int i = 0; i < m_boxes.size(); ++i) {
        if (m_boxes.at(i)->isChecked())
            chosen.append(field().options.at(i).value);
    }
    if (chosen.isEmpty())
        return QJsonValue::Undefined;
    return chosen;
}

void MultiChoiceFieldEditor::setValue(const QJsonValue &value)
{
    const QJsonArray chosen = value.toArray();
    for (int i = 0; i < m_boxes.size(); ++i)
        m_boxes.at(i)->setChecked(chosen.contains(field().options.at(i).value));
}

QString MultiChoiceFieldEditor::displayText() const
{
    QStringList labels;
    for (int i = 0; i < m_boxes.size(); ++i) {
        if (m_boxes.at(i)->isChecked())
            labels << text(field().options.at(i).label);
    }
    return labels.join(QStringLiteral(", "));
}

void MultiChoiceFieldEditor::focusInput()
{
    if (!m_boxes.isEmpty())
        m_boxes.first()->setFocus(Qt::OtherFocusReason);
}

} // namespace rathaus::ui
