// Paying and receiving, as Erika does it in the window: a resident parking
// permit with a PDF of her vehicle papers (made here with QPdfWriter),
// uploaded with the form; submitted with the form's button; paid from the
// result page ("Pay now") with the success card on the demo provider's page
// (the test is the browser and posts the card over HTTP); the page then says
// "submitted"; the receipt saved as PDF. Then the road traffic office (the
// staff API) moves the case, writes with a file attached and issues the
// permit: each step arrives through the real events feed as a notification
// (the status bar under offscreen, no tray) with its German text; the
// message and its file, and the permit with its checked signature, show on
// the open detail page. A PDF named ".png" is refused before anything is
// sent; a suggestion is sent from the service page. German, embedded demo
// backend over loopback.
#include "app/client/ApiClient.h"
#include "app/client/ApplicationListModel.h"
#include "app/client/ApplicationsApi.h"
#include "app/client/DraftStore.h"
#include "app/client/FormState.h"
#include "app/client/Session.h"
#include "app/client/StatusText.h"
#include "app/ui/ApplicationFormPage.h"
#include "app/ui/DesktopApp.h"
#include "app/ui/FeedbackDialog.h"
#include "app/ui/HomePage.h"
#include "app/ui/MainWindow.h"
#include "app/ui/StartupOptions.h"
#include "app/ui/SubmissionResultPage.h"
#include "app/ui/applications/DocumentPanel.h"
#include "app/ui/applications/ExternalBrowser.h"
#include "app/ui/applications/MessagesPanel.h"
#include "app/ui/applications/PaymentPanel.h"
#include "app/ui/forms/FileFieldEditor.h"
#include "common/crypto/Totp.h"
#include "tests/support/TestBackend.h"

#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPdfWriter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
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
    bool browserFails = false; // the opener answers as if no browser could be opened
    QString pdfPath;
    QString applicationId;
    QString reference;
    QString serial;

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
        painter.drawText(QRect(200, 200, 4000, 400),
                         QStringLiteral("Zulassungsbescheinigung Teil I"));
        painter.end();
        return path;
    }

    QString staffToken()
    {
        const auto secret = base32::decode(QStringLiteral("JBSWY3DPEHPK3PXP"));
        const QString code =
            Totp(secret.value_or(QByteArray())).code(QDateTime::currentSecsSinceEpoch());
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
            ->request("POST",
                      QStringLiteral("/api/v1/staff/cases/%1/transition").arg(applicationId),
                      QJsonDocument(QJsonObject { { QStringLiteral("to"), to } }).toJson(),
                      { { "Content-Type", "application/json" },
                        { "Authorization", "Bearer " + token.toLatin1() },
                        { "If-Match", QByteArray::number(version) } })
            .status;
    }

    // Erika's application with the reference the result page showed.
    ApplicationDetail detailByReference()
    {
        if (applicationId.isEmpty()) {
            std::optional<Result<Page<ApplicationSummary>>> page;
            client::ApplicationsApi(app->session())
                .list({}, 50, this, [&](const Result<Page<ApplicationSummary>> &r) { page = r; });
            if (!QTest::qWaitFor([&] { return page.has_value(); }, 30000) || !page->ok())
                return {};
            for (const ApplicationSummary &item : page->value().items) {
                if (item.reference == reference)
                    applicationId = item.id;
            }
        }
        return detail();
    }
    static QByteArray tinyPng()
    {
        QByteArray png;
        QImage image(4, 4, QImage::Format_RGB32);
        image.fill(Qt::blue);
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        return png;
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
        form.addQueryItem(QStringLiteral("token"),
                          QUrlQuery(page).queryItemValue(QStringLiteral("token")));
        form.addQueryItem(QStringLiteral("card_number"), card);
        form.addQueryItem(QStringLiteral("action"), QStringLiteral("pay"));
        return http
            ->request("POST", page.path(), form.toString(QUrl::FullyEncoded).toLatin1(),
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
        // A fresh demo city numbers its events from 1: a feed cursor kept
        // from an earlier run (settings outlive the data folder) would skip them.
        QSettings().clear();
        QVERIFY(dataDir.isValid());
        pdfPath = makePdf(QStringLiteral("Fahrzeugschein.pdf"));
        ui::ExternalBrowser::setOpener([this](const QUrl &url) {
            opened << url;
            return !browserFails;
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
        // Submitting needs the drafts' key (here, without a keychain: in memory).
        QTRY_VERIFY_WITH_TIMEOUT(app->drafts()->hasOwner(), 30000);
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
                 qPrintable(
                     QStringList(form()->state()->stepErrors(0).values()).join(QLatin1Char(' '))));
        auto *editor = qobject_cast<ui::FileFieldEditor *>(
            find<QWidget>(QStringLiteral("field_registration")));
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
        auto *editor = qobject_cast<ui::FileFieldEditor *>(
            find<QWidget>(QStringLiteral("field_registration")));
        QVERIFY(editor->chooseFile(pdfPath));
        QVERIFY(find<QLabel>(QStringLiteral("fileProblem_registration"))->isHidden());
        QTRY_VERIFY_WITH_TIMEOUT(!editor->value().isUndefined(), 30000);
        const QJsonObject file = editor->value().toArray().first().toObject();
        QVERIFY(!file.value(QLatin1String("upload_id")).toString().isEmpty());
        QCOMPARE(file.value(QLatin1String("media_type")).toString(),
                 QStringLiteral("application/pdf"));
        QVERIFY(find<QLabel>(QStringLiteral("file_registration"))
                    ->text()
                    .contains(QStringLiteral("hochgeladen")));
        next();
        QTRY_VERIFY(form()->isReviewing());
        // The review names the file and its size.
        const QString review = find<QLabel>(QStringLiteral("reviewValue_registration"))->text();
        QVERIFY2(review.startsWith(QStringLiteral("Fahrzeugschein.pdf (")), qPrintable(review));
    }

    void submittedItAwaitsPayment()
    {
        // Submitted with the form's button: the result page offers paying.
        QTest::mouseClick(find<QPushButton>(QStringLiteral("submitButton")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(currentPageName(), QStringLiteral("submissionResultPage"), 30000);
        QCOMPARE(find<QLabel>(QStringLiteral("resultStatusLabel"))->text(),
                 QStringLiteral("Gebühr offen"));
        reference = find<QLabel>(QStringLiteral("resultReferenceLabel"))->text();
        QVERIFY2(reference.startsWith(QStringLiteral("LUN-2026-")), qPrintable(reference));
        ui::PaymentPanel *panel = window()->submissionResultPage()->paymentPanel();
        QVERIFY(panel->isVisible());
        QCOMPARE(panel->findChild<QLabel *>(QStringLiteral("paymentStatusLabel"))->text(),
                 QStringLiteral("Noch nicht bezahlt"));
        QCOMPARE(panel->findChild<QLabel *>(QStringLiteral("paymentAmountLabel"))->text(),
                 QStringLiteral("30,00\u00A0€"));
        const ApplicationDetail filedDetail = detailByReference();
        QCOMPARE(filedDetail.summary.status, ApplicationStatus::AwaitingPayment);
        QCOMPARE(filedDetail.summary.feeCents, 3000);
        // The PDF went with it (what is sent: upload ids; what the backend
        // keeps: the id with the file's name and size).
        const QJsonObject file =
            filedDetail.data.value(QLatin1String("registration")).toArray().first().toObject();
        QVERIFY(!file.value(QLatin1String("upload_id")).toString().isEmpty());
        QCOMPARE(file.value(QLatin1String("name")).toString(),
                 QStringLiteral("Fahrzeugschein.pdf"));
        QCOMPARE(file.value(QLatin1String("size")).toInteger(), QFileInfo(pdfPath).size());
    }

    void paidWithTheSuccessCard()
    {
        // "Pay now" on the result page: the detail page's panel and flow.
        ui::PaymentPanel *panel = window()->submissionResultPage()->paymentPanel();
        auto *status = panel->findChild<QLabel *>(QStringLiteral("paymentStatusLabel"));
        auto *pay = panel->findChild<QPushButton *>(QStringLiteral("payButton"));
        QVERIFY(pay->isVisible());
        QCOMPARE(pay->text(), QStringLiteral("&Jetzt bezahlen"));
        auto *explanation = panel->findChild<QLabel *>(QStringLiteral("paymentDetailLabel"));
        auto *link = panel->findChild<QLineEdit *>(QStringLiteral("paymentLinkField"));
        auto *copy = panel->findChild<QPushButton *>(QStringLiteral("copyPaymentLinkButton"));
        QSignalSpy settled(panel, &ui::PaymentPanel::paymentSettled);
        // No browser to be had (a bare X server): the panel says so and gives
        // the address to open elsewhere, never "has opened".
        browserFails = true;
        QTest::mouseClick(pay, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, 30000);
        QCOMPARE(status->text(), QStringLiteral("Warten auf den Zahlungsanbieter…"));
        QVERIFY(!pay->isVisible());
        QTRY_VERIFY(link->isVisible());
        QVERIFY2(explanation->text().startsWith(
                     QStringLiteral("Ihr Browser konnte nicht geöffnet werden.")),
                 qPrintable(explanation->text()));
        QVERIFY(!explanation->text().contains(QStringLiteral("wurde in Ihrem Browser geöffnet")));
        QCOMPARE(link->text(), opened.last().toString(QUrl::FullyEncoded));
        QVERIFY(link->isReadOnly());
        link->selectAll(); // selectable, for copying by hand
        QCOMPARE(link->selectedText(), link->text());
        QVERIFY(copy->isVisible());
        QCOMPARE(copy->text(), QStringLiteral("Link kopieren"));
        QTest::mouseClick(copy, Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), opened.last().toString(QUrl::FullyEncoded));
        QCOMPARE(copy->text(), QStringLiteral("Link kopiert"));

        // Once the browser takes it ("Open the payment page again"), it says so.
        browserFails = false;
        QTest::mouseClick(
            panel->findChild<QPushButton *>(QStringLiteral("reopenPaymentPageButton")),
            Qt::LeftButton);
        QCOMPARE(opened.size(), 2);
        QVERIFY2(explanation->text().startsWith(
                     QStringLiteral("Die Zahlungsseite wurde in Ihrem Browser geöffnet.")),
                 qPrintable(explanation->text()));
        QVERIFY(!link->isVisible());
        QVERIFY(!copy->isVisible());

        QCOMPARE(payOnPage(opened.last(), QStringLiteral("4444333322221111")), 200);
        QTRY_COMPARE_WITH_TIMEOUT(settled.size(), 1, 60000);
        QCOMPARE(status->text(), QStringLiteral("Bezahlt"));
        // The page shows what the application is now: submitted.
        QTRY_COMPARE_WITH_TIMEOUT(find<QLabel>(QStringLiteral("resultStatusLabel"))->text(),
                                  QStringLiteral("Eingereicht"), 30000);
        QCOMPARE(currentPageName(), QStringLiteral("submissionResultPage"));
        const ApplicationDetail paid = detailByReference();
        QCOMPARE(paid.summary.status, ApplicationStatus::Submitted);
        QVERIFY(!pay->isVisible());

        // The receipt: fetched, saved as an A4 PDF.
        auto *save = panel->findChild<QPushButton *>(QStringLiteral("saveReceiptButton"));
        QVERIFY(save->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(save->isEnabled(), 30000);
        QCOMPARE(panel->receipt()->reference, reference);
        QCOMPARE(panel->receipt()->amountCents, 3000);
        const QString receiptPath = dataDir.filePath(QStringLiteral("Zahlungsbeleg.pdf"));
        QVERIFY(panel->saveReceipt(receiptPath));
        QVERIFY(isPdf(receiptPath));
        if (!qEnvironmentVariableIsEmpty("RATHAUS_TEST_KEEP"))
            QFile::copy(receiptPath,
                        qEnvironmentVariable("RATHAUS_TEST_KEEP") + QStringLiteral("/receipt.pdf"));
    }

    void theOfficesStepsAreToldAsNotifications()
    {
        // Erika looks at her application; the office works on it meanwhile.
        QTest::mouseClick(find<QPushButton>(QStringLiteral("resultApplicationsButton")),
                          Qt::LeftButton);
        QTRY_COMPARE(currentPageName(), QStringLiteral("myApplicationsPage"));
        client::ApplicationListModel *model = window()->applicationListModel();
        QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading() && model->rowCount() >= 1, 30000);
        auto *list = find<QTreeView>(QStringLiteral("applicationsView"));
        list->setCurrentIndex(model->index(0, 0));
        QCOMPARE(model->index(0, client::ApplicationListModel::ReferenceColumn).data().toString(),
                 reference);
        QTest::mouseClick(find<QPushButton>(QStringLiteral("openApplicationButton")),
                          Qt::LeftButton);
        QTRY_COMPARE(currentPageName(), QStringLiteral("applicationDetailPage"));
        QTRY_COMPARE_WITH_TIMEOUT(find<QLabel>(QStringLiteral("detailStatusLabel"))->text(),
                                  QStringLiteral("Eingereicht"), 30000);

        // No tray under offscreen: the status bar tells it.
        QVERIFY(!QSystemTrayIcon::isSystemTrayAvailable());
        QSignalSpy told(window(), &ui::MainWindow::userNotified);
        const auto toldText = [&told](const QString &text) {
            for (const QList<QVariant> &call : std::as_const(told)) {
                if (call.value(0).toString() == text)
                    return true;
            }
            return false;
        };
        const QString token = staffToken();
        QVERIFY(!token.isEmpty());
        QCOMPARE(transition(token, QStringLiteral("in_review")), 200);
        const QString inReview =
            QStringLiteral("Neuer Stand zu %1: %2")
                .arg(reference, client::StatusText::applicationLabel(QStringLiteral("in_review")));
        QTRY_VERIFY2_WITH_TIMEOUT(toldText(inReview), qPrintable(inReview), 60000);
        QCOMPARE(window()->statusBar()->currentMessage(), inReview);
        QTRY_COMPARE_WITH_TIMEOUT(find<QLabel>(QStringLiteral("detailStatusLabel"))->text(),
                                  client::StatusText::applicationLabel(QStringLiteral("in_review")),
                                  30000);
        QCOMPARE(transition(token, QStringLiteral("approved")), 200);
        const QString approved = QStringLiteral("Neuer Stand zu %1: %2")
                                     .arg(reference, client::StatusText::applicationLabel(
                                                         QStringLiteral("approved")));
        QTRY_VERIFY2_WITH_TIMEOUT(toldText(approved), qPrintable(approved), 60000);

        // The office writes, with its notice as a PNG attached.
        const QByteArray png = tinyPng();
        const test::HttpResponse uploaded =
            http->request("POST", QStringLiteral("/api/v1/uploads"), png,
                          { { "Content-Type", "image/png" },
                            { "X-Filename", "Hinweis.png" },
                            { "Authorization", "Bearer " + token.toLatin1() } });
        QCOMPARE(uploaded.status, 201);
        const QString uploadId = uploaded.json().value(QLatin1String("id")).toString();
        const test::HttpResponse posted = http->request(
            "POST", QStringLiteral("/api/v1/staff/cases/%1/messages").arg(applicationId),
            QJsonDocument(
                QJsonObject { { QStringLiteral("body"),
                                QStringLiteral("Ihr Parkausweis ist genehmigt. Bitte gut "
                                               "sichtbar hinter die Windschutzscheibe legen.") },
                              { QStringLiteral("uploads"), QJsonArray { uploadId } } })
                .toJson(),
            { { "Content-Type", "application/json" },
              { "Authorization", "Bearer " + token.toLatin1() } });
        QCOMPARE(posted.status, 201);
        const QString message =
            QStringLiteral("Neue Nachricht vom Straßenverkehrsamt zu %1").arg(reference);
        QTRY_VERIFY2_WITH_TIMEOUT(toldText(message), qPrintable(message), 60000);
        // Read on the open page: the message, and its file to save.
        auto *messages = window()->findChild<ui::MessagesPanel *>(QStringLiteral("messagesPanel"));
        QTRY_VERIFY_WITH_TIMEOUT(!messages->messages().isEmpty() &&
                                     messages->messages().last().body.startsWith(
                                         QStringLiteral("Ihr Parkausweis ist genehmigt.")),
                                 30000);
        QCOMPARE(messages->messages().last().attachments.size(), 1);
        QCOMPARE(messages->messages().last().attachments.first().filename,
                 QStringLiteral("Hinweis.png"));
        QTRY_VERIFY(
            messages->findChild<QPushButton *>(QStringLiteral("saveAttachmentButton_") + uploadId));
        QSignalSpy saved(messages, &ui::MessagesPanel::attachmentSaved);
        const QString savedPath = dataDir.filePath(QStringLiteral("Hinweis.png"));
        messages->saveAttachment(uploadId, savedPath);
        QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 30000);
        QFile savedFile(savedPath);
        QVERIFY(savedFile.open(QIODevice::ReadOnly));
        QCOMPARE(savedFile.readAll(), png);

        // The permit is issued: told, and shown with its checked signature.
        const test::HttpResponse issued = http->request(
            "POST", QStringLiteral("/api/v1/staff/cases/%1/documents").arg(applicationId), "{}",
            { { "Content-Type", "application/json" },
              { "Authorization", "Bearer " + token.toLatin1() } });
        QCOMPARE(issued.status, 201);
        serial = issued.json().value(QLatin1String("serial")).toString();
        const QString document =
            QStringLiteral("Zu %1 wurde ein Dokument ausgestellt").arg(reference);
        QTRY_VERIFY2_WITH_TIMEOUT(toldText(document), qPrintable(document), 60000);
    }

    void theIssuedPermitIsCheckedByTheClient()
    {
        const ApplicationDetail completed = detailByReference();
        QCOMPARE(completed.summary.status, ApplicationStatus::Completed);
        QCOMPARE(completed.documents.size(), 1);
        // The window's own panel on the open detail page.
        auto *panel = window()->findChild<ui::DocumentPanel *>(QStringLiteral("documentPanel"));
        QTRY_VERIFY_WITH_TIMEOUT(panel->entries().size() == 1 && !panel->isLoading(), 60000);
        QVERIFY(panel->isVisible());
        const auto &entry = panel->entries().first();
        QCOMPARE(entry.document.serial, serial);
        QVERIFY(entry.verification.isValid());
        const QString id = entry.document.id;
        QTRY_VERIFY(panel->findChild<QLabel *>(QStringLiteral("documentVerdict_") + id));
        const QString verdict =
            panel->findChild<QLabel *>(QStringLiteral("documentVerdict_") + id)->text();
        QVERIFY2(verdict.startsWith(
                     QStringLiteral("Signatur gültig – ausgestellt vom Straßenverkehrsamt am ")),
                 qPrintable(verdict));
        const QString path = dataDir.filePath(QStringLiteral("Parkausweis.pdf"));
        QVERIFY(panel->savePdf(id, path));
        QVERIFY(isPdf(path));
        if (!qEnvironmentVariableIsEmpty("RATHAUS_TEST_KEEP"))
            QFile::copy(
                path, qEnvironmentVariable("RATHAUS_TEST_KEEP") + QStringLiteral("/document.pdf"));
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
