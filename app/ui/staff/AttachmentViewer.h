#pragma once

#include "app/client/staff/StaffApi.h"

#include <QDialog>
#include <QTemporaryDir>

#include <memory>

class QLabel;
class QVBoxLayout;

namespace rathaus::ui {

// Shows one file of a case: images scaled to the window, PDFs with Qt PDF
// when this build has it; otherwise (or on request) the system's viewer
// opens a copy in a private temporary folder that is removed with the dialog.
class AttachmentViewer : public QDialog
{
    Q_OBJECT
public:
    explicit AttachmentViewer(const client::Attachment &attachment, QWidget *parent = nullptr);
    ~AttachmentViewer() override;

    bool hasPreview() const { return m_hasPreview; }
    void openWithSystemViewer();

private:
    client::Attachment m_attachment;
    std::unique_ptr<QTemporaryDir> m_tempDir;
    QLabel *m_stateLabel;
    bool m_hasPreview = false;
};

} // namespace rathaus::ui
