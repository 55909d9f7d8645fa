// A draft survives the client being killed: a child process (this program
// with --child) runs the real desktop client on the embedded demo city, signs
// in as Erika and types into the registration certificate form; once the
// autosave has the text on disk it says so and keeps typing, and is killed
// with SIGKILL (kill -9) mid-edit. A new client on the same data folder and
// keyring then lists the draft on the start page and resumes it with the
// typed values; Max, signed in on the same computer, does not see it.
//
// Needs the real keyring shared by both processes (run-with-keyring.sh):
// the drafts' key lives there.
#include "app/client/DraftStore.h"
#include "app/client/FormState.h"
#include "app/client/Session.h"
#include "app/ui/ApplicationFormPage.h"
#include "app/ui/DesktopApp.h"
#include "app/ui/HomePage.h"
#include "app/ui/MainWindow.h"
#include "app/ui/StartupOptions.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

#include <cstdio>
#include <memory>

using namespace rathaus;

namespace {

const QString typed = QStringLiteral("Umzug nach Hamburg");

ui::StartupOptions optionsFor(const QString &dataDir)
{
    ui::StartupOptions options;
    options.language = QStringLiteral("de");
    options.dataDirectory = dataDir;
    return options;
}

QString pageName(ui::DesktopApp &app)
{
    return app.mainWindow()->currentPage()->objectName();
}

// Started, and signed in as `user` (a stored session may sign in by itself).
bool signIn(ui::DesktopApp &app, const QString &user)
{
    QSignalSpy firstData(&app, &ui::DesktopApp::firstDataShown);
    app.start();
    if (!QTest::qWaitFor([&] { return firstData.size() == 1; }, 60000))
        return false;
    if (app.session()->isLoggedIn() && app.session()->user().displayName.contains(QStringLiteral("Erika")) !=
            (user == QLatin1String("erika")))
        app.session()->logout();
    if (!app.session()->isLoggedIn()) {
        auto *window = app.mainWindow();
        window->findChild<QLineEdit *>(QStringLiteral("usernameLineEdit"))->setText(user);
        auto *password = window->findChild<QLineEdit *>(QStringLiteral("passwordLineEdit"));
        password->setText(QStringLiteral("rathaus-demo"));
        QTest::keyClick(password, Qt::Key_Return);
    }
    return QTest::qWaitFor([&] { return pageName(app) == QLatin1String("homePage"); }, 30000) &&
        QTest::qWaitFor([&] { return app.drafts()->hasOwner(); }, 30000);
}

bool openMeldebescheinigung(ui::DesktopApp &app)
{
    auto *window = app.mainWindow();
    emit window->homePage()->serviceRequested(QStringLiteral("meldebescheinigung"));
    auto *apply = window->findChild<QPushButton *>(QStringLiteral("applyButton"));
    if (!QTest::qWaitFor([&] { return apply->isEnabled() && apply->isVisible(); }, 30000))
        return false;
    QTest::mouseClick(apply, Qt::LeftButton);
    return pageName(app) == QLatin1String("applicationFormPage");
}

// The child: fill in, wait for the autosave, say "SAVED", type on until killed.
int runChild(const QString &dataDir)
{
    ui::DesktopApp app(optionsFor(dataDir));
    if (!signIn(app, QStringLiteral("erika")) || !openMeldebescheinigung(app))
        return 2;
    auto *window = app.mainWindow();
    QTest::keyClick(window->findChild<QAbstractButton *>(QStringLiteral("option_type_erweitert")),
                    Qt::Key_Space);
    auto *purpose = window->findChild<QLineEdit *>(QStringLiteral("input_purpose"));
    QTest::keyClicks(purpose, typed);
    const QString draftId = window->applicationFormPage()->draftId();
    const bool saved = QTest::qWaitFor(
        [&] {
            const auto draft = app.drafts()->load(draftId);
            return draft.ok() &&
                draft.value().data.value(QStringLiteral("purpose")).toString() == typed;
        },
        30000);
    if (!saved)
        return 3;
    std::printf("SAVED %s\n", qPrintable(draftId));
    std::fflush(stdout);
    // Mid-edit: keep typing until the parent kills this process.
    QTimer typing;
    QObject::connect(&typing, &QTimer::timeout, purpose, [purpose] { QTest::keyClick(purpose, Qt::Key_Period); });
    typing.start(50);
    return QApplication::exec();
}

} // namespace

class DraftRecoveryTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir dir;

private slots:
    void aDraftSurvivesKillNine()
    {
        if (qEnvironmentVariableIsEmpty("RATHAUS_REQUIRE_KEYRING"))
            QSKIP("needs the keyring both processes share (run through run-with-keyring.sh)");
        QVERIFY(dir.isValid());
        const QString dataDir = dir.filePath(QStringLiteral("data"));

        QProcess child;
        child.setProcessChannelMode(QProcess::SeparateChannels);
        child.setProcessEnvironment(QProcessEnvironment::systemEnvironment());
        child.start(QCoreApplication::applicationFilePath(), { QStringLiteral("--child"), dataDir });
        QVERIFY(child.waitForStarted());
        QByteArray output;
        QVERIFY(QTest::qWaitFor(
            [&] {
                output += child.readAllStandardOutput();
                return output.contains("SAVED") || child.state() == QProcess::NotRunning;
            },
            180000));
        QVERIFY2(output.contains("SAVED"),
                 qPrintable(QString::fromUtf8(output + child.readAllStandardError())));
        const QString draftId =
            QString::fromLatin1(output.mid(output.indexOf("SAVED ") + 6).trimmed().split('\n').first());
        QTest::qWait(300); // typing on
        child.kill(); // SIGKILL: no chance to save anything more
        QVERIFY(child.waitForFinished());
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);

        // The next start: the draft is on the start page and resumes.
        ui::DesktopApp app(optionsFor(dataDir));
        QVERIFY(signIn(app, QStringLiteral("erika")));
        auto *window = app.mainWindow();
        auto *drafts = window->findChild<QTreeWidget *>(QStringLiteral("draftsView"));
        QTRY_VERIFY(drafts->isVisible());
        QTreeWidgetItem *item = nullptr;
        for (int row = 0; row < drafts->topLevelItemCount(); ++row) {
            if (drafts->topLevelItem(row)->data(0, Qt::UserRole).toString() == draftId)
                item = drafts->topLevelItem(row);
        }
        QVERIFY(item);
        QCOMPARE(item->text(0), QStringLiteral("Meldebescheinigung"));
        drafts->setCurrentItem(item);
        QTest::mouseClick(window->findChild<QPushButton *>(QStringLiteral("resumeDraftButton")),
                          Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(pageName(app), QStringLiteral("applicationFormPage"), 30000);
        auto *purpose = window->findChild<QLineEdit *>(QStringLiteral("input_purpose"));
        QVERIFY(purpose->text().startsWith(typed));
        QVERIFY(window->findChild<QAbstractButton *>(QStringLiteral("option_type_erweitert"))
                    ->isChecked());

        // Max on the same computer sees none of Erika's drafts.
        app.session()->logout();
        QTRY_COMPARE(pageName(app), QStringLiteral("loginPage"));
        window->findChild<QLineEdit *>(QStringLiteral("usernameLineEdit"))->setText(QStringLiteral("max"));
        auto *password = window->findChild<QLineEdit *>(QStringLiteral("passwordLineEdit"));
        password->setText(QStringLiteral("rathaus-demo"));
        QTest::keyClick(password, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(pageName(app), QStringLiteral("homePage"), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(app.drafts()->hasOwner(), 30000);
        QVERIFY(app.drafts()->list().isEmpty());
        QVERIFY(!drafts->isVisible());
        QVERIFY(!app.drafts()->load(draftId).ok());
    }
};

int main(int argc, char *argv[])
{
    QApplication application(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("Rathaus"));
    QApplication::setApplicationName(QStringLiteral("rathaus-recovery-test"));
    if (argc >= 3 && qstrcmp(argv[1], "--child") == 0)
        return runChild(QString::fromLocal8Bit(argv[2]));
    DraftRecoveryTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_draftrecovery.moc"
