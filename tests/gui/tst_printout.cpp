// Receipts and documents on paper: the texts they carry and a real A4 PDF;
// the city printed on them is the backend's name for itself.
#include "app/client/MemorySecretStore.h"
#include "app/ui/DesktopApp.h"
#include "app/ui/MainWindow.h"
#include "app/ui/StartupOptions.h"
#include "app/ui/applications/PaymentPanel.h"
#include "app/ui/applications/Printout.h"
#include "tests/support/TestBackend.h"

#include <QApplication>
#include <QFile>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

#include <memory>

using namespace rathaus;

class PrintoutTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir dir;

    static Receipt receipt()
    {
        Receipt receipt;
        receipt.paymentId = QStringLiteral("pay-0815");
        receipt.applicationId = QStringLiteral("app-1");
        receipt.reference = QStringLiteral("LUN-2026-000123");
        receipt.serviceId = QStringLiteral("anwohnerparkausweis");
        receipt.serviceTitle = { QStringLiteral("Anwohnerparkausweis"), QStringLiteral("Resident parking permit") };
        receipt.officeId = QStringLiteral("strassenverkehrsamt");
        receipt.officeName = { QStringLiteral("Straßenverkehrsamt"), QStringLiteral("Road Traffic Office") };
        receipt.amountCents = 3000;
        receipt.paidAt = QDateTime(QDate(2026, 11, 29), QTime(11, 30), Qt::UTC);
        return receipt;
    }

    static bool isA4Pdf(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return false;
        const QByteArray bytes = file.readAll();
        // A4 is 595 x 842 points.
        return bytes.startsWith("%PDF-") && bytes.contains("/MediaBox [0 0 595") &&
            bytes.contains("%%EOF");
    }

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        QVERIFY(dir.isValid());
    }

    void aReceiptCarriesWhatTheLawAsks()
    {
        auto text = ui::Printout::receipt(receipt(), QStringLiteral("Demo city"), QStringLiteral("en"));
        const QString plain = text->toPlainText();
        for (const QString &expected :
             { QStringLiteral("DEMO CITY"), QStringLiteral("Payment receipt"), QStringLiteral("€30.00"),
               QStringLiteral("Resident parking permit"), QStringLiteral("LUN-2026-000123"),
               QStringLiteral("Road Traffic Office"), QStringLiteral("pay-0815"),
               QStringLiteral("29 November 2026") })
            QVERIFY2(plain.contains(expected), qPrintable(expected + QStringLiteral(" missing in ") + plain));
        const QString path = dir.filePath(QStringLiteral("receipt.pdf"));
        QVERIFY(ui::Printout::writePdf(text.get(), path, QStringLiteral("Payment receipt")));
        QVERIFY(isA4Pdf(path));
    }

    void aDocumentCarriesSerialVerdictAndHowToCheck()
    {
        Document document;
        document.id = QStringLiteral("doc-1");
        document.serial = QStringLiteral("SVA-2026-000042");
        document.type = QStringLiteral("anwohnerparkausweis");
        document.data = {
            { QStringLiteral("application_reference"), QStringLiteral("LUN-2026-000123") },
            { QStringLiteral("title"), QJsonObject { { QStringLiteral("de"), QStringLiteral("Anwohnerparkausweis") },
                                                     { QStringLiteral("en"), QStringLiteral("Resident parking permit") } } },
            { QStringLiteral("holder_name"), QStringLiteral("Erika Mustermann") },
            { QStringLiteral("valid_from"), QStringLiteral("2026-11-29") },
            { QStringLiteral("valid_until"), QStringLiteral("2027-11-28") },
            { QStringLiteral("fields"), QJsonObject { { QStringLiteral("plate"), QStringLiteral("L-EM 1234") },
                                                      { QStringLiteral("zone"), QStringLiteral("B") } } },
        };
        document.officeId = QStringLiteral("strassenverkehrsamt");
        document.issuedAt = QDateTime(QDate(2026, 11, 29), QTime(12, 0), Qt::UTC);
        ui::Printout::DocumentContext context;
        context.title = QStringLiteral("Resident parking permit");
        context.officeName = QStringLiteral("Road Traffic Office");
        context.verification.state = client::DocumentVerification::State::Valid;
        context.verifyUrl = QStringLiteral("http://127.0.0.1:1/api/v1/documents/SVA-2026-000042/verify");
        auto valid = ui::Printout::document(document, context, QStringLiteral("Demo city"));
        QString plain = valid->toPlainText();
        QVERIFY(plain.contains(QLatin1String("SVA-2026-000042")));
        QVERIFY(plain.contains(QLatin1String("L-EM 1234")));
        QVERIFY(plain.contains(QLatin1String("Valid until")));
        QVERIFY(plain.contains(QLatin1String("28 November 2027")));
        QVERIFY(plain.contains(QLatin1String("Erika Mustermann")));
        QVERIFY(plain.contains(QLatin1String("LUN-2026-000123")));
        QVERIFY(plain.contains(QLatin1String("valid.")));
        QVERIFY(plain.contains(context.verifyUrl));
        const QString path = dir.filePath(QStringLiteral("document.pdf"));
        QVERIFY(ui::Printout::writePdf(valid.get(), path, context.title));
        QVERIFY(isA4Pdf(path));

        context.verification.state = client::DocumentVerification::State::Invalid;
        plain = ui::Printout::document(document, context, QStringLiteral("Demo city"))->toPlainText();
        QVERIFY(plain.contains(QLatin1String("Do not rely on this copy")));
    }

    void theFormsLabelsNameTheData()
    {
        Document document;
        document.id = QStringLiteral("doc-2");
        document.serial = QStringLiteral("SVA-2026-000043");
        document.type = QStringLiteral("anwohnerparkausweis");
        document.data = {
            { QStringLiteral("fields"),
              QJsonObject { { QStringLiteral("plate"), QStringLiteral("L-EM 1234") },
                            { QStringLiteral("zone"), QStringLiteral("B") },
                            { QStringLiteral("parking_since"), QStringLiteral("2026-01-05") } } },
        };
        document.officeId = QStringLiteral("strassenverkehrsamt");
        document.issuedAt = QDateTime(QDate(2026, 11, 29), QTime(12, 0), Qt::UTC);
        FormField plate;
        plate.id = QStringLiteral("plate");
        plate.type = FieldType::LicencePlate;
        plate.label = { QStringLiteral("Amtliches Kennzeichen"), QStringLiteral("Number plate") };
        FormField zone;
        zone.id = QStringLiteral("zone");
        zone.type = FieldType::Choice;
        zone.label = { QStringLiteral("Bewohnerparkzone"),
                       QStringLiteral("Residents' parking zone") };
        zone.options = { { QStringLiteral("B"),
                           { QStringLiteral("Zone B – Bahnhofsviertel"),
                             QStringLiteral("Zone B – Station quarter") } } };
        FormStep step;
        step.fields = { zone, plate };
        ui::Printout::DocumentContext context;
        context.title = QStringLiteral("Resident parking permit");
        context.officeName = QStringLiteral("Road Traffic Office");
        context.verification.state = client::DocumentVerification::State::Valid;
        context.form = FormSchema {};
        context.form->steps = { step };
        context.language = QStringLiteral("en");
        const QString plain =
            ui::Printout::document(document, context, QStringLiteral("Demo city"))->toPlainText();
        QVERIFY2(plain.contains(QLatin1String("Number plate")), qPrintable(plain));
        QVERIFY(plain.contains(QLatin1String("Residents' parking zone")));
        QVERIFY(plain.contains(QStringLiteral("Zone B – Station quarter"))); // the option, not "B"
        // In the form's order: the zone (first in this form) before the plate.
        QVERIFY(plain.indexOf(QLatin1String("Residents' parking zone")) <
                plain.indexOf(QLatin1String("Number plate")));
        // A key the form does not know: readable, as it comes.
        QVERIFY(plain.contains(QLatin1String("Parking since")));
        context.language = QStringLiteral("de");
        const QString german =
            ui::Printout::document(document, context, QStringLiteral("Demo city"))->toPlainText();
        QVERIFY(german.contains(QLatin1String("Amtliches Kennzeichen")));
        QVERIFY(german.contains(QStringLiteral("Zone B – Bahnhofsviertel")));
    }

    void outcomesInWords()
    {
        Payment payment;
        payment.status = PaymentStatus::Succeeded;
        QCOMPARE(ui::PaymentPanel::outcomeHeadline(payment), QStringLiteral("Paid"));
        payment.status = PaymentStatus::Failed;
        payment.failureCode = PaymentFailure::Declined;
        QCOMPARE(ui::PaymentPanel::outcomeHeadline(payment), QStringLiteral("Declined"));
        payment.failureCode = PaymentFailure::ExpiredCard;
        QCOMPARE(ui::PaymentPanel::outcomeHeadline(payment), QStringLiteral("Card expired"));
        payment.failureCode = PaymentFailure::ProviderError;
        QCOMPARE(ui::PaymentPanel::outcomeHeadline(payment), QStringLiteral("Error at the payment provider"));
        payment.failureCode = PaymentFailure::CancelledByUser;
        QCOMPARE(ui::PaymentPanel::outcomeHeadline(payment), QStringLiteral("Cancelled"));
        payment.status = PaymentStatus::Cancelled;
        payment.failureCode = PaymentFailure::None;
        QCOMPARE(ui::PaymentPanel::outcomeHeadline(payment), QStringLiteral("Cancelled"));
    }

    // A client on a standalone backend at 127.0.0.1 (as with --backend, or
    // the demo): the receipt names the city the backend names, not the host.
    // Last, as it starts a whole client.
    void theCityComesFromTheBackendNotTheHost()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(QStringLiteral("Rathaus"));
        QApplication::setApplicationName(QStringLiteral("rathaus-printout-test"));
        test::TestBackend backend;
        QVERIFY2(backend.start(), qPrintable(backend.error()));
        QVERIFY(backend.http().baseUrl().contains(QLatin1String("127.0.0.1")));
        client::MemorySecretStore secrets;
        ui::StartupOptions options;
        options.language = QStringLiteral("en");
        options.backendUrl = QUrl(backend.http().baseUrl());
        options.dataDirectory = dir.filePath(QStringLiteral("client"));
        ui::DesktopApp app(options, &secrets);
        QSignalSpy firstData(&app, &ui::DesktopApp::firstDataShown);
        app.start();
        QTRY_VERIFY_WITH_TIMEOUT(firstData.size() == 1, 60000);

        const QString city = app.mainWindow()->printoutCityName();
        QCOMPARE(city, QStringLiteral("Stadt Lunaburg"));
        auto text = ui::Printout::receipt(receipt(), city, QStringLiteral("de"));
        const QString plain = text->toPlainText();
        QVERIFY2(plain.contains(QStringLiteral("STADT LUNABURG")), qPrintable(plain));
        QVERIFY2(!plain.contains(QStringLiteral("127.0.0.1")), qPrintable(plain));
    }
};

QTEST_MAIN(PrintoutTest)
#include "tst_printout.moc"
