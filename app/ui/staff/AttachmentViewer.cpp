#include "app/ui/staff/AttachmentViewer.h"

#include "app/ui/staff/PdfPreview.h"

#include <QDesktopServices>
#include <QFile>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QLocale>
#include <QPixmap>
#include <QPushButton>
#include <QScrollArea>
#include <QUrl>
#include <QVBoxLayout>

namespace rathaus::ui {

AttachmentViewer::AttachmentViewer(const client::Attachment &attachment, QWidget *parent)
    : QDialog(parent), m_attachment(attachment), m_stateLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("attachmentViewer"));
    setWindowTitle(tr("Attachment"));
    resize(760, 620);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);

    QWidget *preview = nullptr;
    if (attachment.mediaType.startsWith(QLatin1String("image/"))) {
        QImage image;
        if (image.loadFromData(attachment.bytes)) {
            auto *label = new QLabel;
            label->setObjectName(QStringLiteral("imagePreviewLabel"));
            label->setAlignment(Qt::AlignCenter);
            label->setAccessibleName(tr("Image preview"));
            // Scaled down once to a readable size; never up.
            const QImage shown = image.width() > 1400
                ? image.scaledToWidth(1400, Qt::SmoothTransformation)
                : image;
            label->setPixmap(QPixmap::fromImage(shown));
            auto *scroll = new QScrollArea(this);
            scroll->setWidget(label);
            scroll->setWidgetResizable(true);
            preview = scroll;
        }
    } else if (attachment.mediaType == QLatin1String("application/pdf")) {
        preview = createPdfPreview(attachment.bytes, this);
    }
    m_hasPreview = preview != nullptr;
    m_stateLabel->setObjectName(QStringLiteral("attachmentStateLabel"));
    m_stateLabel->setWordWrap(true);
    m_stateLabel->setProperty("muted", true);
    m_stateLabel->setText(
        m_hasPreview ? tr("%1, %2").arg(attachment.mediaType,
                                        QLocale().formattedDataSize(attachment.bytes.size()))
                     : tr("This file cannot be shown here. Open it with the system's viewer."));
    layout->addWidget(m_stateLabel);
    if (preview)
        layout->addWidget(preview, 1);
    else
        layout->addStretch(1);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    auto *external = new QPushButton(tr("Open with the &system viewer"), this);
    external->setObjectName(QStringLiteral("systemViewerButton"));
    auto *close = new QPushButton(tr("&Close"), this);
    close->setObjectName(QStringLiteral("closeAttachmentButton"));
    close->setProperty("primary", true);
    buttons->addWidget(external);
    buttons->addWidget(close);
    layout->addLayout(buttons);
    connect(external, &QPushButton::clicked, this, &AttachmentViewer::openWithSystemViewer);
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
}

AttachmentViewer::~AttachmentViewer() = default;

void AttachmentViewer::openWithSystemViewer()
{
    if (!m_tempDir)
        m_tempDir = std::make_unique<QTemporaryDir>();
    if (!m_tempDir->isValid()) {
        m_stateLabel->setText(tr("The file could not be saved for the viewer."));
        return;
    }
    QString suffix = QStringLiteral(".bin");
    if (m_attachment.mediaType == QLatin1String("application/pdf"))
        suffix = QStringLiteral(".pdf");
    else if (m_attachment.mediaType == QLatin1String("image/png"))
        suffix = QStringLiteral(".png");
    else if (m_attachment.mediaType == QLatin1String("image/jpeg"))
        suffix = QStringLiteral(".jpg");
    // A server-made name: nothing the citizen typed reaches the file system.
    const QString path = m_tempDir->filePath(QStringLiteral("anlage") + suffix);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_attachment.bytes) != m_attachment.bytes.size()) {
        m_stateLabel->setText(tr("The file could not be saved for the viewer."));
        return;
    }
    file.close();
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(path)))
        m_stateLabel->setText(tr("No viewer for this kind of file was found on this computer."));
}

} // namespace rathaus::ui
