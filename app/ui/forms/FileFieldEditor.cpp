#include "app/ui/forms/FileFieldEditor.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QMimeDatabase>
#include <QPushButton>
#include <QStandardPaths>
#include <QStyle>

namespace rathaus::ui {

namespace {
constexpr qint64 defaultMaxBytes = 10 * 1024 * 1024; // the server's default
}

FileFieldEditor::FileFieldEditor(const FormField &field, const QString &language,
                                 QWidget *parent)
    : FieldEditor(field, language, parent)
{
    m_chooseButton = new QPushButton(tr("Choose file…"), this);
    m_chooseButton->setObjectName(QStringLiteral("input_") + field.id);
    describe(m_chooseButton, labelText() + QStringLiteral(": ") + tr("Choose file…"));
    m_removeButton = new QPushButton(tr("Remove"), this);
    m_removeButton->setObjectName(QStringLiteral("remove_") + field.id);
    m_removeButton->setAccessibleName(labelText() + QStringLiteral(": ") + tr("Remove file"));
    m_fileLabel = new QLabel(this);
    m_fileLabel->setObjectName(QStringLiteral("file_") + field.id);
    m_fileLabel->setTextFormat(Qt::PlainText);
    m_fileLabel->setWordWrap(true);
    m_problemLabel = new QLabel(this);
    m_problemLabel->setProperty("fieldError", true);
    m_problemLabel->setWordWrap(true);
    m_problemLabel->hide();

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(10);
    row->addWidget(m_chooseButton);
    row->addWidget(m_fileLabel, 1);
    row->addWidget(m_removeButton);
    addInputLayout(row);
    addInput(m_problemLabel);

    connect(m_chooseButton, &QPushButton::clicked, this, &FileFieldEditor::openDialog);
    connect(m_removeButton, &QPushButton::clicked, this, [this] {
        clear();
        emit edited();
        emit committed();
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
    dialog->setDirectory(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    connect(dialog, &QFileDialog::fileSelected, this, &FileFieldEditor::chooseFile);
    dialog->open();
}

bool FileFieldEditor::chooseFile(const QString &path)
{
    const QFileInfo info(path);
    QString problem;
    const QMimeType type = QMimeDatabase().mimeTypeForFile(info);
    const qint64 limit = field().maxBytes > 0 ? field().maxBytes : defaultMaxBytes;
    if (!info.isFile() || !info.isReadable()) {
        problem = tr("The file cannot be read. Please choose another one.");
    } else if (!field().accept.isEmpty() && !field().accept.contains(type.name())) {
        QStringList suffixes;
        const QMimeDatabase mimes;
        for (const QString &name : field().accept)
            suffixes << mimes.mimeTypeForName(name).preferredSuffix().toUpper();
        suffixes.removeAll(QString());
        problem = tr("This kind of file is not accepted. Please choose a %1 file.")
                      .arg(QLocale().createSeparatedList(suffixes));
    } else if (info.size() > limit) {
        problem = tr("The file is too large (%1). At most %2 are accepted.")
                      .arg(QLocale().formattedDataSize(info.size()),
                           QLocale().formattedDataSize(limit));
    }
    m_problemLabel->setText(problem);
    m_problemLabel->setVisible(!problem.isEmpty());
    if (!problem.isEmpty())
        return false;
    m_files = QJsonArray { QJsonObject {
        { QStringLiteral("local_path"), info.absoluteFilePath() },
        { QStringLiteral("name"), info.fileName() },
        { QStringLiteral("size"), double(info.size()) },
        { QStringLiteral("mime_type"), type.name() },
    } };
    render();
    emit edited();
    emit committed();
    return true;
}

void FileFieldEditor::clear()
{
    m_files = {};
    m_problemLabel->hide();
    render();
}

QJsonValue FileFieldEditor::value() const
{
    if (m_files.isEmpty())
        return QJsonValue::Undefined;
    return m_files;
}

void FileFieldEditor::setValue(const QJsonValue &value)
{
    m_files = value.toArray();
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
    QStringList names;
    for (const QJsonValue &file : m_files)
        names << describeFile(file.toObject());
    return names.join(QLatin1Char('\n'));
}

void FileFieldEditor::render()
{
    const bool chosen = !m_files.isEmpty();
    m_fileLabel->setText(chosen ? displayText() : tr("No file chosen"));
    m_fileLabel->setProperty("muted", !chosen);
    m_fileLabel->style()->unpolish(m_fileLabel);
    m_fileLabel->style()->polish(m_fileLabel);
    m_removeButton->setVisible(chosen);
    m_chooseButton->setText(chosen ? tr("Choose another file…") : tr("Choose file…"));
}

void FileFieldEditor::focusInput()
{
    m_chooseButton->setFocus(Qt::OtherFocusReason);
}

} // namespace rathaus::ui
