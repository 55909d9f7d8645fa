// The administrator's workspace as `admin` meets it, in German, on the
// embedded demo city over loopback HTTP: signs in with a TOTP code, sees the
// staff accounts, creates a caseworker (a mistake first: the dialog keeps
// what was typed), the new colleague signs in with the secret shown once,
// and the administrator disables sb.steueramt, whose live token dies at once.
#include "app/client/ApiClient.h"
#include "app/client/admin/StaffAccountsModel.h"
#include "app/ui/DesktopApp.h"
#include "app/ui/MainWindow.h"
#include "app/ui/StaffHomePage.h"
#include "app/ui/StartupOptions.h"
#include "app/ui/admin/AdminHomePage.h"
#include "app/ui/admin/CreateStaffDialog.h"
#include "app/ui/admin/StaffAccountsPage.h"
#include "app/ui/admin/TotpEnrolmentDialog.h"
#include "app/ui/staff/StaffInboxPage.h"
#include "common/crypto/Totp.h"
#include "tests/support/TestBackend.h"

#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace rathaus;
using test::HttpClient;
using test::HttpResponse;

namespace {

QString totpNow(const QString &secret = QStringLiteral("JBSWY3DPEHPK3PXP"))
{
    const auto bytes = base32::decode(secret);
    return Totp(bytes.value_or(QByteArray())).code(QDateTime::currentSecsSinceEpoch());
}

} // namespace

class AdminWorkspaceTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir dataDir;
    std::unique_ptr<ui::DesktopApp> app;
    std::unique_ptr<HttpClient> http;

    ui::MainWindow *window() const { return app->mainWindow(); }
    ui::AdminHomePage *adminPage() const { return window()->staffHomePage()->adminPage(); }
    ui::StaffAccountsPage *accounts() const { return adminPage()->accountsPage(); }
    client::StaffAccountsModel *model() const { return accounts()->model(); }
    template<typename T> T *find(QObject *parent, const QString &name) const
    {
        T *widget = parent->findChild<T *>(name);
        if (!widget)
            qWarning("no widget named %s", qPrintable(name));
        return widget;
    }
    QString currentPageName() const { return window()->currentPage()->objectName(); }

    HttpResponse login(const QString &user, const QString &password, const QString &totp)
    {
        return http->postJson(QStringLiteral("/api/v1/auth/login"),
                              { { QStringLiteral("username"), user },
                                { QStringLiteral("password"), password },
                                { QStringLiteral("totp"), totp } });
    }

    int rowOf(const QString &username) const
    {
        for (int row = 0; row < model()->rowCount(); ++row) {
            if (model()->account(row)->username == username)
                return row;
        }
        return -1;
    }

    static void type(QLineEdit *edit, const QString &text)
    {
        edit->clear();
        QTest::keyClicks(edit, text);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(QStringLiteral("Rathaus"));
        QApplication::setApplicationName(QStringLiteral("rathaus-admin-gui-test"));
        QVERIFY(dataDir.isValid());
        ui::StartupOptions options;
        options.language = QStringLiteral("de");
        options.dataDirectory = dataDir.path();
        app = std::make_unique<ui::DesktopApp>(options);
        QSignalSpy firstData(app.get(), &ui::DesktopApp::firstDataShown);
        app->start();
        QTRY_VERIFY_WITH_TIMEOUT(firstData.size() == 1, 60000);
        http = std::make_unique<HttpClient>(app->api()->baseUrl().toString());
    }

    void adminSignsInAndSeesTheAccounts()
    {
        type(find<QLineEdit>(window(), QStringLiteral("usernameLineEdit")),
             QStringLiteral("admin"));
        type(find<QLineEdit>(window(), QStringLiteral("passwordLineEdit")),
             QStringLiteral("rathaus-demo"));
        QTest::mouseClick(find<QPushButton>(window(), QStringLiteral("loginButton")),
                          Qt::LeftButton);
        auto *code = find<QLineEdit>(window(), QStringLiteral("totpLineEdit"));
        QTRY_VERIFY_WITH_TIMEOUT(code->isVisible(), 20000);
        QTest::keyClicks(code, totpNow());
        QTest::keyClick(code, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(currentPageName(), QStringLiteral("staffHomePage"), 20000);

        // The administrator's workspace, not the caseworker's inbox.
        QVERIFY(adminPage()->isVisible());
        QVERIFY(!window()->staffHomePage()->inboxPage()->isVisible());
        QCOMPARE(adminPage()->sections()->tabText(0), QStringLiteral("Konten"));
        QTRY_COMPARE_WITH_TIMEOUT(model()->state(), client::StaffAccountsModel::State::Ready,
                                  20000);
        QVERIFY(rowOf(QStringLiteral("sb.steueramt")) >= 0);
        QVERIFY(rowOf(QStringLiteral("lead.verkehr")) >= 0);
        QVERIFY(rowOf(QStringLiteral("erika")) < 0);
        const int steuer = rowOf(QStringLiteral("sb.steueramt"));
        QCOMPARE(model()->index(steuer, client::StaffAccountsModel::RoleColumn).data().toString(),
                 QStringLiteral("Sachbearbeitung"));
        QCOMPARE(model()->index(steuer, client::StaffAccountsModel::StatusColumn).data().toString(),
                 QStringLiteral("Aktiv"));
        QVERIFY(find<QTableView>(accounts(), QStringLiteral("staffAccountsTable"))->isVisible());
    }

    void createsACaseworker()
    {
        QTest::mouseClick(find<QPushButton>(accounts(), QStringLiteral("newAccountButton")),
                          Qt::LeftButton);
        ui::CreateStaffDialog *dialog = accounts()->createDialog();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        auto *create = find<QPushButton>(dialog, QStringLiteral("createAccountButton"));

        // Nothing filled in: the messages stand beside the fields, nothing is sent.
        QTest::mouseClick(create, Qt::LeftButton);
        QVERIFY(find<QLabel>(dialog, QStringLiteral("usernameError"))->isVisible());
        QVERIFY(find<QLabel>(dialog, QStringLiteral("officeIdError"))->isVisible());
        QVERIFY(find<QLabel>(dialog, QStringLiteral("passwordError"))->isVisible());
        QVERIFY(dialog->isVisible());

        // A taken username: the server refuses, the dialog keeps the input.
        type(find<QLineEdit>(dialog, QStringLiteral("newUsernameLineEdit")),
             QStringLiteral("sb.verkehr"));
        type(find<QLineEdit>(dialog, QStringLiteral("newDisplayNameLineEdit")),
             QStringLiteral("Paula Neumann"));
        auto *office = find<QComboBox>(dialog, QStringLiteral("newOfficeComboBox"));
        office->setCurrentIndex(office->findData(QStringLiteral("steueramt")));
        QVERIFY(office->currentIndex() > 0);
        type(find<QLineEdit>(dialog, QStringLiteral("newPasswordLineEdit")),
             QStringLiteral("Amtsstube-2026"));
        type(find<QLineEdit>(dialog, QStringLiteral("newPasswordRepeatLineEdit")),
             QStringLiteral("Amtsstube-2026"));
        QTest::mouseClick(create, Qt::LeftButton);
        auto *usernameError = find<QLabel>(dialog, QStringLiteral("usernameError"));
        QTRY_VERIFY_WITH_TIMEOUT(usernameError->isVisible() &&
                                     usernameError->text().contains(QStringLiteral("vergeben")),
                                 20000);
        QVERIFY(dialog->isVisible());
        QCOMPARE(find<QLineEdit>(dialog, QStringLiteral("newDisplayNameLineEdit"))->text(),
                 QStringLiteral("Paula Neumann"));
        QCOMPARE(find<QLineEdit>(dialog, QStringLiteral("newPasswordLineEdit"))->text(),
                 QStringLiteral("Amtsstube-2026"));

        type(find<QLineEdit>(dialog, QStringLiteral("newUsernameLineEdit")),
             QStringLiteral("sb.neumann"));
        QTest::mouseClick(create, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            accounts()->enrolmentDialog() && accounts()->enrolmentDialog()->isVisible(), 20000);
        QVERIFY(accounts()->createDialog() == nullptr || !accounts()->createDialog()->isVisible());
        ui::TotpEnrolmentDialog *enrolment = accounts()->enrolmentDialog();
        const QString secret = enrolment->secret();
        QVERIFY(base32::decode(secret).value_or(QByteArray()).size() >= 20);
        QVERIFY(enrolment->otpauthUri().startsWith(QStringLiteral("otpauth://totp/")));
        QVERIFY(find<QLineEdit>(enrolment, QStringLiteral("totpUriLineEdit"))->text() ==
                enrolment->otpauthUri());
        QVERIFY(rowOf(QStringLiteral("sb.neumann")) >= 0);

        // The new colleague signs in with the password and the secret shown.
        const HttpResponse signedIn =
            login(QStringLiteral("sb.neumann"), QStringLiteral("Amtsstube-2026"), totpNow(secret));
        QCOMPARE(signedIn.status, 200);
        QCOMPARE(signedIn.json()
                     .value(QLatin1String("user"))
                     .toObject()
                     .value(QLatin1String("office_id"))
                     .toString(),
                 QStringLiteral("steueramt"));

        // Done: the secret is gone from the widgets.
        QTest::mouseClick(find<QPushButton>(enrolment, QStringLiteral("enrolmentDoneButton")),
                          Qt::LeftButton);
        QTRY_VERIFY(accounts()->enrolmentDialog() == nullptr);
    }

    void disablesSbSteueramtAndItsTokenDies()
    {
        const HttpResponse signedIn =
            login(QStringLiteral("sb.steueramt"), QStringLiteral("rathaus-demo"), totpNow());
        QCOMPARE(signedIn.status, 200);
        const QString token = signedIn.json().value(QLatin1String("access_token")).toString();
        QCOMPARE(http->get(QStringLiteral("/api/v1/staff/cases"), token).status, 200);

        const int row = rowOf(QStringLiteral("sb.steueramt"));
        QVERIFY(row >= 0);
        accounts()->table()->selectRow(row);
        auto *toggle = find<QPushButton>(accounts(), QStringLiteral("toggleDisabledButton"));
        QVERIFY(toggle->isEnabled());
        QTest::mouseClick(toggle, Qt::LeftButton);
        QMessageBox *confirmation = accounts()->confirmation();
        QVERIFY(confirmation);
        QTRY_VERIFY(confirmation->isVisible());
        QVERIFY(confirmation->text().contains(QStringLiteral("sb.steueramt")));
        QTest::mouseClick(find<QPushButton>(confirmation, QStringLiteral("confirmButton")),
                          Qt::LeftButton);

        QTRY_VERIFY_WITH_TIMEOUT(model()->account(rowOf(QStringLiteral("sb.steueramt")))->disabled,
                                 20000);
        QCOMPARE(model()
                     ->index(rowOf(QStringLiteral("sb.steueramt")),
                             client::StaffAccountsModel::StatusColumn)
                     .data()
                     .toString(),
                 QStringLiteral("Gesperrt"));
        QCOMPARE(http->get(QStringLiteral("/api/v1/staff/cases"), token).status, 401);
        QVERIFY(find<QLabel>(accounts(), QStringLiteral("accountsMessageLabel"))->isVisible());

        // Their own row: the administrator cannot disable themselves.
        accounts()->table()->selectRow(rowOf(QStringLiteral("admin")));
        QVERIFY(!toggle->isEnabled());
    }

    void cleanupTestCase() { app.reset(); }
};

QTEST_MAIN(AdminWorkspaceTest)
#include "tst_adminworkspace.moc"
