#include "app/ui/forms/ChoiceFieldEditor.h"

#include <QAbstractButton>
#include <QButtonGroup>
#include <QComboBox>
#include <QRadioButton>
#include <QVBoxLayout>

namespace rathaus::ui {

ChoiceFieldEditor::ChoiceFieldEditor(const FormField &field, const QString &language,
                                     QWidget *parent)
    : FieldEditor(field, language, parent)
{
    if (field.options.size() <= maxRadioOptions) {
        m_group = new QButtonGroup(this);
        auto *layout = new QVBoxLayout;
        layout->setContentsMargins(0, 2, 0, 2);
        layout->setSpacing(6);
        for (int i = 0; i < field.options.size(); ++i) {
            const FieldOption &option = field.options.at(i);
            auto *radio = new QRadioButton(text(option.label), this);
            radio->setObjectName(QStringLiteral("option_") + field.id + QLatin1Char('_') +
                                 option.value);
            describe(radio, text(option.label));
            radio->setAccessibleDescription(labelText());
            m_group->addButton(radio, i);
            layout->addWidget(radio);
        }
        addInputLayout(layout);
        connect(m_group, &QButtonGroup::idClicked, this, [this] {
            emit edited();
            emit committed();
        });
    } else {
        m_combo = new QComboBox(this);
        m_combo->setObjectName(QStringLiteral("input_") + field.id);
        m_combo->addItem(tr("Please choose…"), QString());
        for (const FieldOption &option : field.options)
            m_combo->addItem(text(option.label), option.value);
        m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        describe(m_combo);
        addInput(m_combo);
        connect(m_combo, &QComboBox::activated, this, [this] {
            emit edited();
            emit committed();
        });
    }
}

QJsonValue ChoiceFieldEditor::value() const
{
    if (m_combo) {
        const QString chosen = m_combo->currentData().toString();
        return chosen.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(chosen);
    }
    const int id = m_group->checkedId();
    if (id < 0)
        return QJsonValue::Undefined;
    return field().options.at(id).value;
}

void ChoiceFieldEditor::setValue(const QJsonValue &value)
{
    const QString wanted = value.toString();
    if (m_combo) {
        const int index = m_combo->findData(wanted);
        m_combo->setCurrentIndex(index < 0 ? 0 : index);
        return;
    }
    // Exclusive groups refuse to untick their checked button: allow it briefly.
    m_group->setExclusive(false);
    for (int i = 0; i < field().options.size(); ++i)
        m_group->button(i)->setChecked(field().options.at(i).value == wanted);
    m_group->setExclusive(true);
}

QString ChoiceFieldEditor::displayText() const
{
    const QString chosen = value().toString();
    for (const FieldOption &option : field().options) {
        if (option.value == chosen)
            return text(option.label);
    }
    return {};
}

void ChoiceFieldEditor::focusInput()
{
    if (m_combo) {
        m_combo->setFocus(Qt::OtherFocusReason);
        return;
    }
    QAbstractButton *target = m_group->checkedButton();
    if (!target && !m_group->buttons().isEmpty())
        target = m_group->button(0);
    if (target)
        target->setFocus(Qt::OtherFocusReason);
}

} // namespace rathaus::ui
