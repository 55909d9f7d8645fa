#pragma once

#include "app/ui/cockpit/CockpitReport.h"

#include <QWidget>

#include <functional>
#include <memory>

class QLabel;
class QPushButton;

namespace rathaus::client {
class CockpitApi;
}

namespace rathaus::ui {

// "Export": everything the city holds as JSON (GET /me/export, saved as the
// backend sent it) and a PDF report the client renders from the records and
// the whole access log.
class ExportSection : public QWidget
{
    Q_OBJECT
public:
    // `content` gives what the report shows besides the access log, which
    // this section loads whole (unfiltered) when the report is made.
    ExportSection(client::CockpitApi *api, std::function<CockpitReport::Content()> content,
                  QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void exportJson();
    void exportPdf();
    void collectLog(const QString &cursor, std::shared_ptr<QList<AccessLogEntry>> entries);
    void saveReport(const CockpitReport::Content &content);
    void setBusy(bool busy, const QString &status);
    void retranslate();

    client::CockpitApi *m_api;
    std::function<CockpitReport::Content()> m_content;
    QLabel *m_titleLabel;
    QLabel *m_introLabel;
    QPushButton *m_jsonButton;
    QPushButton *m_pdfButton;
    QLabel *m_statusLabel;
};

} // namespace rathaus::ui
