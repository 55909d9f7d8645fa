#include "app/ui/forms/PostalAddressFieldEditor.h"

#include <QGridLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpressionValidator>

namespace rathaus::ui {

PostalAddressFieldEditor::PostalAddressFieldEditor(const FormField &field,
                                                   const QString &language, QWidget *parent)
    : FieldEditor(field, language, parent)
{
    m_street = makeEdit(QStringLiteral("street"), tr("Street and house number"));
    m_postalCode = makeEdit(QStringLiteral("postal_code"), tr("Postal code"));
    m_city = makeEdit(QStringLiteral("city"), tr("City"));
    m_postalCode->setMaxLength(5);
    m_postalCode->setInputMethodHints(Qt::ImhDigitsOnly);
    m_postalCode->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{0,5}")), this));
    m_postalCode->setMaximumWidth(110);

    auto *grid = new QGridLayout;
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(10);
    grid->setVerticalSpacing(2);
    const auto caption = [this](const QString &text, QLineEdit *buddy) {
        auto *label = new QLabel(text, this);
        label->setProperty("muted", true);
        label->setBuddy(buddy);
        return label;
    };
    grid->addWidget(caption(tr("Street and house number"), m_street), 0, 0, 1, 2);
    grid->addWidget(m_street, 1, 0, 1, 2);
    grid->addWidget(caption(tr("Postal code"), m_postalCode), 2, 0);
    grid->addWidget(caption(tr("City"), m_city), 2, 1);
    grid->addWidget(m_postalCode, 3, 0);
    grid->addWidget(m_city, 3, 1);
    grid->setColumnStretch(1, 1);
    addInputLayout(grid);
}

QLineEdit *PostalAddressFieldEditor::makeEdit(const QString &part, const QString &name)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(QStringLiteral("input_") + field().id + QLatin1Char('_') + part);
    describe(edit, labelText() + QStringLiteral(": ") + name);
    connect(edit, &QLineEdit::textEdited, this, &FieldEditor::edited);
    connect(edit, &QLineEdit::editingFinished, this, &FieldEditor::committed);
    return edit;
}

QJsonValue PostalAddressFieldEditor::value() const
{
    const QString street = m_street->text().trimmed();
    const QString postalCode = m_postalCode->text().trimmed();
    const QString city = m_city->text().trimmed();
    if (street.isEmpty() && postalCode.isEmpty() && city.isEmpty())
        return QJsonValue::Undefined;
    return QJsonObject { { QStringLiteral("street"), street },
                         { QStringLiteral("postal_code"), postalCode },
                         { QStringLiteral("city"), city } };
}

void PostalAddressFieldEditor::setValue(const QJsonValue &value)
{
    const QJsonObject address = value.toObject();
    m_street->setText(address.value(QLatin1String("street")).toString());
    m_postalCode->setText(address.value(QLatin1String("postal_code")).toString());
    m_city->setText(address.value(QLatin1String("city")).toString());
}

QString PostalAddressFieldEditor::displayText() const
{
    const QJsonObject address = value().toObject();
    if (address.isEmpty())
        return {};
    return address.value(QLatin1String("street")).toString() + QLatin1Char('\n') +
        address.value(QLatin1String("postal_code")).toString() + QLatin1Char(' ') +
        address.value(QLatin1String("city")).toString();
}

void PostalAddressFieldEditor::focusInput()
{
    QLineEdit *target = m_street;
    if (!m_street->text().trimmed().isEmpty())
        target = m_postalCode->text().trimmed().size() != 5 ? m_postalCode : m_city;
    target->setFocus(Qt::OtherFocusReason);
}

} // namespace rathaus::ui
