#include "app/ui/applications/Printout.h"

#include "app/client/Formatting.h"
#include "app/ui/kiosk/KioskPolicy.h"

#include <QFileDialog>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QMessageBox>
#include <QPageLayout>
#include <QPdfWriter>
#include <QPrintDialog>
#include <QPrinter>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTextDocument>

namespace rathaus::ui {

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString when(const QDateTime &at)
{
    if (!at.isValid())
        return {};
    const QDateTime local = at.toLocalTime();
    //: A date and a time, e.g. "29. November 2026, 11:05 Uhr"
    return Printout::tr("%1, %2")
        .arg(Printout::longDate(local.date()), QLocale().toString(local.time(), QLocale::ShortFormat));
}

// "valid_until" -> "Valid until": the document's own field names, readable.
QString readableKey(const QString &key)
{
    QString text = key;
    text.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

QString readableValue(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double:
        return QLocale().toString(value.toDouble(), 'g', 15);
    case QJsonValue::Bool:
        return value.toBool() ? Printout::tr("yes") : Printout::tr("no");
    case QJsonValue::Array: {
        QStringList parts;
        for (const QJsonValue &item : value.toArray())
            parts << readableValue(item);
        return parts.join(QStringLiteral(", "));
    }
    case QJsonValue::Object: {
        QStringList parts;
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            parts << readableValue(it.value());
        return parts.join(QStringLiteral(", "));
    }
    default:
        return {};
    }
}

// A value as the form offers it: the option's label for a choice, yes/no, a long date.
QString labelledValue(const FormField &field, const QJsonValue &value, const QString &language)
{
    const auto optionLabel = [&](const QString &chosen) {
        for (const FieldOption &option : field.options) {
            if (option.value == chosen)
                return option.label.in(language);
        }
        return chosen;
    };
    switch (field.type) {
    case FieldType::Choice:
        return optionLabel(value.toString());
    case FieldType::MultiChoice: {
        QStringList parts;
        for (const QJsonValue &item : value.toArray())
            parts << optionLabel(item.toString());
        return parts.join(QStringLiteral(", "));
    }
    case FieldType::Date: {
        const QDate day = QDate::fromString(value.toString(), Qt::ISODate);
        return day.isValid() ? Printout::longDate(day) : value.toString();
    }
    case FieldType::PostalAddress: {
        const QJsonObject address = value.toObject();
        return QStringLiteral("%1, %2 %3")
            .arg(address.value(QLatin1String("street")).toString(),
                 address.value(QLatin1String("postal_code")).toString(),
                 address.value(QLatin1String("city")).toString())
            .trimmed();
    }
    default:
        return readableValue(value);
    }
}

// Shared frame: the city on top, a title, a table of facts, a footnote.
QString page(const QString &cityName, const QString &title, const QList<QPair<QString, QString>> &rows,
             const QString &afterTable, const QString &footnote)
{
    QString html = QStringLiteral(
        "<html><body style=\"font-family: 'DejaVu Sans', sans-serif; font-size: 10.5pt; "
        "color: #1c2430;\">");
    html += QStringLiteral("<p style=\"font-size: 9pt; color: #0b4f8a; font-weight: 600; "
                           "letter-spacing: 1px;\">%1</p>")
                .arg(escaped(cityName.toUpper()));
    html += QStringLiteral("<h1 style=\"font-size: 18pt; font-weight: 600; margin-top: 6px;\">%1</h1>")
                .arg(escaped(title));
    html += QStringLiteral("<hr/><table width=\"100%\" cellspacing=\"0\" cellpadding=\"6\">");
    for (const auto &[label, value] : rows) {
        html += QStringLiteral("<tr><td width=\"35%\" style=\"color: #4f5d6b;\">%1</td>"
                               "<td style=\"font-weight: 600;\">%2</td></tr>")
                    .arg(escaped(label), escaped(value).replace(QLatin1Char('\n'), QStringLiteral("<br/>")));
    }
    html += QStringLiteral("</table><hr/>");
    html += afterTable;
    html += QStringLiteral("<p style=\"font-size: 8.5pt; color: #4f5d6b;\">%1</p>").arg(footnote);
    html += QStringLiteral("</body></html>");
    return html;
}

std::unique_ptr<QTextDocument> layout(const QString &html, const QString &title)
{
    auto text = std::make_unique<QTextDocument>();
    text->setMetaInformation(QTextDocument::DocumentTitle, title);
    text->setDocumentMargin(0);
    text->setHtml(html);
    return text;
}

} // namespace

QString Printout::longDate(const QDate &date)
{
    const QLocale locale;
    QString format = locale.dateFormat(QLocale::LongFormat);
    // The weekday adds nothing on a receipt or a permit.
    format.remove(QRegularExpression(QStringLiteral("d{4}[,.]?\\s*")));
    return locale.toString(date, format.trimmed());
}

std::unique_ptr<QTextDocument> Printout::receipt(const Receipt &receipt, const QString &cityName,
                                                 const QString &language)
{
    QList<QPair<QString, QString>> rows {
        { tr("Amount paid"), client::Formatting::money(receipt.amountCents, receipt.currency) },
        { tr("Service"), receipt.serviceTitle.in(language) },
        { tr("Application reference"), receipt.reference },
        { tr("Paid on"), when(receipt.paidAt) },
        { tr("Office"), receipt.officeName.in(language) },
        { tr("Payment number"), receipt.paymentId },
    };
    if (receipt.refundedCents > 0)
        rows.insert(1, { tr("Refunded"),
                         client::Formatting::money(receipt.refundedCents, receipt.currency) });
    const QString title = tr("Payment receipt");
    return layout(page(cityName, title, rows, {},
                       escaped(tr("This receipt was created by Rathaus from the city's payment "
                                  "records. Keep it for your files."))),
                  title);
}

std::unique_ptr<QTextDocument> Printout::document(const Document &document,
                                                  const DocumentContext &context,
                                                  const QString &cityName)
{
    // The offices' documents carry {application_reference, title, holder_name,
    // valid_from, valid_until, fields}; anything else is shown as it comes.
    const QJsonObject &data = document.data;
    const auto date = [](const QJsonValue &value) {
        const QDate day = QDate::fromString(value.toString(), Qt::ISODate);
        return day.isValid() ? longDate(day) : value.toString();
    };
    QList<QPair<QString, QString>> rows;
    const QStringList known { QStringLiteral("title"), QStringLiteral("holder_name"),
                              QStringLiteral("valid_from"), QStringLiteral("valid_until"),
                              QStringLiteral("application_reference"), QStringLiteral("fields") };
    if (data.contains(QLatin1String("holder_name")))
        rows.append({ tr("Holder"), readableValue(data.value(QLatin1String("holder_name"))) });
    const QJsonObject fields = data.value(QLatin1String("fields")).toObject();
    // In the form's order with its labels; keys it does not know after them.
    QStringList shown;
    if (context.form) {
        for (const FormField *field : context.form->allFields()) {
            if (!fields.contains(field->id))
                continue;
            shown << field->id;
            const QString label = field->label.in(context.language);
            rows.append({ label.isEmpty() ? readableKey(field->id) : label,
                          labelledValue(*field, fields.value(field->id), context.language) });
        }
    }
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (!shown.contains(it.key()))
            rows.append({ readableKey(it.key()), readableValue(it.value()) });
    }
    for (auto it = data.begin(); it != data.end(); ++it) {
        if (!known.contains(it.key()))
            rows.append({ readableKey(it.key()), readableValue(it.value()) });
    }
    if (data.contains(QLatin1String("valid_from")))
        rows.append({ tr("Valid from"), date(data.value(QLatin1String("valid_from"))) });
    if (data.contains(QLatin1String("valid_until")))
        rows.append({ tr("Valid until"), date(data.value(QLatin1String("valid_until"))) });
    if (data.contains(QLatin1String("application_reference")))
        rows.append({ tr("Application reference"),
                      readableValue(data.value(QLatin1String("application_reference"))) });
    rows.append({ tr("Serial number"), document.serial });
    rows.append({ tr("Issued by"), context.officeName });
    rows.append({ tr("Issued on"), when(document.issuedAt) });

    QString state;
    if (context.verification.isValid())
        state = QStringLiteral("<p style=\"color: #1b5e20; font-weight: 600;\">%1</p>")
                    .arg(escaped(tr("Electronically signed by %1. The signature was checked "
                                    "when this copy was printed: valid.")
                                     .arg(context.officeName)));
    else
        state = QStringLiteral("<p style=\"color: #8c1d18; font-weight: 600;\">%1</p>")
                    .arg(escaped(tr("Warning: the signature of this document could not be "
                                    "confirmed. Do not rely on this copy.")));
    const QString hint =
        escaped(tr("Anyone can check this document: ask the city's server for serial number %1 at %2")
                    .arg(document.serial, context.verifyUrl));
    return layout(page(cityName, context.title, rows, state, hint), context.title);
}

bool Printout::writePdf(QTextDocument *text, const QString &path, const QString &title)
{
    QPdfWriter writer(path);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("Rathaus"));
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                     QMarginsF(20, 20, 20, 20), QPageLayout::Millimeter));
    writer.setResolution(300);
    // The page size set on the document would override the writer's pages.
    std::unique_ptr<QTextDocument> copy(text->clone());
    copy->print(&writer);
    return QFileInfo(path).size() > 0;
}

void Printout::saveAs(QTextDocument *text, const QString &suggestedName, const QString &title,
                      QWidget *parent)
{
    if (!KioskPolicy::savesFiles()) {
        print(text, title, parent); // a kiosk's disk keeps nothing of the person
        return;
    }
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    auto *dialog = new QFileDialog(parent, tr("Save as PDF"),
                                   folder + QLatin1Char('/') + suggestedName,
                                   tr("PDF documents (*.pdf)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("pdf"));
    std::shared_ptr<QTextDocument> copy(text->clone());
    QObject::connect(dialog, &QFileDialog::fileSelected, parent,
                     [copy, title, parent](const QString &path) {
                         if (writePdf(copy.get(), path, title))
                             return;
                         auto *box = new QMessageBox(
                             QMessageBox::Warning, tr("Not saved"),
                             tr("The PDF could not be written to “%1”. Please choose another "
                                "folder.")
                                 .arg(QDir::toNativeSeparators(path)),
                             QMessageBox::Ok, parent);
                         box->setAttribute(Qt::WA_DeleteOnClose);
                         box->open();
                     });
    dialog->open();
}

void Printout::print(QTextDocument *text, const QString &title, QWidget *parent)
{
    auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    printer->setDocName(title);
    printer->setPageSize(QPageSize(QPageSize::A4));
    auto *dialog = new QPrintDialog(printer.get(), parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!KioskPolicy::savesFiles())
        dialog->setOption(QAbstractPrintDialog::PrintToFile, false); // paper only
    std::shared_ptr<QTextDocument> copy(text->clone());
    QObject::connect(dialog, &QDialog::accepted, parent,
                     [printer, copy] { copy->print(printer.get()); });
    dialog->open();
}

} // namespace rathaus::ui
