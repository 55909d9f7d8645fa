#include "app/ui/cockpit/CockpitReport.h"

#include "app/client/Formatting.h"
#include "app/client/StatusText.h"
#include "app/client/cockpit/AccessLogText.h"
#include "app/client/cockpit/TransfersModel.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

#include <algorithm>

namespace rathaus::ui {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

template<typename T> Result<QList<T>> listOf(const QJsonValue &value)
{
    QList<T> list;
    for (const QJsonValue &item : value.toArray()) {
        const auto parsed = T::fromJson(item.toObject());
        if (!parsed.ok())
            return parsed.problem();
        list.append(parsed.value());
    }
    return list;
}

// One application: what, its course, money, documents and the conversation.
QString applicationHtml(const CockpitReport::Application &application,
                        const CockpitReport::Content &content)
{
    const QString &language = content.directory.language;
    const ApplicationSummary &summary = application.detail.summary;
    const LocalizedText title = content.serviceTitles.value(summary.serviceId);
    QString out = QStringLiteral("<h3>%1 – %2</h3>")
                      .arg(esc(summary.reference),
                           esc(title.isEmpty() ? summary.serviceId : title.in(language)));
    out += QStringLiteral("<p>%1</p>")
               .arg(esc(QCoreApplication::translate("CockpitReport", "Status: %1")
                            .arg(client::StatusText::applicationLabel(
                                applicationStatusToWire(summary.status),
                                application.detail.statusLabel))));
    out += QStringLiteral("<p><b>%1</b></p><ul>")
               .arg(esc(QCoreApplication::translate("CockpitReport", "History")));
    for (const ApplicationHistoryEntry &entry : application.detail.history) {
        QString line = client::AccessLogText::when(entry.at, language) + QStringLiteral(": ") +
            client::StatusText::applicationLabel(applicationStatusToWire(entry.to));
        if (!entry.actorName.isEmpty())
            line += QStringLiteral(" (") + entry.actorName + QLatin1Char(')');
        for (const QString &text : { entry.note, entry.reason }) {
            if (!text.isEmpty())
                line += QStringLiteral(" – ") + text;
        }
        out += QStringLiteral("<li>%1</li>").arg(esc(line));
    }
    out += QStringLiteral("</ul>");
    if (!application.payments.isEmpty()) {
        out += QStringLiteral("<p><b>%1</b></p><ul>")
                   .arg(esc(QCoreApplication::translate("CockpitReport", "Payments")));
        for (const Payment &payment : application.payments) {
            QString line = client::AccessLogText::when(payment.createdAt, language) +
                QStringLiteral(": ") +
                client::Formatting::money(payment.amountCents, payment.currency) +
                QStringLiteral(" – ") +
                client::StatusText::paymentLabel(paymentStatusToWire(payment.status),
                                                 payment.amountCents);
            if (payment.refundedCents > 0)
                line += QStringLiteral(" – ") +
                    QCoreApplication::translate("CockpitReport", "refunded: %1")
                        .arg(client::Formatting::money(payment.refundedCents, payment.currency));
            out += QStringLiteral("<li>%1</li>").arg(esc(line));
        }
        out += QStringLiteral("</ul>");
    }
    if (!application.detail.documents.isEmpty()) {
        out += QStringLiteral("<p><b>%1</b></p><ul>")
                   .arg(esc(QCoreApplication::translate("CockpitReport", "Issued documents")));
        for (const Document &document : application.detail.documents)
            out +=
                QStringLiteral("<li>%1</li>")
                    .arg(esc(QCoreApplication::translate("CockpitReport", "%1, issued by %2 on %3")
                                 .arg(document.serial,
                                      content.directory.officeName(document.officeId),
                                      client::AccessLogText::when(document.issuedAt, language))));
        out += QStringLiteral("</ul>");
    }
    if (!application.messages.isEmpty()) {
        out += QStringLiteral("<p><b>%1</b></p><ul>")
                   .arg(esc(QCoreApplication::translate("CockpitReport", "Messages")));
        for (const Message &message : application.messages) {
            const QString who = message.sender == MessageSender::Citizen
                ? QCoreApplication::translate("CockpitReport", "You")
                : (message.senderName.isEmpty() ? content.directory.officeName(message.officeId)
                                                : message.senderName);
            out += QStringLiteral("<li>%1</li>")
                       .arg(esc(QStringLiteral("%1, %2: %3")
                                    .arg(client::AccessLogText::when(message.createdAt, language),
                                         who, message.body)));
        }
        out += QStringLiteral("</ul>");
    }
    return out;
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
               .arg(esc(QCoreApplication::translate("CockpitReport", "Applications")));
    if (!content.hasApplications)
        out += QStringLiteral("<p>%1</p>")
                   .arg(esc(QCoreApplication::translate(
                       "CockpitReport",
                       "Your city does not offer the complete export yet: applications, "
                       "payments, documents, messages and transfers are missing here.")));
    else if (content.applications.isEmpty())
        out += QStringLiteral("<p>%1</p>")
                   .arg(esc(QCoreApplication::translate("CockpitReport", "No applications.")));
    for (const Application &application : content.applications)
        out += applicationHtml(application, content);
    if (content.hasApplications) {
        out += QStringLiteral("<h2>%1</h2>")
                   .arg(esc(
                       QCoreApplication::translate("CockpitReport", "Transfers between offices")));
        if (content.transfers.isEmpty())
            out += QStringLiteral("<p>%1</p>")
                       .arg(esc(QCoreApplication::translate("CockpitReport", "No transfers.")));
        out += QStringLiteral("<ul>");
        for (const Transfer &transfer : content.transfers) {
            QString line = client::AccessLogText::when(transfer.createdAt, dir.language) +
                QStringLiteral(": ") + client::TransfersModel::summary(transfer, dir) +
                QStringLiteral(" – ") + statusLabel(transfer.status);
            if (!transfer.applicationReference.isEmpty())
                line += QStringLiteral(" – ") +
                    QCoreApplication::translate("CockpitReport", "for application %1")
                        .arg(transfer.applicationReference);
            if (!transfer.purpose.isEmpty())
                line += QStringLiteral(" – ") + transfer.purpose;
            out += QStringLiteral("<li>%1</li>").arg(esc(line));
        }
        out += QStringLiteral("</ul>");
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

Result<CockpitReport::Content> CockpitReport::fromExport(const QJsonObject &exported,
                                                         Content content)
{
    const auto records = listOf<Record>(exported.value(QLatin1String("records")));
    if (!records.ok())
        return records.problem();
    content.records = records.value();
    auto log = listOf<AccessLogEntry>(exported.value(QLatin1String("access_log")));
    if (!log.ok())
        return log.problem();
    content.accessLog = log.value();
    std::reverse(content.accessLog.begin(), content.accessLog.end()); // the export: oldest first
    const auto transfers = listOf<Transfer>(exported.value(QLatin1String("transfers")));
    if (!transfers.ok())
        return transfers.problem();
    content.transfers = transfers.value();
    content.applications.clear();
    for (const QJsonValue &value : exported.value(QLatin1String("applications")).toArray()) {
        const QJsonObject object = value.toObject();
        const auto detail = ApplicationDetail::fromJson(object);
        const auto messages = listOf<Message>(object.value(QLatin1String("messages")));
        const auto payments = listOf<Payment>(object.value(QLatin1String("payments")));
        if (!detail.ok())
            return detail.problem();
        if (!messages.ok())
            return messages.problem();
        if (!payments.ok())
            return payments.problem();
        content.applications.append({ detail.value(), messages.value(), payments.value() });
    }
    content.hasApplications = true;
    return content;
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
