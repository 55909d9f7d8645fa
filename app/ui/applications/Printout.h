#pragma once

#include "app/client/DocumentVerifier.h"
#include "common/forms/FormSchema.h"
#include "common/wire/Document.h"
#include "common/wire/Receipt.h"

#include <QCoreApplication>
#include <QString>

#include <memory>
#include <optional>

class QTextDocument;
class QWidget;

namespace rathaus::ui {

// What the citizen keeps on paper: a payment receipt and an issued document,
// laid out once as a QTextDocument (A4, the city's name on top) and then
// written to PDF (QPdfWriter) or sent to a printer (QPrintDialog). Texts in
// the UI's language (context "Printout").
class Printout
{
    Q_DECLARE_TR_FUNCTIONS(Printout)

public:
    struct DocumentContext
    {
        QString title; // "Anwohnerparkausweis"
        QString officeName;
        client::DocumentVerification verification;
        QString verifyUrl; // where anyone checks the serial
        // The service's form: its field labels (and option labels) name the
        // document's data; a key the form does not know is shown as it is.
        std::optional<FormSchema> form;
        QString language = QStringLiteral("de");
    };

    static std::unique_ptr<QTextDocument> receipt(const Receipt &receipt, const QString &cityName,
                                                  const QString &language);
    static std::unique_ptr<QTextDocument> document(const Document &document,
                                                   const DocumentContext &context,
                                                   const QString &cityName);

    // "29. November 2026" / "29 November 2026": the long date without the weekday.
    static QString longDate(const QDate &date);

    // A4 PDF at `path`; false when it cannot be written.
    static bool writePdf(QTextDocument *text, const QString &path, const QString &title);
    // Asks where to save (a PDF file dialog), then writes; a message on failure.
    static void saveAs(QTextDocument *text, const QString &suggestedName, const QString &title,
                       QWidget *parent);
    // The system's print dialog, then prints.
    static void print(QTextDocument *text, const QString &title, QWidget *parent);
};

} // namespace rathaus::ui
