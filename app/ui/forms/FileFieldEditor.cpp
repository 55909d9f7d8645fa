#include "app/ui/forms/FileFieldEditor.h"

#include "app/client/UploadCheck.h"
#include "app/client/UploadJob.h"
#include "app/client/UploadQueue.h"
#include "app/ui/ProblemText.h"
#include "app/ui/kiosk/KioskPolicy.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QMimeDatabase>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QStyle>

namespace rathaus::ui {

using client::UploadJob;

FileFieldEditor::FileFieldEditor(const FormField &field, const QString &language,
                                 client::UploadQueue *uploads, QWidget *parent)
    : FieldEditor(field, language, parent), m_uploads(uploads)
{
    m_chooseButton = new QPushButton(tr("Choose file…"), this);
    m_chooseButton->setObjectName(QStringLiteral("input_") + field.id);
    describe(m_chooseButton, labelText() + QStringLiteral(": ") + tr("Choose file…"));
    m_removeButton = new QPushButton(tr("Remove"), this);
    m_removeButton->setObjectName(QStringLiteral("remove_") + field.id);
    m_removeButton->setAccessibleName(labelText() + QStringLiteral(": ") + tr("Remove file"));
    m_cancelButton = new QPushButton(tr("Cancel"), this);
    m_cancelButton->setObjectName(QStringLiteral("cancelUpload_") + field.id);
    m_cancelButton->setAccessibleName(labelText() + QStringLiteral(": ") + tr("Cancel the upload"));
    m_retryButton = new QPushButton(tr("Try again"), this);
    m_retryButton->setObjectName(QStringLiteral("retryUpload_") + field.id);
    m_retryButton->setAccessibleName(labelText() + QStringLiteral(": ") + tr("Send the file again"));
    m_fileLabel = new QLabel(this);
    m_fileLabel->setObjectName(QStringLiteral("file_") + field.id);
    m_fileLabel->setTextFormat(Qt::PlainText);
    m_fileLabel->setWordWrap(true);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("uploadProgress_") + field.id);
    m_progress->setAccessibleName(labelText() + QStringLiteral(": ") + tr("Upload progress"));
    m_progress->setRange(0, 100);
    m_progress->setTextVisible(true);
    m_progress->setMaximumHeight(18);
    m_problemLabel = new QLabel(this);
    m_problemLabel->setObjectName(QStringLiteral("fileProblem_") + field.id);
    m_problemLabel->setProperty("fieldError", true);
    m_problemLabel->setTextFormat(Qt::PlainText);
    m_problemLabel->setWordWrap(true);

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(10);
    row->addWidget(m_chooseButton);
    row->addWidget(m_fileLabel, 1);
    row->addWidget(m_cancelButton);
    row->addWidget(m_retryButton);
    row->addWidget(m_removeButton);
    addInputLayout(row);
    addInput(m_progress);
    addInput(m_problemLabel);

    connect(m_chooseButton, &QPushButton::clicked, this, &FileFieldEditor::openDialog);
    connect(m_removeButton, &QPushButton::clicked, this, [this] {
        clear();
        emit edited();
        emit committed();
    });
    connect(m_cancelButton, &QPushButton::clicked, this, [this] {
        if (m_job)
            m_job->cancel();
    });
    connect(m_retryButton, &QPushButton::clicked, this, [this] {
        if (m_job && m_uploads)
            m_uploads->retry(m_job);
    });
    render();
}

void FileFieldEditor::openDialog()
{
    QStringList filters;
    const QMimeDatabase mimes;
    for (const QString &name : field().accept) {
        const QMimeType type = mimes.mimeTypeForName(name);
        if (type.isValid())
            filters << type.filterString();
    }
    if (!filters.isEmpty())
        filters.prepend(tr("Accepted documents (%1)")
                            .arg([&] {
                                QStringList patterns;
                                for (const QString &name : field().accept)
                                    patterns << mimes.mimeTypeForName(name).globPatterns();
                                return patterns.join(QLatin1Char(' '));
                            }()));
    auto *dialog = new QFileDialog(this, tr("Choose a document"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilters(filters);
    // The same folder every time (at a kiosk: the USB sticks), never the
    // last person's.
    dialog->setDirectory(KioskPolicy::attachFolder());
    dialog->setHistory({});
    connect(dialog, &QFileDialog::fileSelected, this, &FileFieldEditor::chooseFile);
    dialog->open();
}

bool FileFieldEditor::chooseFile(const QString &path)
{
    const auto checked = client::UploadCheck::check(path, field().accept, field().maxBytes);
    if (!checked.ok()) {
        // The file shown before (if any) stays: nothing was changed.
        m_problemLabel->setText(checked.problem().title);
        m_problemLabel->show();
        return false;
    }
    if (!m_uploads) {
        m_problemLabel->setText(tr("Files cannot be sent right now. Please sign in again."));
        m_problemLabel->show();
        return false;
    }
    dropJob();
    const bool hadFile = !m_file.isEmpty();
    m_file = {};
    m_job = m_uploads->enqueue(checked.value(), this);
    connect(m_job, &UploadJob::stateChanged, this, &FileFieldEditor::onJobChanged);
    connect(m_job, &UploadJob::progress, this, [this](qint64 sent, qint64 total) {
        m_progress->setValue(total > 0 ? int(sent * 100 / total) : 0);
    });
    render();
    if (hadFile)
        emit edited(); // the old file is no longer the value
    return true;
}

bool FileFieldEditor::isUploading() const
{
    return m_job && m_job->isActive();
}

void FileFieldEditor::onJobChanged()
{
    if (m_job && m_job->state() == UploadJob::State::Done) {
        const client::LocalFile &file = m_job->file();
        m_file = QJsonObject { { QStringLiteral("upload_id"), m_job->uploadId() },
                               { QStringLiteral("name"), file.name },
                               { QStringLiteral("size"), double(file.size) },
                               { QStringLiteral("media_type"), file.mediaType } };
        dropJob();
        render();
        emit edited();
        emit committed();
        return;
    }
    render();
}

void FileFieldEditor::dropJob()
{
    if (!m_job)
        return;
    m_job->disconnect(this);
    m_job->cancel();
    m_job->deleteLater();
    m_job = nullptr;
}

void FileFieldEditor::clear()
{
    dropJob();
    m_file = {};
    render();
}

QJsonValue FileFieldEditor::value() const
{
    if (m_file.isEmpty())
        return QJsonValue::Undefined;
    return QJsonArray { m_file };
}

void FileFieldEditor::setValue(const QJsonValue &value)
{
    dropJob();
    m_file = {};
    // Only a file the backend has counts (older drafts may hold local paths).
    const QJsonObject file = value.toArray().first().toObject();
    if (!file.value(QLatin1String("upload_id")).toString().isEmpty())
        m_file = file;
    render();
}

QString FileFieldEditor::describeFile(const QJsonObject &file) const
{
    return tr("%1 (%2)").arg(file.value(QLatin1String("name")).toString(),
                             QLocale().formattedDataSize(
                                 qint64(file.value(QLatin1String("size")).toDouble())));
}

QString FileFieldEditor::displayText() const
{
    return m_file.isEmpty() ? QString() : describeFile(m_file);
}

void FileFieldEditor::render()
{
    const UploadJob::State state = m_job ? m_job->state() : UploadJob::State::Done;
    const bool uploaded = !m_file.isEmpty();
    const bool active = m_job && m_job->isActive();
    const bool stopped = m_job && !active; // failed or cancelled

    QString text = tr("No file chosen");
    if (uploaded) {
        text = tr("%1 – uploaded").arg(displayText());
    } else if (m_job) {
        QJsonObject shown { { QStringLiteral("name"), m_job->file().name },
                            { QStringLiteral("size"), double(m_job->file().size) } };
        switch (state) {
        case UploadJob::State::Waiting:
            text = tr("%1 – waiting to be sent…").arg(describeFile(shown));
            break;
        case UploadJob::State::Sending:
            text = tr("%1 – sending…").arg(describeFile(shown));
            break;
        case UploadJob::State::Cancelled:
            text = tr("%1 – upload cancelled").arg(describeFile(shown));
            break;
        case UploadJob::State::Failed:
            text = tr("%1 – not sent").arg(describeFile(shown));
            break;
        case UploadJob::State::Done:
            break;
        }
    }
    m_fileLabel->setText(text);
    m_fileLabel->setProperty("muted", !uploaded && !m_job);
    m_fileLabel->style()->unpolish(m_fileLabel);
    m_fileLabel->style()->polish(m_fileLabel);

    m_progress->setVisible(active);
    if (state == UploadJob::State::Waiting)
        m_progress->setValue(0);
    m_cancelButton->setVisible(active);
    m_retryButton->setVisible(stopped);
    m_removeButton->setVisible(uploaded || stopped);
    m_chooseButton->setText(uploaded || m_job ? tr("Choose another file…") : tr("Choose file…"));

    QString problem;
    if (m_job && state == UploadJob::State::Failed)
        problem = tr("The file could not be sent: %1").arg(ProblemText::forUser(m_job->problem()));
    m_problemLabel->setText(problem);
    m_problemLabel->setVisible(!problem.isEmpty());
}

void FileFieldEditor::focusInput()
{
    m_chooseButton->setFocus(Qt::OtherFocusReason);
}

} // namespace rathaus::ui
