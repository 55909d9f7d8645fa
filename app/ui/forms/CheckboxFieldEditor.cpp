#include "app/ui/forms/CheckboxFieldEditor.h"

#include <QCheckBox>
#include <QEvent>
#include <QLabel>
#include <QMouseEvent>

namespace rathaus::ui {

CheckboxFieldEditor::CheckboxFieldEditor(const FormField &field, const QString &language,
                                         QWidget *parent)
    : FieldEditor(field, language, parent), m_box(new QCheckBox(this))
{
    m_box->setObjectName(QStringLiteral("input_") + field.id);
    describe(m_box);
    // The field label sits beside the box instead of above it.
    QLabel *label = labelWidget();
    addInputBesideLabel(m_box);
    label->setProperty("fieldLabel", false);
    label->setCursor(Qt::PointingHandCursor);
    label->installEventFilter(this);
    connect(m_box, &QCheckBox::clicked, this, [this] {
        emit edited();
        emit committed();
    });
}

QJsonValue CheckboxFieldEditor::value() const
{
    return m_box->isChecked();
}

void CheckboxFieldEditor::setValue(const QJsonValue &value)
{
    m_box->setChecked(value.toBool());
}

QString CheckboxFieldEditor::displayText() const
{
    return m_box->isChecked() ? tr("Yes") : tr("No");
}

void CheckboxFieldEditor::focusInput()
{
    m_box->setFocus(Qt::OtherFocusReason);
}

bool CheckboxFieldEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == labelWidget() && event->type() == QEvent::MouseButtonRelease &&
        static_cast<QMouseEvent *>(event)->button() == Qt::LeftButton) {
        m_box->click();
        m_box->setFocus(Qt::MouseFocusReason);
        return true;
    }
    return FieldEditor::eventFilter(watched, event);
}

} // namespace rathaus::ui
