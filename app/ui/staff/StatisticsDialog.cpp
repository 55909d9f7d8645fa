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
    setMinimumWidth(420);
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
    for (auto it = byStatus.begin(); it != byStatus.end(); ++it) {
        const auto status = applicationStatusFromWire(it.key());
        row(status ? statusLabel(*status) : it.key(), locale.toString(it.value().toInteger()));
    }
    if (stats.contains(QLatin1String("overdue")))
        row(tr("Overdue"), locale.toString(stats.value(QLatin1String("overdue")).toInteger()));
    const QJsonValue median = stats.value(QLatin1String("median_processing_days"));
    if (median.isDouble())
        row(tr("Median processing time"),
            tr("%1 days").arg(locale.toString(median.toDouble(), 'f', 1)));
    const QJsonValue medianSeconds = stats.value(QLatin1String("median_processing_seconds"));
    if (medianSeconds.isDouble())
        row(tr("Median processing time"),
            tr("%1 days").arg(locale.toString(medianSeconds.toDouble() / 86400.0, 'f', 1)));
    html += QStringLiteral("</table>");
    m_label->setText(html);
}

} // namespace rathaus::ui
