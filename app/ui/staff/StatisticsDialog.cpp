#include "app/ui/staff/StatisticsDialog.h"

#include "app/client/staff/StaffApi.h"
#include "app/ui/ProblemText.h"

#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace rathaus::ui {

StatisticsDialog::StatisticsDialog(client::StaffApi *api, QWidget *parent)
    : QDialog(parent), m_label(new QLabel(this))
{
    setObjectName(QStringLiteral("statisticsDialog"));
    setWindowTitle(tr("Statistics of the office"));
    setMinimumWidth(560);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    auto *title = new QLabel(tr("Statistics of the office"), this);
    title->setProperty("subheading", true);
    layout->addWidget(title);
    m_label->setObjectName(QStringLiteral("statisticsLabel"));
    m_label->setTextFormat(Qt::RichText);
    m_label->setWordWrap(true);
    m_label->setText(tr("Loading…"));
    layout->addWidget(m_label, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    auto *close = new QPushButton(tr("&Close"), this);
    close->setProperty("primary", true);
    buttons->addWidget(close);
    layout->addLayout(buttons);
    connect(close, &QPushButton::clicked, this, &QDialog::accept);

    api->fetchStats(this, [this](const Result<QJsonObject> &result) {
        if (result.ok()) {
            show(result.value());
        } else if (result.problem().status == 404 || result.problem().status == 405) {
            m_label->setText(tr("Statistics are not available on this server yet."));
        } else {
            m_label->setText(ProblemText::forUser(result.problem()).toHtmlEscaped());
        }
    });
}

void StatisticsDialog::show(const QJsonObject &stats)
{
    const QLocale locale;
    QString html = QStringLiteral("<table cellspacing='6'>");
    const auto row = [&](const QString &label, const QString &value) {
        html += QStringLiteral("<tr><td>%1</td><td align='right'><b>%2</b></td></tr>")
                    .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    QJsonObject byStatus = stats.value(QLatin1String("open_by_status")).toObject();
    if (byStatus.isEmpty())
        byStatus = stats.value(QLatin1String("by_status")).toObject();
    // In the order a case goes through them, not the JSON's.
    for (ApplicationStatus status : allApplicationStatuses()) {
        const QString key = applicationStatusToWire(status);
        if (byStatus.contains(key))
            row(statusLabel(status), locale.toString(byStatus.value(key).toInteger()));
    }
    if (stats.contains(QLatin1String("open")))
        row(tr("Open in total"), locale.toString(stats.value(QLatin1String("open")).toInteger()));
    if (stats.contains(QLatin1String("overdue")))
        row(tr("Overdue"), locale.toString(stats.value(QLatin1String("overdue")).toInteger()));
    const QJsonValue median = stats.value(QLatin1String("median_processing_days"));
    const int window = stats.value(QLatin1String("median_window_days")).toInt(90);
    if (median.isDouble())
        row(tr("Median processing time (cases closed in the last %n day(s))", nullptr, window),
            tr("%1 days").arg(locale.toString(median.toDouble(), 'f', 1)));
    else if (stats.contains(QLatin1String("median_processing_days")))
        row(tr("Median processing time (cases closed in the last %n day(s))", nullptr, window),
            tr("no closed cases"));
    if (stats.contains(QLatin1String("received_last_30_days")))
        row(tr("Received in the last 30 days"),
            locale.toString(stats.value(QLatin1String("received_last_30_days")).toInteger()));
    if (stats.contains(QLatin1String("closed_last_30_days")))
        row(tr("Closed in the last 30 days"),
            locale.toString(stats.value(QLatin1String("closed_last_30_days")).toInteger()));
    html += QStringLiteral("</table>");
    m_label->setText(html);
    adjustSize(); // the table is taller than "Loading…"
}

} // namespace rathaus::ui
