// Erika and the road traffic office write to each other about her parking
// permit, in German, on the embedded demo backend over loopback: the office's
// message (posted over the API by sb.verkehr) is shown in the thread of the
// application and told as a notification through the events feed; her answer,
// typed and sent with the widgets with a PDF attached (the form's upload
// pipeline), reaches the office's side of the API, file included; so does
// her answer to the office's question, with a PNG.
#include "app/client/ApiClient.h"
#include "app/client/ApplicationListModel.h"
#include "app/client/EventFeed.h"
#include "app/client/Session.h"
#include "app/ui/ApplicationDetailPage.h"
#include "app/ui/DesktopApp.h"
#include "app/ui/MainWindow.h"
#include "app/ui/MyApplicationsPage.h"
#include "app/ui/StartupOptions.h"
#include "app/ui/applications/MessagesPanel.h"
#include "app/ui/forms/FileFieldEditor.h"
#include "common/crypto/Totp.h"
#include "tests/api/ApplicationTestData.h"
#include "tests/support/TestBackend.h"

#include <QApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>

#include <memory>

using namespace rathaus;

class MessagesTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir dataDir;
    std::unique_ptr<ui::DesktopApp> app;
    std::unique_ptr<test::HttpClient> http; // the office's caseworker
    QString caseworker;
    QString applicationId;
    QString reference;

    ui::MainWindow *window() const { return app->mainWindow(); }
    template<typename T> T *find(const QString &name) const
    {
        T *widget = window()->findChild<T *>(name);
        if (!widget)
            qWarning("no widget named %s", qPrintable(name));
        return widget;
    }
    QString currentPageName() const { return window()->currentPage()->objectName(); }

    QString login(const QString &user, const QString &totp = {})
    {
        QJsonObject body { { QStringLiteral("username"), user },
                           { QStringLiteral("password"), QStringLiteral("rathaus-demo") } };
        if (!totp.isEmpty())
            body.insert(QStringLiteral("totp"), totp);
        return http->postJson(QStringLiteral("/api/v1/auth/login"), body)
            .json()
            .value(QLatin1String("access_token"))
            .toString();
    }
    int officeWrites(const QString &text)
    {
        return http
            ->postJson(QStringLiteral("/api/v1/staff/cases/%1/messages").arg(applicationId),
                       { { QStringLiteral("body"), text } }, caseworker)
            .status;
    }
    QListWidget *thread() const { return find<QListWidget>(QStringLiteral("threadList")); }
    bool threadShows(const QString &text) const
    {
        for (int i = 0; i < thread()->count(); ++i) {
            if (thread()->item(i)->text().contains(text))
                return true;
        }
        return false;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(QStringLiteral("Rathaus"));
        QApplication::setApplicationName(QStringLiteral("rathaus-messages-test"));
        // A fresh demo city numbers its events from 1: a feed cursor kept
        // from an earlier run (settings outlive the data folder) would skip them.
        QSettings().clear();
        QVERIFY(dataDir.isValid());
        ui::StartupOptions options;
        options.language = QStringLiteral("de");
        options.dataDirectory = dataDir.filePath(QStringLiteral("data"));
        app = std::make_unique<ui::DesktopApp>(options);
        QSignalSpy firstData(app.get(), &ui::DesktopApp::firstDataShown);
        app->start();
        QTRY_VERIFY_WITH_TIMEOUT(firstData.size() == 1, 60000);
        http = std::make_unique<test::HttpClient>(app->api()->baseUrl().toString());

        // Filed over the API: this test is about the thread, not the form.
        const QString erika = login(QStringLiteral("erika"));
        QVERIFY(!erika.isEmpty());
        const QString parking = QStringLiteral("anwohnerparkausweis");
        const test::HttpResponse upload =
            http->request("POST", QStringLiteral("/api/v1/uploads"), test::tinyPng(),
                          { { "Authorization", "Bearer " + erika.toLatin1() },
                            { "Content-Type", "image/png" },
                            { "X-Filename", "fahrzeugschein.png" } });
        QCOMPARE(upload.status, 201);
        const QJsonObject data = test::validData(
            parking, QDate::currentDate(), upload.json().value(QLatin1String("id")).toString());
        const test::HttpResponse created = http->request(
            "POST", QStringLiteral("/api/v1/applications"),
            QJsonDocument(test::applicationBody(parking, data)).toJson(),
            { { "Content-Type", "application/json" },
              { "Authorization", "Bearer " + erika.toLatin1() },
              { "Idempotency-Key", QUuid::createUuid().toByteArray(QUuid::WithoutBraces) } });
        QCOMPARE(created.status, 201);
        applicationId = created.json().value(QLatin1String("id")).toString();
        reference = created.json().value(QLatin1String("reference")).toString();
        const auto secret = base32::decode(QStringLiteral("JBSWY3DPEHPK3PXP"));
        caseworker =
            login(QStringLiteral("sb.verkehr"),
                  Totp(secret.value_or(QByteArray())).code(QDateTime::currentSecsSinceEpoch()));
        QVERIFY(!caseworker.isEmpty());

        find<QLineEdit>(QStringLiteral("usernameLineEdit"))->setText(QStringLiteral("erika"));
        auto *password = find<QLineEdit>(QStringLiteral("passwordLineEdit"));
        QTest::keyClicks(password, QStringLiteral("rathaus-demo"));
        // Watched from before the sign-in: an empty backlog is read at once.
        QSignalSpy caughtUp(window()->eventFeed(), &client::EventFeed::caughtUp);
        QTest::keyClick(password, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(currentPageName(), QStringLiteral("homePage"), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(caughtUp.size() == 1 || window()->eventFeed()->since() > 0, 60000);
    }
    void cleanupTestCase() { app.reset(); }

    void anEmptyThreadSaysSo()
    {
        emit window()->myApplicationsPage()->applicationRequested(applicationId);
        QTRY_COMPARE(currentPageName(), QStringLiteral("applicationDetailPage"));
        auto *panel = find<ui::MessagesPanel>(QStringLiteral("messagesPanel"));
        QTRY_COMPARE_WITH_TIMEOUT(panel->applicationId(), applicationId, 20000);
        auto *empty = find<QLabel>(QStringLiteral("messagesEmptyLabel"));
        QTRY_VERIFY_WITH_TIMEOUT(empty->isVisible(), 20000);
        QCOMPARE(empty->text(), QStringLiteral("Noch keine Nachrichten"));
        QVERIFY(!find<QPushButton>(QStringLiteral("threadSendButton"))->isEnabled());
    }

    void theOfficesMessageIsShown()
    {
        QCOMPARE(officeWrites(QStringLiteral("Bitte senden Sie uns den Fahrzeugschein.")), 201);
        // What the events feed does on message_received for the open thread.
        find<ui::MessagesPanel>(QStringLiteral("messagesPanel"))->reload();
        QTRY_VERIFY_WITH_TIMEOUT(
            threadShows(QStringLiteral("Bitte senden Sie uns den Fahrzeugschein.")), 60000);
        QVERIFY(threadShows(QStringLiteral("Straßenverkehrsamt")));
        QVERIFY(!find<QLabel>(QStringLiteral("messagesEmptyLabel"))->isVisible());
    }

    void erikaAnswersWithTheWidgets()
    {
        auto *input = find<QPlainTextEdit>(QStringLiteral("threadInput"));
        auto *send = find<QPushButton>(QStringLiteral("threadSendButton"));
        // The scan goes with the message: checked and uploaded when chosen.
        auto *panel = find<ui::MessagesPanel>(QStringLiteral("messagesPanel"));
        ui::FileFieldEditor *attachment = panel->attachmentEditor();
        QVERIFY(attachment);
        QVERIFY(attachment->isVisible());
        const QString scan = dataDir.filePath(QStringLiteral("Fahrzeugschein.pdf"));
        {
            QFile file(scan);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(test::tinyPdf());
        }
        QVERIFY(attachment->chooseFile(scan));
        QTRY_VERIFY_WITH_TIMEOUT(!attachment->value().isUndefined(), 30000);
        input->setFocus();
        QTest::keyClicks(input, QStringLiteral("Der Fahrzeugschein kommt morgen per Post."));
        QVERIFY(send->isEnabled());
        QCOMPARE(send->text(), QStringLiteral("Senden"));
        QTest::mouseClick(send, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(input->toPlainText().isEmpty(), 30000);
        QVERIFY(threadShows(QStringLiteral("Der Fahrzeugschein kommt morgen per Post.")));
        QVERIFY(threadShows(QStringLiteral("Anhang: Fahrzeugschein.pdf")));
        QVERIFY(attachment->value().isUndefined()); // sent: the next message starts without
        QCOMPARE(thread()->count(), 2);
        QCOMPARE(panel->messages().last().attachments.size(), 1);
        const QString uploadId = panel->messages().last().attachments.first().id;
        QVERIFY(find<QPushButton>(QStringLiteral("saveAttachmentButton_") + uploadId));

        const QJsonArray items =
            http->get(QStringLiteral("/api/v1/staff/cases/%1/messages").arg(applicationId),
                      caseworker)
                .json()
                .value(QLatin1String("items"))
                .toArray();
        QCOMPARE(items.size(), 2);
        QCOMPARE(items.last().toObject().value(QLatin1String("sender")).toString(),
                 QStringLiteral("citizen"));
        QCOMPARE(items.last().toObject().value(QLatin1String("body")).toString(),
                 QStringLiteral("Der Fahrzeugschein kommt morgen per Post."));
        // The office has the file.
        QCOMPARE(items.last().toObject().value(QLatin1String("uploads")).toArray(),
                 QJsonArray { uploadId });
        const test::HttpResponse file =
            http->get(QStringLiteral("/api/v1/uploads/") + uploadId, caseworker);
        QCOMPARE(file.status, 200);
        QCOMPARE(file.body, test::tinyPdf());
    }

    void theListMarksUnreadMessages()
    {
        // Enough applications for the list to scroll.
        const QString erika = login(QStringLiteral("erika"));
        for (int i = 0; i < 40; ++i) {
            const test::HttpResponse created = http->request(
                "POST", QStringLiteral("/api/v1/applications"),
                QJsonDocument(
                    test::applicationBody(QStringLiteral("meldebescheinigung"),
                                          test::validData(QStringLiteral("meldebescheinigung"),
                                                          QDate::currentDate(), QString())))
                    .toJson(),
                { { "Content-Type", "application/json" },
                  { "Authorization", "Bearer " + erika.toLatin1() },
                  { "Idempotency-Key", QUuid::createUuid().toByteArray(QUuid::WithoutBraces) } });
            QCOMPARE(created.status, 201);
        }
        emit window()->applicationDetailPage()->backRequested();
        QTRY_COMPARE(currentPageName(), QStringLiteral("myApplicationsPage"));
        client::ApplicationListModel *list = window()->applicationListModel();
        list->reload(); // as the toolbar's "My applications" does
        QTRY_VERIFY_WITH_TIMEOUT(!list->isLoading() && list->rowCount() == 41, 30000);
        auto *view = find<QTreeView>(QStringLiteral("applicationsView"));
        int parkingRow = -1;
        for (int row = 0; row < list->rowCount(); ++row) {
            if (list->index(row, 0).data(client::ApplicationListModel::ApplicationIdRole) ==
                applicationId)
                parkingRow = row;
        }
        QVERIFY(parkingRow >= 0); // (filed in one second: the order among them is the backend's)
        view->setCurrentIndex(list->index(parkingRow, 0));
        view->scrollToBottom();
        const int scrolled = view->verticalScrollBar()->value();
        QVERIFY(scrolled > 0);
        QSignalSpy refreshed(list, &client::ApplicationListModel::pageLoaded);
        // The office writes: the events feed refreshes the list.
        QCOMPARE(officeWrites(QStringLiteral("Danke, wir warten darauf.")), 201);
        const auto statusText = [&]() -> QString {
            for (int row = 0; row < list->rowCount(); ++row) {
                if (list->index(row, 0).data(client::ApplicationListModel::ApplicationIdRole) ==
                    applicationId)
                    return list->index(row, client::ApplicationListModel::StatusColumn)
                        .data()
                        .toString();
            }
            return {};
        };
        // The thread is not open, so the message stays unread.
        QTRY_VERIFY_WITH_TIMEOUT(statusText().contains(QStringLiteral("• 1 neue Nachricht")),
                                 60000);
        QVERIFY(refreshed.size() >= 1);
        // In place: the selection and the scroll position stayed.
        QCOMPARE(
            view->currentIndex().data(client::ApplicationListModel::ApplicationIdRole).toString(),
            applicationId);
        QCOMPARE(view->verticalScrollBar()->value(), scrolled);
        QCOMPARE(list->rowCount(), 41);
        // The hint says the status and the next step, not the marker again.
        const QString hint = find<QLabel>(QStringLiteral("applicationHintLabel"))->text();
        QVERIFY2(hint.startsWith(QStringLiteral("Gebühr offen: ")), qPrintable(hint));
        QVERIFY2(!hint.contains(QStringLiteral("neue Nachricht")), qPrintable(hint));
    }

    // The office asks (info_requested); erika's reply in the thread is the
    // answer (POST /answer), and the case goes back to the office.
    void replyToAQuestionHandsTheCaseBack()
    {
        const QString erika = login(QStringLiteral("erika"));
        const test::HttpResponse payment = http->request(
            "POST", QStringLiteral("/api/v1/applications/%1/payments").arg(applicationId), "{}",
            { { "Content-Type", "application/json" },
              { "Authorization", "Bearer " + erika.toLatin1() },
              { "Idempotency-Key", QUuid::createUuid().toByteArray(QUuid::WithoutBraces) } });
        QCOMPARE(payment.status, 201);
        const QUrl page(payment.json().value(QLatin1String("next_url")).toString());
        const QString token = QUrlQuery(page).queryItemValue(QStringLiteral("token"));
        const test::HttpResponse paid =
            http->request("POST", page.path(),
                          "card_number=4444333322221111&token=" + QUrl::toPercentEncoding(token),
                          { { "Content-Type", "application/x-www-form-urlencoded" } });
        QCOMPARE(paid.status, 200);
        const auto move = [&](const QString &to, const QString &note) {
            const int version =
                http->get(QStringLiteral("/api/v1/staff/cases/%1").arg(applicationId), caseworker)
                    .json()
                    .value(QLatin1String("version"))
                    .toInt();
            return http
                ->request("POST",
                          QStringLiteral("/api/v1/staff/cases/%1/transition").arg(applicationId),
                          QJsonDocument(QJsonObject { { QStringLiteral("to"), to },
                                                      { QStringLiteral("note"), note } })
                              .toJson(),
                          { { "Content-Type", "application/json" },
                            { "Authorization", "Bearer " + caseworker.toLatin1() },
                            { "If-Match", QByteArray::number(version) } })
                .status;
        };
        QCOMPARE(move(QStringLiteral("in_review"), QString()), 200);
        QCOMPARE(move(QStringLiteral("info_requested"), QStringLiteral("Welche Zone genau?")), 200);

        emit window()->myApplicationsPage()->applicationRequested(applicationId);
        QTRY_COMPARE(currentPageName(), QStringLiteral("applicationDetailPage"));
        QTRY_VERIFY_WITH_TIMEOUT(threadShows(QStringLiteral("Welche Zone genau?")), 30000);
        auto *input = find<QPlainTextEdit>(QStringLiteral("threadInput"));
        // The answer carries a file as well.
        ui::FileFieldEditor *attachment =
            find<ui::MessagesPanel>(QStringLiteral("messagesPanel"))->attachmentEditor();
        const QString map = dataDir.filePath(QStringLiteral("Lageplan.png"));
        {
            QFile file(map);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(test::tinyPng());
        }
        QVERIFY(attachment->chooseFile(map));
        QTRY_VERIFY_WITH_TIMEOUT(!attachment->value().isUndefined(), 30000);
        input->setFocus();
        QTest::keyClicks(input, QStringLiteral("Zone B, Bahnhofsviertel."));
        QTest::mouseClick(find<QPushButton>(QStringLiteral("threadSendButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(input->toPlainText().isEmpty(), 30000);
        QTRY_COMPARE_WITH_TIMEOUT(
            http->get(QStringLiteral("/api/v1/staff/cases/%1").arg(applicationId), caseworker)
                .json()
                .value(QLatin1String("status"))
                .toString(),
            QStringLiteral("in_review"), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(threadShows(QStringLiteral("Zone B, Bahnhofsviertel.")), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(threadShows(QStringLiteral("Anhang: Lageplan.png")), 30000);
        const QJsonArray items =
            http->get(QStringLiteral("/api/v1/staff/cases/%1/messages").arg(applicationId),
                      caseworker)
                .json()
                .value(QLatin1String("items"))
                .toArray();
        const QJsonArray named =
            items.last().toObject().value(QLatin1String("attachments")).toArray();
        QCOMPARE(named.size(), 1);
        QCOMPARE(named.first().toObject().value(QLatin1String("filename")).toString(),
                 QStringLiteral("Lageplan.png"));
        QCOMPARE(http->get(QStringLiteral("/api/v1/uploads/") +
                               named.first().toObject().value(QLatin1String("id")).toString(),
                           caseworker)
                     .status,
                 200);
    }
};

QTEST_MAIN(MessagesTest)
#include "tst_messages.moc"
