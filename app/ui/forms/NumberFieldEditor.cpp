#include "app/ui/forms/NumberFieldEditor.h"

#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QLocale>

#include <cmath>

namespace rathaus::ui {

namespace {
bool isWhole(const std::optional<double> &bound)
{
    return !bound || std::floor(*bound) == *bound;
}
} // namespace

NumberFieldEditor::NumberFieldEditor(const FormField &field, const QString &language,
                                     QWidget *parent)
    : FieldEditor(field, language, parent), m_spin(new QDoubleSpinBox(this))
{
    m_spin->setObjectName(QStringLiteral("input_") + field.id);
    const bool whole = isWhole(field.min) && isWhole(field.max);
    const double step = whole ? 1.0 : 0.01;
    m_spin->setDecimals(whole ? 0 : 2);
    m_spin->setLocale(QLocale());
    const double lowest = field.min.value_or(whole ? 0.0 : -1e9);
    // One step below the lowest allowed value stands for "not given".
    m_spin->setRange(lowest - step, field.max.value_or(1e9));
    m_spin->setSingleStep(step);
    m_spin->setSpecialValueText(QStringLiteral(" "));
    m_spin->setValue(m_spin->minimum());
    m_spin->setAccelerated(true);
    m_spin->setMaximumWidth(180);
    m_spin->setKeyboardTracking(true);
    describe(m_spin);
    addInput(m_spin);
    connect(m_spin, &QDoubleSpinBox::valueChanged, this, [this] {
        if (!m_settingValue)
            emit edited();
    });
    connect(m_spin, &QDoubleSpinBox::editingFinished, this, &FieldEditor::committed);
}

QJsonValue NumberFieldEditor::value() const
{
    if (m_spin->value() <= m_spin->minimum())
        return QJsonValue::Undefined;
    return m_spin->value();
}

void NumberFieldEditor::setValue(const QJsonValue &value)
{
    m_settingValue = true;
    m_spin->setValue(value.isDouble() ? value.toDouble() : m_spin->minimum());
    m_settingValue = false;
}

QString NumberFieldEditor::displayText() const
{
    const QJsonValue current = value();
    if (!current.isDouble())
        return {};
    return QLocale().toString(current.toDouble(), 'f', m_spin->decimals());
}

void NumberFieldEditor::focusInput()
{
    m_spin->setFocus(Qt::OtherFocusReason);
    m_spin->selectAll();
}

} // namespace rathaus::ui
