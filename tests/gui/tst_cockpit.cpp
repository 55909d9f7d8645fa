// The data cockpit as erika meets it: her records grouped by office, the
// access log written by real staff reads, the client's own check of the log
// - and its warning once an entry is changed in the database behind the
// backend's back. Real widgets (offscreen), a real backend over loopback.
#include "app/client/MemorySecretStore.h"
#include "app/client/cockpit/AccessLogModel.h"
#include "app/client/cockpit/AccessLogText.h"
#include "app/client/cockpit/AccessLogVerifier.h"
#include "app/client/cockpit/RecordsModel.h"
#include "app/client/cockpit/TransfersModel.h"
#include "app/ui/DesktopApp.h"
#include "app/ui/MainWindow.h"
#include "app/ui/StartupOptions.h"
#include "app/ui/cockpit/CockpitPage.h"
#include "app/ui/cockpit/CockpitReport.h"
#include "app/ui/cockpit/SendDataWizard.h"
#include "tests/support/CockpitSeed.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QFile>
#include <QFileDialog>
#include <QFrame>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QWizard>

#include <memory>

using namespace rathaus;

class CockpitTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestBackend> backend;
    client::MemorySecretStore secrets;
    std::unique_ptr<ui::DesktopApp> app;
    QString erikaId;

    ui::MainWindow *window() const { return app->mainWindow(); }
    ui::CockpitPage *cockpit() const { return window()->cockpitPage(); }
    template<typename T> T *find(const QString &name) const
    {
        return window()->findChild<T *>(name);
    }
    QLabel *banner() const { return find<QLabel>(QStringLiteral("chainBannerLabel")); }

    void openSection(int row)
    {
        auto *nav = find<QListWidget>(QStringLiteral("cockpitNavList"));
        QVERIFY(nav);
        const QRect rect = nav->visualItemRect(nav->item(row));
        QTest::mouseClick(nav->viewport(), Qt::LeftButton, {}, rect.center());
        QTRY_COMPARE(nav->currentRow(), row);
    }

private slots:
    bool labelShowing(const QString &text) const
    {
        for (QLabel *label : cockpit()->findChildren<QLabel *>()) {
            if (label->isVisible() && label->text() == text)
                return true;
        }
        return false;
    }

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(QStringLiteral("Rathaus"));
        QApplication::setApplicationName(QStringLiteral("rathaus-cockpit-test"));
        backend = std::make_unique<test::TestBackend>();
        QVERIFY2(backend->start(), qPrintable(backend->error()));
        erikaId = test::userId(*backend, QStringLiteral("erika"));
        QVERIFY(!erikaId.isEmpty());
        for (int i = 0; i < 3; ++i)
            QCOMPARE(test::staffRead(*backend, QStringLiteral("sb.standesamt"), erikaId,
                                     QStringLiteral("Elterngeldantrag %1").arg(i)),
                     200);
        for (int i = 0; i < 2; ++i)
            QCOMPARE(test::staffRead(*backend, QStringLiteral("sb.verkehr"), erikaId,
                                     QStringLiteral("Anwohnerparkausweis %1").arg(i)),
                     200);

        ui::StartupOptions options;
        options.language = QStringLiteral("de");
        options.backendUrl = QUrl(backend->http().baseUrl());
        app = std::make_unique<ui::DesktopApp>(options, &secrets);
        QSignalSpy firstData(app.get(), &ui::DesktopApp::firstDataShown);
        app->start();
        QTRY_VERIFY_WITH_TIMEOUT(firstData.size() == 1, 60000);
        find<QLineEdit>(QStringLiteral("usernameLineEdit"))->setText(QStringLiteral("erika"));
        auto *password = find<QLineEdit>(QStringLiteral("passwordLineEdit"));
        QTest::keyClicks(password, QStringLiteral("rathaus-demo"));
        QTest::keyClick(password, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(window()->currentPage()->objectName(), QStringLiteral("homePage"),
                                  20000);
    }

    void cleanupTestCase()
    {
        app.reset();
        backend.reset();
    }

    void recordsAreGroupedByOffice()
    {
        auto *action = find<QAction>(QStringLiteral("cockpitAction"));
        QVERIFY(action);
        QVERIFY(action->isVisible());
        QCOMPARE(action->text(), QStringLiteral("Meine &Daten"));
        action->trigger();
        QCOMPARE(window()->currentPage()->objectName(), QStringLiteral("cockpitPage"));
        QTRY_COMPARE_WITH_TIMEOUT(
            cockpit()
                ->findChildren<QFrame *>(QRegularExpression(QStringLiteral("^recordCard_")))
                .size(),
            4, 20000);
        for (const char *office :
             { "buergerbuero", "standesamt", "strassenverkehrsamt", "steueramt" }) {
            QVERIFY2(find<QLabel>(QStringLiteral("officeHeading_") + QLatin1String(office)),
                     office);
        }
        QCOMPARE(find<QLabel>(QStringLiteral("officeHeading_standesamt"))->text(),
                 QStringLiteral("Standesamt"));
        QTRY_COMPARE(find<QLabel>(QStringLiteral("recordsStatusLabel"))->text(),
                     QStringLiteral("4 Datensätze bei 4 Ämtern."));
    }

    // The office receives the request (POST /me/records/{id}/correction):
    // the dialog closes and the records page says so.
    void correctionIsSentToTheOffice()
    {
        auto *button = cockpit()->findChild<QPushButton *>(QStringLiteral("correctionButton"));
        QVERIFY(button);
        button->click();
        QDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window()->findChild<QDialog *>(QStringLiteral("correctionDialog"))));
        const QPointer<QDialog> open(dialog);
        auto *text = dialog->findChild<QPlainTextEdit *>(QStringLiteral("correctionTextEdit"));
        QTest::keyClicks(text, QStringLiteral("Mein Vorname ist falsch geschrieben."));
        dialog->findChild<QPushButton *>(QStringLiteral("sendCorrectionButton"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(open.isNull(), 20000);
        QTRY_COMPARE(find<QLabel>(QStringLiteral("recordsStatusLabel"))->text(),
                     QStringLiteral("Ihr Antrag auf Berichtigung wurde gesendet. Das Amt "
                                    "antwortet Ihnen."));
    }

    void accessLogShowsEntriesAndAnIntactChain()
    {
        openSection(ui::CockpitPage::AccessLogSectionIndex);
        auto *list = find<QListView>(QStringLiteral("logListView"));
        QVERIFY(list);
        QTRY_COMPARE_WITH_TIMEOUT(list->model()->rowCount(), 5, 20000);
        const QString newest = list->model()->index(0, 0).data().toString();
        QVERIFY2(newest.startsWith(QStringLiteral("Straßenverkehrsamt, Sachbearbeitung S-")),
                 qPrintable(newest));
        QVERIFY2(newest.contains(QStringLiteral("gelesen")), qPrintable(newest));
        QTRY_COMPARE_WITH_TIMEOUT(banner()->property("banner").toString(), QStringLiteral("ok"),
                                  20000);
        QCOMPARE(banner()->text(),
                 QStringLiteral("Protokoll vollständig und unverändert (5 Einträge geprüft)."));
    }

    void changedEntryRaisesTheWarning()
    {
        // The second oldest entry (seq 2), changed directly in the database.
        test::tamper(*backend,
                     QStringLiteral("UPDATE access_log SET purpose = 'harmlos'"
                                    " WHERE citizen_id = ? AND seq = 2"),
                     erikaId);
        const QList<AccessLogEntry> entries = cockpit()->accessLogModel()->entries();
        QCOMPARE(entries.size(), 5);
        const QString when = client::AccessLogText::when(entries.at(3).at, QStringLiteral("de"));
        find<QPushButton>(QStringLiteral("checkAgainButton"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(banner()->property("banner").toString(),
                                  QStringLiteral("warning"), 20000);
        QVERIFY2(banner()->text().contains(QStringLiteral("Eintrag vom ") + when),
                 qPrintable(banner()->text()));
        QVERIFY2(banner()->text().contains(QStringLiteral("nachträglich verändert")),
                 qPrintable(banner()->text()));
    }

    // The city answers GET /me/transfers: nobody waits for erika yet.
    void requestsLoadFromTheCity()
    {
        openSection(ui::CockpitPage::RequestsSectionIndex);
        QTRY_VERIFY_WITH_TIMEOUT(labelShowing(QStringLiteral("Kein Amt wartet auf Ihre "
                                                             "Entscheidung.")),
                                 20000);
        QVERIFY(!find<QLabel>(QStringLiteral("requestsStatusLabel"))
                     ->text()
                     .contains(QStringLiteral("noch nicht")));
    }

    // Requests as an office would send them are handed to the model directly
    // (the office's side is tested in tests/api/test_transfers).
    void pendingRequestsShowAsCardsWithABadge()
    {
        Transfer asked;
        asked.id = QStringLiteral("t-1");
        asked.citizenId = erikaId;
        asked.fromOfficeId = QStringLiteral("standesamt");
        asked.toOfficeId = QStringLiteral("elterngeldstelle");
        asked.categories = { QStringLiteral("birth") };
        asked.purpose = QStringLiteral("Elterngeld für Leon");
        asked.legalBasis = QStringLiteral("§ 25 BEEG");
        asked.requestedBy = QStringLiteral("elterngeldstelle");
        asked.createdAt = QDateTime::currentDateTimeUtc();
        Transfer delivered = asked;
        delivered.id = QStringLiteral("t-0");
        delivered.status = TransferStatus::Delivered;
        delivered.createdAt = asked.createdAt.addDays(-3);
        cockpit()->transfersModel()->setTransfers({ delivered, asked });

        auto *nav = find<QListWidget>(QStringLiteral("cockpitNavList"));
        QTRY_COMPARE(nav->item(ui::CockpitPage::RequestsSectionIndex)->text(),
                     QStringLiteral("Anfragen (1)"));
        QCOMPARE(find<QAction>(QStringLiteral("cockpitAction"))->text(),
                 QStringLiteral("Meine &Daten (1)"));
        QFrame *card = nullptr;
        QTRY_VERIFY((card = find<QFrame>(QStringLiteral("requestCard_t-1"))));
        QVERIFY(!find<QFrame>(QStringLiteral("requestCard_t-0"))); // history only
        const QString summary = card->accessibleName();
        QVERIFY2(summary.startsWith(QStringLiteral("Elterngeldstelle bittet Standesamt um:")),
                 qPrintable(summary));

        // Narrowing offers the sending office's records, the asked-for category ticked.
        card->findChild<QPushButton *>(QStringLiteral("approveSomeButton"))->click();
        QDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window()->findChild<QDialog *>(QStringLiteral("approveDialog"))));
        auto *records = dialog->findChild<QListWidget *>(QStringLiteral("approveRecordList"));
        QCOMPARE(records->count(), 1);
        QCOMPARE(records->item(0)->text(), QStringLiteral("Geburtseintrag: Leon Mustermann"));
        QCOMPARE(records->item(0)->checkState(), Qt::Checked);
        dialog->reject();
    }

    void sendDataWizardSendsTheRecord()
    {
        find<QPushButton>(QStringLiteral("sendDataButton"))->click();
        QWizard *wizard = nullptr;
        QTRY_VERIFY((wizard = window()->findChild<QWizard *>(QStringLiteral("sendDataWizard"))));
        auto *from = wizard->findChild<QComboBox *>(QStringLiteral("fromOfficeCombo"));
        from->setCurrentIndex(from->findText(QStringLiteral("Standesamt")));
        auto *records = wizard->findChild<QListWidget *>(QStringLiteral("sendRecordList"));
        QCOMPARE(records->count(), 1);
        QCOMPARE(records->item(0)->checkState(), Qt::Checked);
        wizard->next();
        QCOMPARE(wizard->currentId(), int(ui::SendDataWizard::WhereToPage));
        auto *to = wizard->findChild<QComboBox *>(QStringLiteral("toOfficeCombo"));
        to->setCurrentIndex(to->findText(QStringLiteral("Standesamt")));
        wizard->next(); // the same office, and no purpose: stays
        QCOMPARE(wizard->currentId(), int(ui::SendDataWizard::WhereToPage));
        to->setCurrentIndex(to->findText(QStringLiteral("Elterngeldstelle")));
        wizard->findChild<QLineEdit *>(QStringLiteral("purposeLineEdit"))
            ->setText(QStringLiteral("Elterngeld für Leon"));
        wizard->next();
        QCOMPARE(wizard->currentId(), int(ui::SendDataWizard::ConfirmPage));
        QCOMPARE(wizard->findChild<QLabel *>(QStringLiteral("sendSummaryLabel"))->text(),
                 QStringLiteral("Standesamt sendet Geburtseintrag: Leon Mustermann an "
                                "Elterngeldstelle.\nZweck: Elterngeld für Leon"));
        const QPointer<QWizard> open(wizard);
        wizard->button(QWizard::FinishButton)->click();
        // POST /me/transfers: delivered at once, and the wizard closes.
        QTRY_VERIFY_WITH_TIMEOUT(open.isNull() || !open->isVisible(), 20000);
    }

    void exportSavesEverything()
    {
        openSection(ui::CockpitPage::ExportSectionIndex);
        find<QPushButton>(QStringLiteral("exportJsonButton"))->click();
        QFileDialog *save = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (save = window()->findChild<QFileDialog *>(QStringLiteral("exportFileDialog"))),
            20000);
        QTemporaryDir jsonDir;
        const QString jsonPath = jsonDir.filePath(QStringLiteral("meine-daten.json"));
        save->selectFile(jsonPath);
        QMetaObject::invokeMethod(save, "accept"); // protected in QFileDialog
        QTRY_VERIFY(QFile::exists(jsonPath));
        QFile json(jsonPath);
        QVERIFY(json.open(QIODevice::ReadOnly));
        const QJsonObject exported = QJsonDocument::fromJson(json.readAll()).object();
        QCOMPARE(exported.value(QLatin1String("records")).toArray().size(), 4);

        // The PDF report: rendered by the client from records and log.
        QTemporaryDir dir;
        ui::CockpitReport::Content content;
        content.citizenName = QStringLiteral("Erika Mustermann");
        content.records = cockpit()->recordsModel()->records();
        content.accessLog = cockpit()->accessLogModel()->entries();
        content.chainCheck = QStringLiteral("geprüft");
        const QString html = ui::CockpitReport::html(content);
        QVERIFY(html.contains(QStringLiteral("Geburtseintrag: Leon Mustermann")));
        QVERIFY(html.contains(QStringLiteral("Sachbearbeitung S-")));
        const QString path = dir.filePath(QStringLiteral("meine-daten.pdf"));
        QVERIFY(ui::CockpitReport::writePdf(content, path));
        QFile pdf(path);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
    }

    void signOutForgetsEverything()
    {
        find<QAction>(QStringLiteral("logoutAction"))->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(window()->currentPage()->objectName(),
                                  QStringLiteral("loginPage"), 20000);
        QCOMPARE(cockpit()->accessLogModel()->rowCount(), 0);
        QTRY_COMPARE(
            cockpit()
                ->findChildren<QFrame *>(QRegularExpression(QStringLiteral("^recordCard_")))
                .size(),
            0);
        QVERIFY(!find<QAction>(QStringLiteral("cockpitAction"))->isVisible());
    }
};

QTEST_MAIN(CockpitTest)
#include "tst_cockpit.moc"
