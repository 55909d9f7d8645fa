#pragma once

#include "common/forms/FormSchema.h"

#include <QJsonValue>
#include <QString>
#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace rathaus::ui {

// One field of a form schema as widgets: its label (with a marker when
// required), help text, the input itself (made by a subclass) and an error
// label below it. Values are the JSON the FormValidator expects; an empty
// input gives an undefined value ("not given"). Object name "field_<id>".
class FieldEditor : public QWidget
{
    Q_OBJECT
public:
    FieldEditor(const FormField &field, const QString &language, QWidget *parent = nullptr);

    const FormField &field() const { return m_field; }
    QString language() const { return m_language; }

    virtual QJsonValue value() const = 0;
    virtual void setValue(const QJsonValue &value) = 0;
    // The value as the citizen reads it on the review page.
    virtual QString displayText() const;
    // Moves keyboard focus to the input (first invalid field on Next).
    virtual void focusInput() = 0;

    void setError(const QString &message);
    QString error() const;

signals:
    // The citizen changed the value (not emitted by setValue()).
    void edited();
    // The citizen left the input or confirmed it: show its errors from now on.
    void committed();

protected:
    // Adds the input below the label and help, above the error label, and
    // gives it the field's accessible name and description.
    void addInput(QWidget *input);
    void addInputLayout(QLayout *layout);
    void describe(QWidget *input, const QString &name = {}) const;
    // For a check box: the label to the right of the input, not above it.
    void addInputBesideLabel(QWidget *input);
    QString text(const LocalizedText &localized) const { return localized.in(m_language); }
    QLabel *labelWidget() const { return m_label; }
    QString labelText() const;

private:
    FormField m_field;
    QString m_language;
    QVBoxLayout *m_layout;
    QLabel *m_label;
    QLabel *m_help;
    QLabel *m_error;
    int m_inputIndex;
};

} // namespace rathaus::ui
