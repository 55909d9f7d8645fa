// The lead's workspace as lead.verkehr meets it, in German, on the embedded
// demo city: the office's figures, the citizens' suggestions, the inbox
// sorted by a click on a column header (on the server), new cases that
// appear without a reload while the selection stays, and a partial refund.
#include "app/client/ApiClient.h"
#include "app/client/Session.h"
#include "app/client/staff/CaseListModel.h"
#include "app/client/staff/FeedbackListModel.h"
#include "app/ui/DesktopApp.h"
#include "app/ui/MainWindow.h"
#include "app/ui/StaffHomePage.h"
#include "app/ui/StartupOptions.h"
#include "app/client/staff/CaseController.h"
#include "app/ui/staff/CaseActionDialog.h"
#include "app/ui/staff/StaffCasePage.h"
#include "app/ui/staff/StaffInboxPage.h"
#include "app/ui/staff/SuggestionsDialog.h"
#include "common/crypto/Crypto.h"
#include "common/crypto/Totp.h"
#include "tests/support/TestBackend.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDateTime>
#include <QDialog>
#include <QDoubleSpinBox>
#include <QPointer>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>
#include <QUuid>

#include <memory>

using namespace rathaus;
using test::HttpClient;
using test::HttpResponse;

namespace {

QString totpNow()
{
    const auto secret = base32::decode(QStringLiteral("JBSWY3DPEHPK3PXP"));
    return Totp(secret.value_or(QByteArray())).code(QDateTime::currentSecsSinceEpoch());
}

QByteArray tinyPng()
{
    return QByteArrayLiteral("\x89PNG\r\n\x1a\n\0\0\0\rIHDR") + QByteArray(17, '\0');
}

} // namespace

class LeadWorkspaceTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir dataDir;
    std::unique_ptr<ui::DesktopApp> app;
    std::unique_ptr<HttpClient> http;
    QString erika;

    ui::MainWindow *window() const { return app->mainWindow(); }
    ui::StaffHomePage *staffPage() const { return window()->staffHomePage(); }
    ui::StaffCasePage *casePage() const { return staffPage()->casePage(); }
    template<typename T> T *find(const QString &name) const
    {
        T *widget = window()->findChild<T *>(name);
        if (!widget)
            qWarning("no widget named %s", qPrintable(name));
        return widget;
    }
    QString currentPageName() const { return window()->currentPage()->objectName(); }

    HttpResponse post(const QString &path, const QJsonObject &body, const QString &token,
                      HttpClient::Headers headers = {})
    {
        headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
        headers.append(qMakePair(QByteArray("Authorization"), "Bearer " + token.toLatin1()));
        return http->request("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact),
                             headers);
    }

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

    // erika files a parking permit and pays for it: the case reaches the office.
    // Returns {id, reference}; empty when a step is not served.
    QPair<QString, QString> fileParkingPermit(const QString &plate)
    {
        const HttpResponse upload =
            http->request("POST", QStringLiteral("/api/v1/uploads"), tinyPng(),
                          { { "Authorization", "Bearer " + erika.toLatin1() },
                            { "Content-Type", "image/png" },
                            { "X-Filename", "fahrzeugschein.png" } });
        if (upload.status != 201)
            return {};
        const QJsonObject data { { QStringLiteral("plate"), plate },
                                 { QStringLiteral("zone"), QStringLiteral("B") },
                                 { QStringLiteral("registration"),
                                   QJsonArray {
                                       upload.json().value(QLatin1String("id")).toString() } } };
        const HttpResponse created =
            post(QStringLiteral("/api/v1/applications"),
                 { { QStringLiteral("service_id"), QStringLiteral("anwohnerparkausweis") },
                   { QStringLiteral("data"), data } },
                 erika, { { "Idempotency-Key", QUuid::createUuid().toByteArray() } });
        if (created.status != 201) {
            qWarning() << "submission" << created.status << created.body;
            return {};
        }
        const QString id = created.json().value(QLatin1String("id")).toString();
        const QString reference = created.json().value(QLatin1String("reference")).toString();

        const HttpResponse payment =
            post(QStringLiteral("/api/v1/applications/%1/payments").arg(id), {}, erika,
                 { { "Idempotency-Key", QUuid::createUuid().toByteArray() } });
        if (payment.status != 201) {
            qWarning() << "payment" << payment.status << payment.body;
            return {};
        }
        const QUrl next(payment.json().value(QLatin1String("next_url")).toString());
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("token"),
                          QUrlQuery(next).queryItemValue(QStringLiteral("token")));
        form.addQueryItem(QStringLiteral("card_number"), QStringLiteral("4444333322221111"));
        form.addQueryItem(QStringLiteral("action"), QStringLiteral("pay"));
        const HttpResponse paid =
            http->request("POST", next.path(), form.toString(QUrl::FullyEncoded).toLatin1(),
                          { { "Content-Type", "application/x-www-form-urlencoded" } });
        if (paid.status != 200) {
            qWarning() << "paying" << paid.status;
            return {};
        }
        return { id, reference };
    }

    void signInAsLead()
    {
        auto *user = find<QLineEdit>(QStringLiteral("usernameLineEdit"));
        user->clear();
        QTest::keyClicks(user, QStringLiteral("lead.verkehr"));
        auto *password = find<QLineEdit>(QStringLiteral("passwordLineEdit"));
        password->clear();
        QTest::keyClicks(password, QStringLiteral("rathaus-demo"));
        QTest::mouseClick(find<QPushButton>(QStringLiteral("loginButton")), Qt::LeftButton);
        auto *code = find<QLineEdit>(QStringLiteral("totpLineEdit"));
        QTRY_VERIFY_WITH_TIMEOUT(code->isVisible(), 20000);
        QTest::keyClicks(code, totpNow());
        QTest::keyClick(code, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(currentPageName(), QStringLiteral("staffHomePage"), 20000);
    }

    client::CaseListModel *inbox() const { return staffPage()->inboxPage()->model(); }

    QStringList references() const
    {
        QStringList list;
        for (int row = 0; row < inbox()->rowCount(); ++row)
            list.append(inbox()->caseAt(row)->reference);
        return list;
    }

    void clickHeader(int column)
    {
        auto *table = find<QTableView>(QStringLiteral("caseTableView"));
        QHeaderView *header = table->horizontalHeader();
        const QPoint at(header->sectionViewportPosition(column) + 8, header->height() / 2);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, at);
    }

    template<typename T> T *openDialog(const QString &name)
    {
        T *dialog = nullptr;
        const bool shown = QTest::qWaitFor(
            [&] {
                dialog = window()->findChild<T *>(name);
                return dialog && dialog->isVisible();
            },
            10000);
        return shown ? dialog : nullptr;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(QStringLiteral("Rathaus"));
        QApplication::setApplicationName(QStringLiteral("rathaus-lead-gui-test"));
        QVERIFY(dataDir.isValid());
        ui::StartupOptions options;
        options.language = QStringLiteral("de");
        options.dataDirectory = dataDir.path();
        app = std::make_unique<ui::DesktopApp>(options);
        QSignalSpy firstData(app.get(), &ui::DesktopApp::firstDataShown);
        app->start();
        QTRY_VERIFY_WITH_TIMEOUT(firstData.size() == 1, 60000);
        http = std::make_unique<HttpClient>(app->api()->baseUrl().toString());
        erika = login(QStringLiteral("erika"));
        QVERIFY(!erika.isEmpty());
        for (const char *plate : { "B-RH 101", "B-RH 102", "B-RH 103" })
            QVERIFY(!fileParkingPermit(QString::fromLatin1(plate)).first.isEmpty());
        const HttpResponse suggestion =
            post(QStringLiteral("/api/v1/feedback"),
                 { { QStringLiteral("service_id"), QStringLiteral("anwohnerparkausweis") },
                   { QStringLiteral("text"), QStringLiteral("Bitte auch Zweitwagen zulassen.") } },
                 erika, { { "Idempotency-Key", QUuid::createUuid().toByteArray() } });
        QCOMPARE(suggestion.status, 201);
        window()->resize(1040, 720);
        window()->show();
        signInAsLead();
        QTRY_VERIFY_WITH_TIMEOUT(inbox()->rowCount() >= 3 && !inbox()->isLoading(), 20000);
    }

    void leadOpensTheStatistics()
    {
        auto *button = find<QPushButton>(QStringLiteral("statsButton"));
        QVERIFY(button->isVisible());
        QTest::mouseClick(button, Qt::LeftButton);
        auto *dialog = openDialog<QDialog>(QStringLiteral("statisticsDialog"));
        QVERIFY(dialog);
        auto *label = dialog->findChild<QLabel *>(QStringLiteral("statisticsLabel"));
        // The figures arrive: three submitted cases, in German.
        QTRY_VERIFY_WITH_TIMEOUT(label->text().contains(QLatin1String("<table")), 20000);
        QVERIFY2(label->text().contains(QStringLiteral("Eingereicht")), qPrintable(label->text()));
        QVERIFY2(label->text().contains(QStringLiteral("Überfällig")), qPrintable(label->text()));
        QVERIFY(label->text().contains(QStringLiteral("<b>3</b>")));
        dialog->accept();
    }

    void leadReadsTheSuggestions()
    {
        auto *button = find<QPushButton>(QStringLiteral("suggestionsButton"));
        QVERIFY(button->isVisible());
        QTest::mouseClick(button, Qt::LeftButton);
        auto *dialog = openDialog<ui::SuggestionsDialog>(QStringLiteral("suggestionsDialog"));
        QVERIFY(dialog);
        client::FeedbackListModel *model = dialog->model();
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 1, 20000);
        QCOMPARE(model->index(0, client::FeedbackListModel::Service).data().toString(),
                 QStringLiteral("Bewohnerparkausweis"));
        QCOMPARE(model->index(0, client::FeedbackListModel::Text).data().toString(),
                 QStringLiteral("Bitte auch Zweitwagen zulassen."));
        QVERIFY(!model->index(0, client::FeedbackListModel::Date).data().toString().isEmpty());
        auto *text = dialog->findChild<QWidget *>(QStringLiteral("suggestionText"));
        QVERIFY(text);
        dialog->accept();
    }

    void headerClickSortsOnTheServer()
    {
        QAbstractItemModelTester tester(inbox(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QStringList sorted = references();
        std::sort(sorted.begin(), sorted.end());

        clickHeader(client::CaseListModel::Reference);
        QCOMPARE(inbox()->query().sortKey, client::CaseQuery::SortKey::Reference);
        QVERIFY(!inbox()->query().descending);
        QTRY_VERIFY_WITH_TIMEOUT(!inbox()->isLoading() && inbox()->rowCount() >= 3, 20000);
        QCOMPARE(references(), sorted);

        clickHeader(client::CaseListModel::Reference); // again: the other way round
        QVERIFY(inbox()->query().descending);
        QTRY_VERIFY_WITH_TIMEOUT(!inbox()->isLoading() && inbox()->rowCount() >= 3, 20000);
        std::reverse(sorted.begin(), sorted.end());
        QCOMPARE(references(), sorted);
        auto *table = find<QTableView>(QStringLiteral("caseTableView"));
        QCOMPARE(table->horizontalHeader()->sortIndicatorSection(),
                 int(client::CaseListModel::Reference));
        QCOMPARE(table->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);

        // A column the server does not sort by changes nothing.
        clickHeader(client::CaseListModel::Citizen);
        QCOMPARE(inbox()->query().sortKey, client::CaseQuery::SortKey::Reference);
        QCOMPARE(table->horizontalHeader()->sortIndicatorSection(),
                 int(client::CaseListModel::Reference));

        // The order is part of what a saved filter remembers.
        const client::CaseQuery query = staffPage()->inboxPage()->currentQuery();
        QCOMPARE(client::CaseQuery::fromVariant(query.toVariant()), query);
        QCOMPARE(query.toVariant().value(QStringLiteral("sort")).toString(),
                 QStringLiteral("-reference"));
    }

    void newCasesAppearWhileTheSelectionStays()
    {
        auto *table = find<QTableView>(QStringLiteral("caseTableView"));
        // Newest first by received, so a new case lands at the top.
        clickHeader(client::CaseListModel::Received);
        clickHeader(client::CaseListModel::Received);
        QVERIFY(inbox()->query().descending);
        QTRY_VERIFY_WITH_TIMEOUT(!inbox()->isLoading() && inbox()->rowCount() >= 3, 20000);
        table->setCurrentIndex(inbox()->index(1, 0));
        const QString selected = inbox()->caseAt(1)->id;
        const int before = inbox()->rowCount();
        QSignalSpy resets(inbox(), &QAbstractItemModel::modelReset);

        staffPage()->inboxPage()->setLiveRefreshInterval(200);
        // "Received" counts in seconds and ties go by id: file the new case in
        // a later second than every case before it, so that it sorts first.
        const qint64 filedBefore = QDateTime::currentSecsSinceEpoch();
        QTRY_VERIFY(QDateTime::currentSecsSinceEpoch() > filedBefore);
        const auto filed = fileParkingPermit(QStringLiteral("B-RH 104"));
        QVERIFY(!filed.first.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(inbox()->rowCount(), before + 1, 20000);
        QCOMPARE(inbox()->caseAt(0)->id, filed.first);
        // Inserted, not reset: the chosen case is still the chosen one.
        QCOMPARE(resets.size(), 0);
        QCOMPARE(table->currentIndex().data(client::CaseListModel::CaseIdRole).toString(),
                 selected);
        staffPage()->inboxPage()->setLiveRefreshInterval(ui::StaffInboxPage::kLiveRefreshMs);
    }

    // The paid fee as the lead sees it in the case, and a partial refund.
    void leadRefundsPartOfThePaidFee()
    {
        const auto [id, reference] = fileParkingPermit(QStringLiteral("B-RH 105"));
        QVERIFY(!id.isEmpty());
        staffPage()->openCase(id);
        QTRY_COMPARE_WITH_TIMEOUT(find<QLabel>(QStringLiteral("referenceLabel"))->text(),
                                  reference, 20000);
        client::CaseController *controller = casePage()->controller();
        QTRY_VERIFY_WITH_TIMEOUT(controller->current() && controller->current()->detail.payment,
                                 20000);
        QCOMPARE(controller->current()->detail.payment->status, PaymentStatus::Succeeded);

        QPushButton *refund = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (refund = casePage()->actionButton(client::CaseAction::Refund)) != nullptr, 20000);
        QTest::mouseClick(refund, Qt::LeftButton);
        QPointer<ui::CaseActionDialog> dialog = casePage()->actionDialog();
        QVERIFY(dialog);
        auto *amount = dialog->findChild<QDoubleSpinBox *>(QStringLiteral("amountSpinBox"));
        QVERIFY(amount && amount->isVisible());
        QCOMPARE(amount->value(), 30.0); // what is left, offered in full
        amount->setValue(10.0);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("confirmButton")),
                          Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(controller->current()->detail.payment->refundedCents,
                                  qint64(1000), 20000);
        QCOMPARE(controller->current()->detail.payment->status,
                 PaymentStatus::PartiallyRefunded);
        QVERIFY(casePage()->actionButton(client::CaseAction::Refund)); // 20 EUR are left

        // erika's application says the same.
        const QJsonObject mine =
            http->get(QStringLiteral("/api/v1/applications/") + id, erika).json();
        QCOMPARE(mine.value(QLatin1String("payment"))
                     .toObject()
                     .value(QLatin1String("refunded_cents"))
                     .toInteger(),
                 qint64(1000));
    }

    void cleanupTestCase() { app.reset(); }
};

QTEST_MAIN(LeadWorkspaceTest)
#include "tst_leadworkspace.moc"
