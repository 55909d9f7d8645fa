#pragma once

#include "app/ui/forms/FieldEditor.h"

#include <QJsonArray>

class QLabel;
class QPushButton;

namespace rathaus::ui {

// A document to attach: "Choose file…" opens a file dialog; the chosen file
// is checked against the field's MIME types (by content and name) and size
// limit before anything is sent, and shown with its name and size.
//
// TODO(uploads): the value is a local reference for now,
// [{"local_path", "name", "size", "mime_type"}]; uploading the file and
// keeping its upload id instead is the next step.
class FileFieldEditor : public FieldEditor
{
    Q_OBJECT
public:
    FileFieldEditor(const FormField &field, const QString &language, QWidget *parent = nullptr);

    QJsonValue value() const override;
    void setValue(const QJsonValue &value) override;
    QString displayText() const override;
    void focusInput() override;

    // Checks and takes a file (what the dialog does, emitting edited()); false,
    // with the reason shown beside the field, when its type or size is not accepted.
    bool chooseFile(const QString &path);
    void clear();

private:
    void openDialog();
    void render();
    QString describeFile(const QJsonObject &file) const;

    QPushButton *m_chooseButton;
    QPushButton *m_removeButton;
    QLabel *m_fileLabel;
    QLabel *m_problemLabel;
    QJsonArray m_files;
};

} // namespace rathaus::ui
