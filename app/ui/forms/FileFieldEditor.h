#pragma once

#include "app/client/UploadJob.h"
#include "app/ui/forms/FieldEditor.h"

#include <QJsonObject>
#include <QPointer>

class QLabel;
class QProgressBar;
class QPushButton;

namespace rathaus::client {
class UploadQueue;
}

namespace rathaus::ui {

// A document to attach: "Choose file…" opens a file dialog; the chosen file
// is checked (type by its content, its name, the field's types and size
// limit) before anything is sent, then uploaded with a progress bar, cancel
// and retry. The value is set once the backend has the file:
// [{"upload_id", "name", "size", "media_type"}] (the name and size for the
// review page; the backend gets the ids).
class FileFieldEditor : public FieldEditor
{
    Q_OBJECT
public:
    // `uploads` null: files are checked but cannot be sent (the form says so).
    FileFieldEditor(const FormField &field, const QString &language,
                    client::UploadQueue *uploads, QWidget *parent = nullptr);

    QJsonValue value() const override;
    void setValue(const QJsonValue &value) override;
    QString displayText() const override;
    void focusInput() override;

    // Checks and starts sending a file (what the dialog does); false, with the
    // reason shown beside the field, when it is not accepted.
    bool chooseFile(const QString &path);
    void clear();
    // The upload under way or ended without success; null when none.
    client::UploadJob *job() const { return m_job; }
    bool isUploading() const;

private:
    void openDialog();
    void render();
    void onJobChanged();
    void dropJob();
    QString describeFile(const QJsonObject &file) const;

    client::UploadQueue *m_uploads;
    QPushButton *m_chooseButton;
    QPushButton *m_removeButton;
    QPushButton *m_cancelButton;
    QPushButton *m_retryButton;
    QLabel *m_fileLabel;
    QProgressBar *m_progress;
    QLabel *m_problemLabel;
    QJsonObject m_file; // the uploaded file; empty when none
    QPointer<client::UploadJob> m_job;
};

} // namespace rathaus::ui
