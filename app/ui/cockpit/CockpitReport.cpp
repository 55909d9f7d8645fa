#include "app/ui/cockpit/CockpitReport.h"

#include "app/client/cockpit/AccessLogText.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

namespace rathaus::ui {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

QString CockpitReport::html(const Content &content)
{
    const client::CockpitDirectory &dir = content.directory;
    QString out;
    out += QStringLiteral("<h1>%1</h1>")
               .arg(esc(QCoreApplication::translate("CockpitReport", "My data at the city")));
    out += QStringLiteral("<p>%1</p>")
               .arg(esc(QCoreApplication::translate("CockpitReport", "%1 – created on %2")
                            .arg(content.citizenName,
                                 client::AccessLogText::when(QDateTime::currentDateTimeUtc(),
                                                             dir.language))));
    out += QStringLiteral("<h2>%1</h2>")
               .arg(esc(QCoreApplication::translate("CockpitReport", "Records")));
    QStringList offices;
    for (const Record &record : content.records) {
        if (!offices.contains(record.officeId))
            offices.append(record.officeId);
    }
    for (const QString &office : std::as_const(offices)) {
        out += QStringLiteral("<h3>%1</h3>").arg(esc(dir.officeName(office)));
        for (const Record &record : content.records) {
            if (record.officeId != office)
                continue;
            out += QStringLiteral("<p><b>%1</b></p><table cellpadding='2'>")
                       .arg(esc(record.title.in(dir.language)));
            for (const Record::Field &field : record.fields)
                out += QStringLiteral("<tr><td width='35%'>%1</td><td>%2</td></tr>")
                           .arg(esc(field.label.in(dir.language)), esc(field.value));
            out += QStringLiteral("</table>");
            QStringList facts;
            if (!record.legalBasis.isEmpty())
                facts.append(QCoreApplication::translate("CockpitReport", "Legal basis: %1")
                                 .arg(record.legalBasis));
            if (record.updatedAt.isValid())
                facts.append(QCoreApplication::translate("CockpitReport", "Last changed: %1")
                                 .arg(client::AccessLogText::when(record.updatedAt, dir.language)));
            out += QStringLiteral("<p><i>%1</i></p>").arg(esc(facts.join(QStringLiteral(" · "))));
        }
    }
    out += QStringLiteral("<h2>%1</h2>")
               .arg(esc(QCoreApplication::translate("CockpitReport", "Who has seen my data")));
    out += QStringLiteral("<p><i>%1</i></p>").arg(esc(content.chainCheck));
    if (content.accessLog.isEmpty())
        out += QStringLiteral("<p>%1</p>")
                   .arg(esc(QCoreApplication::translate("CockpitReport", "No entries.")));
    out += QStringLiteral("<ul>");
    for (const AccessLogEntry &entry : content.accessLog)
        out += QStringLiteral("<li>%1</li>").arg(esc(client::AccessLogText::sentence(entry, dir)));
    out += QStringLiteral("</ul>");
    return out;
}

bool CockpitReport::writePdf(const Content &content, const QString &path)
{
    QTextDocument document;
    document.setDefaultStyleSheet(
        QStringLiteral("h1 { font-size: 18pt; } h2 { font-size: 14pt; margin-top: 14px; }"
                       " h3 { font-size: 12pt; color: #0b4f8a; } td { vertical-align: top; }"));
    document.setHtml(html(content));
    QFont font = document.defaultFont();
    font.setPointSizeF(10);
    document.setDefaultFont(font);
    {
        QPdfWriter writer(path);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter);
        writer.setResolution(300);
        writer.setTitle(QCoreApplication::translate("CockpitReport", "My data at the city"));
        writer.setCreator(QStringLiteral("Rathaus"));
        document.print(&writer);
    } // the writer finishes the file here
    return QFileInfo(path).size() > 0;
}

} // namespace rathaus::ui
