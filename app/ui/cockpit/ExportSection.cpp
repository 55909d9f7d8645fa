#include "app/ui/cockpit/ExportSection.h"

#include "app/client/cockpit/CockpitApi.h"
#include "app/ui/ProblemText.h"
#include "app/ui/applications/Printout.h"
#include "app/ui/kiosk/KioskPolicy.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTextDocument>
#include <QVBoxLayout>

#include <memory>

namespace rathaus::ui {

namespace {

// Asks where to save, without blocking the event loop; `save` gets the path.
void askForFile(QWidget *parent, const QString &title, const QString &fileName,
                const QString &filter, std::function<void(const QString &)> save)
{
    auto *dialog = new QFileDialog(parent, title);
    dialog->setObjectName(QStringLiteral("exportFileDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilter(filter);
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (!QDir(folder).exists())
        folder = QDir::homePath();
    dialog->setDirectory(folder);
    dialog->selectFile(fileName);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &QFileDialog::fileSelected, parent, std::move(save));
    dialog->open();
}

} // namespace

ExportSection::ExportSection(client::CockpitApi *api,
                             std::function<CockpitReport::Content()> content, QWidget *parent)
    : QWidget(parent), m_api(api), m_content(std::move(content))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    m_titleLabel = new QLabel(this);
    m_titleLabel->setProperty("subheading", true);
    m_introLabel = new QLabel(this);
    m_introLabel->setWordWrap(true);
    m_introLabel->setProperty("muted", true);
    layout->addWidget(m_titleLabel);
    layout->addWidget(m_introLabel);
    auto *buttons = new QHBoxLayout;
    m_jsonButton = new QPushButton(this);
    m_jsonButton->setObjectName(QStringLiteral("exportJsonButton"));
    m_pdfButton = new QPushButton(this);
    m_pdfButton->setObjectName(QStringLiteral("exportPdfButton"));
    m_pdfButton->setProperty("primary", true);
    buttons->addWidget(m_pdfButton);
    buttons->addWidget(m_jsonButton);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("exportStatusLabel"));
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextFormat(Qt::PlainText);
    layout->addWidget(m_statusLabel);
    layout->addStretch(1);
    // A kiosk's disk keeps nothing of the person: the report is printed
    // there, and the machine-readable export is for the citizen's own computer.
    m_jsonButton->setVisible(KioskPolicy::savesFiles());
    connect(m_jsonButton, &QPushButton::clicked, this, &ExportSection::exportJson);
    connect(m_pdfButton, &QPushButton::clicked, this, &ExportSection::exportPdf);
    retranslate();
}

void ExportSection::setBusy(bool busy, const QString &status)
{
    m_jsonButton->setEnabled(!busy);
    m_pdfButton->setEnabled(!busy);
    m_statusLabel->setText(status);
}

void ExportSection::exportJson()
{
    setBusy(true, tr("Fetching everything the city holds about you…"));
    m_api->fetchExport(this, [this](const Result<QJsonDocument> &result) {
        if (!result.ok()) {
            setBusy(false,
                    client::CockpitApi::isNotAvailable(result.problem())
                        ? tr("Exporting everything as a file is not available yet at "
                             "your city. The PDF report already works.")
                        : ProblemText::forUser(result.problem()));
            return;
        }
        setBusy(false, QString());
        const QByteArray bytes = result.value().toJson(QJsonDocument::Indented);
        askForFile(this, tr("Save all my data"), QStringLiteral("meine-daten.json"),
                   tr("JSON files (*.json)"), [this, bytes](const QString &path) {
                       QSaveFile file(path);
                       const bool ok = file.open(QIODevice::WriteOnly) &&
                           file.write(bytes) == bytes.size() && file.commit();
                       m_statusLabel->setText(
                           ok ? tr("Saved as %1.").arg(QDir::toNativeSeparators(path))
                              : tr("The file could not be saved. Choose another folder."));
                   });
    });
}

void ExportSection::exportPdf()
{
    setBusy(true, tr("Fetching everything the city holds about you…"));
    m_api->fetchExport(this, [this](const Result<QJsonDocument> &result) {
        if (!result.ok()) {
            if (client::CockpitApi::isNotAvailable(result.problem())) {
                // An older city: records and the log are all the report can hold.
                setBusy(true, tr("Collecting the access log for the report…"));
                collectLog(QString(), std::make_shared<QList<AccessLogEntry>>());
                return;
            }
            setBusy(false,
                    tr("The report could not be made.") + QLatin1Char(' ') +
                        ProblemText::forUser(result.problem()));
            return;
        }
        const auto content = CockpitReport::fromExport(result.value().object(), m_content());
        if (!content.ok()) {
            setBusy(false,
                    tr("The report could not be made.") + QLatin1Char(' ') +
                        ProblemText::forUser(content.problem()));
            return;
        }
        setBusy(false, QString());
        saveReport(content.value());
    });
}

void ExportSection::saveReport(const CockpitReport::Content &content)
{
    if (!KioskPolicy::savesFiles()) {
        QTextDocument document;
        document.setHtml(CockpitReport::html(content));
        Printout::print(&document, tr("My data at the city"), this);
        return;
    }
    askForFile(this, tr("Save the report"), QStringLiteral("meine-daten.pdf"),
               tr("PDF files (*.pdf)"), [this, content](const QString &path) {
                   m_statusLabel->setText(
                       CockpitReport::writePdf(content, path)
                           ? tr("Saved as %1.").arg(QDir::toNativeSeparators(path))
                           : tr("The file could not be saved. Choose another folder."));
               });
}

void ExportSection::collectLog(const QString &cursor,
                               std::shared_ptr<QList<AccessLogEntry>> entries)
{
    client::AccessLogQuery query;
    query.cursor = cursor;
    query.limit = 200;
    m_api->fetchAccessLog(query, this, [this, entries](const Result<Page<AccessLogEntry>> &page) {
        if (!page.ok()) {
            setBusy(false,
                    tr("The report could not be made.") + QLatin1Char(' ') +
                        ProblemText::forUser(page.problem()));
            return;
        }
        entries->append(page.value().items);
        if (page.value().hasMore()) {
            collectLog(page.value().nextCursor, entries);
            return;
        }
        setBusy(false, QString());
        CockpitReport::Content content = m_content();
        content.accessLog = *entries;
        saveReport(content);
    });
}

void ExportSection::retranslate()
{
    m_titleLabel->setText(tr("Export"));
    m_introLabel->setText(tr("Take your data with you: a PDF report to read and print, or "
                             "everything the city holds about you as a file (JSON) for other "
                             "programs."));
    m_pdfButton->setText(KioskPolicy::savesFiles() ? tr("Save as &PDF report…")
                                                   : tr("&Print a report…"));
    m_jsonButton->setText(tr("Export &everything (JSON)…"));
}

void ExportSection::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace rathaus::ui
