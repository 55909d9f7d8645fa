// Paying and receiving, as Erika does it: a resident parking permit with a
// PDF of her vehicle papers (made here with QPdfWriter), uploaded with the
// form; submitted; paid with the success card on the demo provider's page
// (the test is the browser and posts the card over HTTP); the status becomes
// "submitted"; the receipt saved as PDF. Then the road traffic office
// approves and issues the permit; the client checks its signature itself.
// A PDF named ".png" is refused before anything is sent; a suggestion is
// sent from the service page. German, embedded demo backend over loopback.
#include "app/client/ApiClient.h"
#include "app/client/ApplicationsApi.h"
#include "app/client/FormState.h"
#include "app/client/Session.h"
#include "app/ui/ApplicationFormPage.h"
#include "app/ui/DesktopApp.h"
#include "app/ui/FeedbackDialog.h"
#include "app/ui/HomePage.h"
#include "app/ui/MainWindow.h"
#include "app/ui/StartupOptions.h"
#include "app/ui/applications/DocumentPanel.h"
#include "app/ui/applications/ExternalBrowser.h"
#include "app/ui/applications/PaymentPanel.h"
#include "app/ui/forms/FileFieldEditor.h"
#include "common/crypto/Totp.h"
#include "tests/support/TestBackend.h"

#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPdfWriter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>
#include <QUuid>

#include <memory>
#include <optional>

using namespace rathaus;

class PayAndDocumentsTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir dataDir;
    std::unique_ptr<ui::DesktopApp> app;
    std::unique_ptr<test::HttpClient> http; // the browser, and the office's staff
    QList<QUrl> opened;
    QString pdfPath;
    QString applicationId;

    ui::MainWindow *window() const { return app->mainWindow(); }
    ui::ApplicationFormPage *form() const { return window()->applicationFormPage(); }
    template<typename T> T *find(const QString &name) const
    {
        T *widget = window()->findChild<T *>(name);
        if (!widget)
            qWarning("no widget named %s", qPrintable(name));
        return widget;
    }
    QString currentPageName() const { return window()->currentPage()->objectName(); }

    void openForm(const QString &serviceId)
    {
        emit window()->homePage()->serviceRequested(serviceId);
        QTRY_COMPARE(currentPageName(), QStringLiteral("serviceDetailPage"));
        auto *apply = find<QPushButton>(QStringLiteral("applyButton"));
        QTRY_VERIFY_WITH_TIMEOUT(apply->isEnabled(), 20000);
        QTest::mouseClick(apply, Qt::LeftButton);
        QTRY_COMPARE(currentPageName(), QStringLiteral("applicationFormPage"));
    }
    void next()
    {
        QTest::mouseClick(find<QPushButton>(QStringLiteral("nextButton")), Qt::LeftButton);
    }

    // A real one-page PDF, as a scanner or a printer driver makes it.
    QString makePdf(const QString &name)
    {
        const QString path = dataDir.filePath(name);
        QPdfWriter writer(path);
        writer.setPageSize(QPageSize(QPageSize::A4));
        QPainter painter(&writer);
        painter.drawText(QRect(200, 200, 4000, 400), QStringLiteral("Zulassungsbescheinigung Teil I"));
        painter.end();
        return path;
    }

    QString staffToken()
    {
        const auto secret = base32::decode(QStringLiteral("JBSWY3DPEHPK3PXP"));
        const QString code = Totp(secret.value_or(QByteArray())).code(QDateTime::currentSecsSinceEpoch());
        const test::HttpResponse login = http->postJson(
            QStringLiteral("/api/v1/auth/login"),
            QJsonObject { { QStringLiteral("username"), QStringLiteral("sb.verkehr") },
                          { QStringLiteral("password"), QStringLiteral("rathaus-demo") },
                          { QStringLiteral("totp"), code } });
        return login.json().value(QLatin1String("access_token")).toString();
    }
    int transition(const QString &token, const QString &to)
    {
        const test::HttpResponse detail =
            http->get(QStringLiteral("/api/v1/staff/cases/") + applicationId, token);
        const int version = detail.json().value(QLatin1String("version")).toInt();
        return http
            ->request("POST", QStringLiteral("/api/v1/staff/cases/%1/transition").arg(applicationId),
                      QJsonDocument(QJsonObject { { QStringLiteral("to"), to } }).toJson(),
                      { { "Content-Type", "application/json" },
                        { "Authorization", "Bearer " + token.toLatin1() },
                        { "If-Match", QByteArray::number(version) } })
            .status;
    }

    ApplicationDetail detail()
    {
        std::optional<Result<ApplicationDetail>> result;
        client::ApplicationsApi(app->session())
            .detail(applicationId, this, [&](const Result<ApplicationDetail> &r) { result = r; });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 30000) || !result->ok()) {
            qWarning("no application detail");
            return {};
        }
        return result->value();
    }

    // What the citizen does on the provider's page in the browser.
    int payOnPage(const QUrl &page, const QString &card)
    {
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("token"), QUrlQuery(page).queryItemValue(QStringLiteral("token")));
        form.addQueryItem(QStringLiteral("card_number"), card);
        form.addQueryItem(QStringLiteral("action"), QStringLiteral("pay"));
        return http->request("POST", page.path(), form.toString(QUrl::FullyEncoded).toLatin1(),
                             { { "Content-Type", "application/x-www-form-urlencoded" } })
            .status;
    }

    static bool isPdf(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) && file.read(5) == "%PDF-" && file.size() > 1000;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(QStringLiteral("Rathaus"));
        QApplication::setApplicationName(QStringLiteral("rathaus-pay-test"));
        QVERIFY(dataDir.isValid());
        pdfPath = makePdf(QStringLiteral("Fahrzeugschein.pdf"));
        ui::ExternalBrowser::setOpener([this](const QUrl &url) {
            opened << url;
            return true;
        });

        ui::StartupOptions options;
        options.language = QStringLiteral("de");
        options.dataDirectory = dataDir.filePath(QStringLiteral("data"));
        app = std::make_unique<ui::DesktopApp>(options);
        QSignalSpy firstData(app.get(), &ui::DesktopApp::firstDataShown);
        app->start();
        QTRY_VERIFY_WITH_TIMEOUT(firstData.size() == 1, 60000);
        http = std::make_unique<test::HttpClient>(app->api()->baseUrl().toString());
        find<QLineEdit>(QStringLiteral("usernameLineEdit"))->setText(QStringLiteral("erika"));
        auto *password = find<QLineEdit>(QStringLiteral("passwordLineEdit"));
        QTest::keyClicks(password, QStringLiteral("rathaus-demo"));
        QTest::keyClick(password, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(currentPageName(), QStringLiteral("homePage"), 20000);
    }
    void cleanupTestCase()
    {
        ui::ExternalBrowser::setOpener({});
        app.reset();
    }

    void aPdfNamedPngIsRefusedBeforeSending()
    {
        openForm(QStringLiteral("anwohnerparkausweis"));
        auto *plate = find<QLineEdit>(QStringLiteral("input_plate"));
        QTest::keyClicks(plate, QStringLiteral("LG-EM 123"));
        QTest::keyClick(find<QWidget>(QStringLiteral("option_zone_B")), Qt::Key_Space);
        next();
        QVERIFY2(form()->currentStep() == 1,
                 qPrintable(QStringList(form()->state()->stepErrors(0).values()).join(QLatin1Char(' '))));
        auto *editor = qobject_cast<ui::FileFieldEditor *>(find<QWidget>(QStringLiteral("field_registration")));
        QVERIFY(editor);
        const QString renamed = dataDir.filePath(QStringLiteral("Fahrzeugschein.png"));
        QVERIFY(QFile::copy(pdfPath, renamed));
        QVERIFY(!editor->chooseFile(renamed));
        QVERIFY(!editor->job()); // nothing was sent
        auto *problem = find<QLabel>(QStringLiteral("fileProblem_registration"));
        QVERIFY(problem->isVisible());
        QCOMPARE(problem->text(),
                 QStringLiteral("Diese Datei ist ein PDF-Dokument, aber ihr Name endet auf „.png“. "
                                "Bitte benennen Sie sie so um, dass sie auf „.pdf“ endet, oder "
                                "wählen Sie eine andere Datei."));
        QVERIFY(editor->value().isUndefined());
    }

    void theUploadGoesWithTheForm()
    {
        auto *editor = qobject_cast<ui::FileFieldEditor *>(find<QWidget>(QStringLiteral("field_registration")));
        QVERIFY(editor->chooseFile(pdfPath));
        QVERIFY(find<QLabel>(QStringLiteral("fileProblem_registration"))->isHidden());
        QTRY_VERIFY_WITH_TIMEOUT(!editor->value().isUndefined(), 30000);
        const QJsonObject file = editor->value().toArray().first().toObject();
        QVERIFY(!file.value(QLatin1String("upload_id")).toString().isEmpty());
        QCOMPARE(file.value(QLatin1String("media_type")).toString(), QStringLiteral("application/pdf"));
        QVERIFY(find<QLabel>(QStringLiteral("file_registration"))->text().contains(QStringLiteral("hochgeladen")));
        next();
        QTRY_VERIFY(form()->isReviewing());
        // The review names the file and its size.
        const QString review = find<QLabel>(QStringLiteral("reviewValue_registration"))->text();
        QVERIFY2(review.startsWith(QStringLiteral("Fahrzeugschein.pdf (")), qPrintable(review));
    }

    void submittedItAwaitsPayment()
    {
        // Filed as the form's submission does it (what is sent: upload ids).
        const QJsonObject data = form()->state()->submissionData();
        QVERIFY(data.value(QLatin1String("registration")).toArray().first().isString());
        std::optional<Result<ApplicationSummary>> filed;
        client::ApplicationsApi(app->session())
            .submit(QStringLiteral("anwohnerparkausweis"), data,
                    QUuid::createUuid().toByteArray(QUuid::WithoutBraces), this,
                    [&](const Result<ApplicationSummary> &r) { filed = r; });
        QTRY_VERIFY_WITH_TIMEOUT(filed.has_value(), 30000);
        QVERIFY2(filed->ok(), qPrintable(filed->ok() ? QString() : filed->problem().title + filed->problem().detail));
        QCOMPARE(filed->value().status, ApplicationStatus::AwaitingPayment);
        QCOMPARE(filed->value().feeCents, 3000);
        applicationId = filed->value().id;
    }

    void paidWithTheSuccessCard()
    {
        ui::PaymentPanel panel(app->session());
        panel.setCityName(QStringLiteral("Demo-Stadt"));
        panel.show();
        panel.setApplication(detail());
        QVERIFY(panel.isVisible());
        auto *status = panel.findChild<QLabel *>(QStringLiteral("paymentStatusLabel"));
        QCOMPARE(status->text(), QStringLiteral("Noch nicht bezahlt"));
        QCOMPARE(panel.findChild<QLabel *>(QStringLiteral("paymentAmountLabel"))->text(),
                 QStringLiteral("30,00\u00A0€"));
        auto *pay = panel.findChild<QPushButton *>(QStringLiteral("payButton"));
        QVERIFY(pay->isVisible());
        QCOMPARE(pay->text(), QStringLiteral("&Jetzt bezahlen"));
        QSignalSpy settled(&panel, &ui::PaymentPanel::paymentSettled);
        QTest::mouseClick(pay, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, 30000);
        QCOMPARE(status->text(), QStringLiteral("Warten auf den Zahlungsanbieter…"));
        QVERIFY(!pay->isVisible());

        QCOMPARE(payOnPage(opened.last(), QStringLiteral("4444333322221111")), 200);
        QTRY_COMPARE_WITH_TIMEOUT(settled.size(), 1, 60000);
        QCOMPARE(status->text(), QStringLiteral("Bezahlt"));
        const ApplicationDetail paid = detail();
        QCOMPARE(paid.summary.status, ApplicationStatus::Submitted);
        panel.setApplication(paid);
        QVERIFY(!pay->isVisible());

        // The receipt: fetched, saved as an A4 PDF.
        auto *save = panel.findChild<QPushButton *>(QStringLiteral("saveReceiptButton"));
        QVERIFY(save->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(save->isEnabled(), 30000);
        QCOMPARE(panel.receipt()->reference, paid.summary.reference);
        QCOMPARE(panel.receipt()->amountCents, 3000);
        const QString receiptPath = dataDir.filePath(QStringLiteral("Zahlungsbeleg.pdf"));
        QVERIFY(panel.saveReceipt(receiptPath));
        QVERIFY(isPdf(receiptPath));
        if (!qEnvironmentVariableIsEmpty("RATHAUS_TEST_KEEP"))
            QFile::copy(receiptPath, qEnvironmentVariable("RATHAUS_TEST_KEEP") + QStringLiteral("/receipt.pdf"));
    }

    void theIssuedPermitIsCheckedByTheClient()
    {
        const QString token = staffToken();
        QVERIFY(!token.isEmpty());
        QCOMPARE(transition(token, QStringLiteral("in_review")), 200);
        QCOMPARE(transition(token, QStringLiteral("approved")), 200);
        const test::HttpResponse issued = http->request(
            "POST", QStringLiteral("/api/v1/staff/cases/%1/documents").arg(applicationId), "{}",
            { { "Content-Type", "application/json" }, { "Authorization", "Bearer " + token.toLatin1() } });
        QCOMPARE(issued.status, 201);
        const QString serial = issued.json().value(QLatin1String("serial")).toString();

        const ApplicationDetail completed = detail();
        QCOMPARE(completed.summary.status, ApplicationStatus::Completed);
        QCOMPARE(completed.documents.size(), 1);
        ui::DocumentPanel panel(app->session());
        panel.setCityName(QStringLiteral("Demo-Stadt"));
        panel.show();
        QSignalSpy loaded(&panel, &ui::DocumentPanel::loaded);
        panel.setDocuments(completed.documents);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 30000);
        QCOMPARE(panel.entries().size(), 1);
        const auto &entry = panel.entries().first();
        QCOMPARE(entry.document.serial, serial);
        QVERIFY(entry.verification.isValid());
        const QString id = entry.document.id;
        QTRY_VERIFY(panel.findChild<QLabel *>(QStringLiteral("documentVerdict_") + id));
        const QString verdict = panel.findChild<QLabel *>(QStringLiteral("documentVerdict_") + id)->text();
        QVERIFY2(verdict.startsWith(QStringLiteral("Signatur gültig – ausgestellt vom Straßenverkehrsamt am ")),
                 qPrintable(verdict));
        const QString path = dataDir.filePath(QStringLiteral("Parkausweis.pdf"));
        QVERIFY(panel.savePdf(id, path));
        QVERIFY(isPdf(path));
        if (!qEnvironmentVariableIsEmpty("RATHAUS_TEST_KEEP"))
            QFile::copy(path, qEnvironmentVariable("RATHAUS_TEST_KEEP") + QStringLiteral("/document.pdf"));
    }

    void aSuggestionFromTheServicePage()
    {
        emit window()->homePage()->serviceRequested(QStringLiteral("anwohnerparkausweis"));
        QTRY_COMPARE(currentPageName(), QStringLiteral("serviceDetailPage"));
        QTest::mouseClick(find<QPushButton>(QStringLiteral("feedbackButton")), Qt::LeftButton);
        auto *dialog = window()->feedbackDialog();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        auto *send = dialog->findChild<QPushButton *>(QStringLiteral("sendFeedbackButton"));
        QVERIFY(!send->isEnabled()); // nothing written yet
        auto *text = dialog->findChild<QPlainTextEdit *>(QStringLiteral("feedbackTextEdit"));
        QTest::keyClicks(text, QStringLiteral("Bitte auch Fahrzeugscheine als Foto annehmen."));
        QVERIFY(send->isEnabled());
        QTest::mouseClick(send, Qt::LeftButton);
        auto *status = dialog->findChild<QLabel *>(QStringLiteral("statusLabel"));
        QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(QStringLiteral("Vielen Dank!")), 30000);
        QVERIFY(!send->isEnabled()); // sent once
        dialog->reject();
    }
};

QTEST_MAIN(PayAndDocumentsTest)
#include "tst_payanddocuments.moc"
