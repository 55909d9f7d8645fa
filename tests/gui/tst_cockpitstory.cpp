// The seed's story in the cockpit, with the real backend behind it: the
// parental-benefit office asks (POST /staff/transfers) for Leon's birth
// record for erika's application; her client raises a notification and the
// badge from the events feed; she approves on the request's card; the log
// page then shows the registry office's transfer out and the parental-benefit
// office's transfer in with an intact chain; she withdraws (after a
// confirmation) and the log shows that too. Real widgets, offscreen.
#include "app/client/EventFeed.h"
#include "app/client/MemorySecretStore.h"
#include "app/client/cockpit/AccessLogModel.h"
#include "app/client/cockpit/TransfersModel.h"
#include "app/ui/DesktopApp.h"
#include "app/ui/MainWindow.h"
#include "app/ui/StartupOptions.h"
#include "app/ui/cockpit/CockpitPage.h"
#include "app/ui/cockpit/CockpitReport.h"
#include "tests/api/ApplicationTestData.h"
#include "tests/support/CockpitSeed.h"

#include <QAction>
#include <QApplication>
#include <QFrame>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace rathaus;

class CockpitStoryTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestBackend> backend;
    client::MemorySecretStore secrets;
    std::unique_ptr<ui::DesktopApp> app;
    QString erikaId;
    QString applicationId;
    QString reference;
    QString transferId;

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

    // The log's rows as the citizen reads them, newest first.
    QStringList logRows() const
    {
        QStringList rows;
        const QAbstractItemModel *model = cockpit()->accessLogModel();
        for (int row = 0; row < model->rowCount(); ++row)
            rows.append(model->index(row, 0).data().toString());
        return rows;
    }

    QString staffToken(const QString &username)
    {
        backend->clock().advance(31); // a TOTP code is good once
        return test::staffToken(*backend, username);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(QStringLiteral("Rathaus"));
        QApplication::setApplicationName(QStringLiteral("rathaus-cockpit-story-test"));
        backend = std::make_unique<test::TestBackend>();
        QVERIFY2(backend->start(), qPrintable(backend->error()));
        erikaId = test::userId(*backend, QStringLiteral("erika"));
        QVERIFY(!erikaId.isEmpty());

        // Her application for parental benefit, without a birth certificate
        // (the form itself is tested elsewhere).
        const QString service = QStringLiteral("elterngeld-antrag");
        const test::HttpResponse created = test::submitApplication(
            *backend, test::accessToken(*backend, QStringLiteral("erika")), "story-1",
            test::applicationBody(service,
                                  test::validData(service, backend->clock().now().date())));
        QCOMPARE(created.status, 201);
        applicationId = created.json().value(QLatin1String("id")).toString();
        reference = created.json().value(QLatin1String("reference")).toString();
        QVERIFY(reference.startsWith(QLatin1String("LUN-")));

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
        // Listening before signing in: the feed may catch up at once (erika
        // has no events yet, so its cursor stays 0).
        QSignalSpy caughtUp(window()->eventFeed(), &client::EventFeed::caughtUp);
        QTest::keyClick(password, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(window()->currentPage()->objectName(), QStringLiteral("homePage"),
                                  20000);
        // The feed has caught up: what comes now is news.
        QTRY_VERIFY_WITH_TIMEOUT(caughtUp.size() >= 1, 60000);
        QCOMPARE(find<QAction>(QStringLiteral("cockpitAction"))->text(),
                 QStringLiteral("Meine &Daten"));
    }

    void cleanupTestCase()
    {
        app.reset();
        backend.reset();
    }

    // The office asks over the API; erika's client hears it from the events
    // feed alone (nothing here reloads the cockpit).
    void aRequestRaisesANotificationAndTheBadge()
    {
        QSignalSpy told(window(), &ui::MainWindow::userNotified);
        const QJsonObject body {
            { QStringLiteral("citizen_id"), erikaId },
            { QStringLiteral("from_office_id"), QStringLiteral("standesamt") },
            { QStringLiteral("categories"), QJsonArray { QStringLiteral("birth") } },
            { QStringLiteral("purpose"), QStringLiteral("Elterngeldantrag: Geburt des Kindes") },
            { QStringLiteral("legal_basis"), QStringLiteral("§ 2 Abs. 1 BEEG") },
            { QStringLiteral("application_id"), applicationId }
        };
        const test::HttpResponse requested = backend->http().request(
            "POST", QStringLiteral("/api/v1/staff/transfers"),
            QJsonDocument(body).toJson(QJsonDocument::Compact),
            { { "Content-Type", "application/json" },
              { "Authorization",
                "Bearer " + staffToken(QStringLiteral("sb.elterngeld")).toLatin1() },
              { "Idempotency-Key", "story-request" } });
        QCOMPARE(requested.status, 201);
        transferId = requested.json().value(QLatin1String("id")).toString();

        QTRY_COMPARE_WITH_TIMEOUT(find<QAction>(QStringLiteral("cockpitAction"))->text(),
                                  QStringLiteral("Meine &Daten (1)"), 60000);
        QTRY_VERIFY_WITH_TIMEOUT(!told.isEmpty(), 30000);
        QCOMPARE(told.constLast().at(0).toString(),
                 QStringLiteral("Elterngeldstelle bittet um Ihre Daten (Absender: Standesamt) "
                                "für %1. Bitte entscheiden Sie unter „Meine Daten“.")
                     .arg(reference));
    }

    // One click on the card's approve button; the log shows both sides.
    void erikaApprovesOnTheCard()
    {
        find<QAction>(QStringLiteral("cockpitAction"))->trigger();
        QCOMPARE(window()->currentPage()->objectName(), QStringLiteral("cockpitPage"));
        // Pending requests open the cockpit at "Requests".
        QTRY_COMPARE(find<QListWidget>(QStringLiteral("cockpitNavList"))->currentRow(),
                     int(ui::CockpitPage::RequestsSectionIndex));
        QFrame *card = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((card = find<QFrame>(QStringLiteral("requestCard_") + transferId)),
                                 20000);
        // The case by the reference erika knows, never by its id.
        bool referenceShown = false;
        for (const QLabel *label : card->findChildren<QLabel *>()) {
            QVERIFY2(!label->text().contains(applicationId), qPrintable(label->text()));
            referenceShown =
                referenceShown || label->text().startsWith(reference + QLatin1String(" ("));
        }
        QVERIFY(referenceShown);
        // Until when she can answer: the request lapses after 14 days.
        bool deadlineShown = false;
        for (const QLabel *label : card->findChildren<QLabel *>())
            deadlineShown = deadlineShown || label->text() == QStringLiteral("Antwort bis");
        QVERIFY(deadlineShown);

        auto *approve = card->findChild<QPushButton *>(QStringLiteral("approveButton"));
        QVERIFY(approve && approve->isEnabled());
        QTest::mouseClick(approve, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!find<QFrame>(QStringLiteral("requestCard_") + transferId), 20000);
        QTRY_COMPARE(find<QAction>(QStringLiteral("cockpitAction"))->text(),
                     QStringLiteral("Meine &Daten"));
        auto *history = find<QTreeWidget>(QStringLiteral("transferHistoryTree"));
        QTRY_COMPARE_WITH_TIMEOUT(history->topLevelItemCount(), 1, 20000);
        QCOMPARE(history->topLevelItem(0)->text(2), QStringLiteral("Übermittelt"));
        QVERIFY2(history->topLevelItem(0)->text(1).contains(reference),
                 qPrintable(history->topLevelItem(0)->text(1)));

        // The record is in the case: the receiving office reads its copy.
        const test::HttpResponse copies = backend->http().get(
            QStringLiteral("/api/v1/staff/transfers/%1/records").arg(transferId),
            staffToken(QStringLiteral("sb.elterngeld")));
        QCOMPARE(copies.status, 200);
        QVERIFY(copies.body.contains("Leon"));

        openSection(ui::CockpitPage::AccessLogSectionIndex);
        QTRY_COMPARE_WITH_TIMEOUT(logRows().size(), 3, 20000);
        const QStringList rows = logRows();
        // Newest first: the office's read of its copy, then in, then out.
        QVERIFY2(rows.at(0).startsWith(QStringLiteral("Elterngeldstelle, Sachbearbeitung S-")),
                 qPrintable(rows.at(0)));
        const QString birth = QStringLiteral("Ihren Datensatz „Geburtseintrag: Leon Mustermann“");
        QVERIFY2(rows.at(1).startsWith(QStringLiteral("Elterngeldstelle hat ") + birth) &&
                     rows.at(1).contains(QStringLiteral("automatisch empfangen")),
                 qPrintable(rows.at(1)));
        QVERIFY2(rows.at(2).startsWith(QStringLiteral("Standesamt hat ") + birth) &&
                     rows.at(2).contains(QStringLiteral("automatisch weitergegeben")),
                 qPrintable(rows.at(2)));
        for (const QString &row : rows) {
            QVERIFY2(row.contains(QStringLiteral("für Antrag ") + reference), qPrintable(row));
            QVERIFY2(row.contains(QStringLiteral("mit Ihrer Einwilligung")), qPrintable(row));
        }
        QTRY_COMPARE_WITH_TIMEOUT(banner()->property("banner").toString(), QStringLiteral("ok"),
                                  20000);
        QCOMPARE(banner()->text(),
                 QStringLiteral("Protokoll vollständig und unverändert (3 Einträge geprüft)."));
    }

    // Withdrawing asks first; cancelling changes nothing, confirming is logged.
    void erikaWithdrawsHerConsent()
    {
        openSection(ui::CockpitPage::RequestsSectionIndex);
        auto *history = find<QTreeWidget>(QStringLiteral("transferHistoryTree"));
        history->setCurrentItem(history->topLevelItem(0));
        auto *withdraw = find<QPushButton>(QStringLiteral("withdrawTransferButton"));
        QVERIFY(withdraw->isEnabled());

        const auto confirmation = [&]() -> QMessageBox * {
            QMessageBox *box = nullptr;
            [&] {
                QTRY_VERIFY((box = find<QMessageBox>(QStringLiteral("withdrawConfirmDialog"))));
            }();
            return box;
        };
        QTest::mouseClick(withdraw, Qt::LeftButton);
        QMessageBox *box = confirmation();
        QVERIFY(box);
        QVERIFY2(box->text().contains(QStringLiteral("Elterngeldstelle")), qPrintable(box->text()));
        box->button(QMessageBox::Cancel)->click();
        QTRY_VERIFY(!find<QMessageBox>(QStringLiteral("withdrawConfirmDialog")));
        QCOMPARE(history->topLevelItem(0)->text(2), QStringLiteral("Übermittelt"));

        QTest::mouseClick(withdraw, Qt::LeftButton);
        box = confirmation();
        QVERIFY(box);
        box->findChild<QPushButton *>(QStringLiteral("confirmWithdrawButton"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(
            history->topLevelItemCount() == 1 ? history->topLevelItem(0)->text(2) : QString(),
            QStringLiteral("Einwilligung widerrufen"), 20000);

        openSection(ui::CockpitPage::AccessLogSectionIndex);
        QTRY_COMPARE_WITH_TIMEOUT(logRows().size(), 4, 20000);
        const QString newest = logRows().constFirst();
        QVERIFY2(newest.startsWith(QStringLiteral("Elterngeldstelle hat die erhaltene Kopie (Ihren "
                                                  "Datensatz „Geburtseintrag: Leon Mustermann“)")),
                 qPrintable(newest));
        QVERIFY2(newest.contains(QStringLiteral("zur Löschung vorgemerkt")), qPrintable(newest));
        QVERIFY2(newest.contains(QStringLiteral("Einwilligung widerrufen")), qPrintable(newest));
        QTRY_COMPARE_WITH_TIMEOUT(banner()->text(),
                                  QStringLiteral("Protokoll vollständig und unverändert "
                                                 "(4 Einträge geprüft)."),
                                  20000);
    }

    // The PDF report holds everything the export holds, in sections.
    void theReportHasEverySection()
    {
        const test::HttpResponse exported =
            backend->http().get(QStringLiteral("/api/v1/me/export"),
                                test::accessToken(*backend, QStringLiteral("erika")));
        QCOMPARE(exported.status, 200);
        ui::CockpitReport::Content base;
        base.citizenName = QStringLiteral("Erika Mustermann");
        base.directory.officeNames.insert(QStringLiteral("standesamt"),
                                          { QStringLiteral("Standesamt"), {} });
        base.directory.officeNames.insert(QStringLiteral("elterngeldstelle"),
                                          { QStringLiteral("Elterngeldstelle"), {} });
        base.serviceTitles.insert(QStringLiteral("elterngeld-antrag"),
                                  { QStringLiteral("Elterngeld beantragen"), {} });
        const auto content = ui::CockpitReport::fromExport(exported.json(), base);
        QVERIFY2(content.ok(), qPrintable(content.ok() ? QString() : content.problem().detail));
        QCOMPARE(content.value().applications.size(), 1);
        QCOMPARE(content.value().transfers.size(), 1);
        QCOMPARE(content.value().accessLog.size(), 4);
        const QString html = ui::CockpitReport::html(content.value());
        for (const char *heading : { "Datensätze", "Anträge", "Übermittlungen zwischen Ämtern",
                                     "Wer hat meine Daten gesehen" }) {
            QVERIFY2(html.contains(QStringLiteral("<h2>%1</h2>").arg(QString::fromUtf8(heading))),
                     heading);
        }
        QVERIFY(html.contains(reference + QStringLiteral(" – Elterngeld beantragen")));
        QVERIFY(html.contains(QStringLiteral("Verlauf")));
        QVERIFY(html.contains(QStringLiteral("Einwilligung widerrufen")));
        QVERIFY(html.contains(QStringLiteral("für Antrag ") + reference));
    }
};

QTEST_MAIN(CockpitStoryTest)
#include "tst_cockpitstory.moc"
