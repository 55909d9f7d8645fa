// The desktop program as a user meets it: started on the embedded demo city,
// driven through its widgets (found by object name), over real loopback HTTP.
#include "app/client/KeychainSecretStore.h"
#include "app/client/MemorySecretStore.h"
#include "app/client/Session.h"
#include "app/ui/DesktopApp.h"
#include "app/ui/MainWindow.h"
#include "app/ui/StartupOptions.h"
#include "common/crypto/Totp.h"

#include <QAbstractItemModel>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

#include <memory>
#include <optional>

using namespace rathaus;
using namespace std::chrono_literals;

class DesktopAppTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir dataDir;
    std::unique_ptr<ui::DesktopApp> app;
    client::KeychainSecretStore keychain;
    bool keychainAvailable = false;

    ui::MainWindow *window() const { return app->mainWindow(); }
    template<typename T> T *find(const char *name) const
    {
        T *widget = window()->findChild<T *>(QLatin1String(name));
        if (!widget)
            qWarning("no widget named %s", name);
        return widget;
    }
    QString currentPageName() const { return window()->currentPage()->objectName(); }

    client::SecretStore::Status storedTokenStatus()
    {
        std::optional<client::SecretStore::Outcome> outcome;
        keychain.read(app->session()->storeKey(), this,
                      [&](const client::SecretStore::Outcome &o) { outcome = o; });
        if (!QTest::qWaitFor([&] { return outcome.has_value(); }, 30000))
            return client::SecretStore::Status::Failed;
        return outcome->status;
    }

    void typeInto(const char *name, const QString &text)
    {
        auto *edit = find<QLineEdit>(name);
        QVERIFY(edit);
        edit->clear();
        QTest::keyClicks(edit, text);
    }

    void changeLanguage(const QString &language)
    {
        auto *settings = find<QAction>("settingsAction");
        QVERIFY(settings);
        settings->trigger();
        auto *dialog = window()->findChild<QDialog *>(QStringLiteral("settingsDialog"));
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        auto *combo = dialog->findChild<QComboBox *>(QStringLiteral("languageComboBox"));
        QVERIFY(combo);
        combo->setCurrentIndex(combo->findData(language));
        auto *ok = dialog->findChild<QPushButton *>(QStringLiteral("okButton"));
        QVERIFY(ok);
        QTest::mouseClick(ok, Qt::LeftButton);
        QTRY_VERIFY(!dialog->isVisible());
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(QStringLiteral("Rathaus"));
        QApplication::setApplicationName(QStringLiteral("rathaus-gui-test"));
        QVERIFY(dataDir.isValid());

        // Is there a keyring (run-with-keyring.sh)? Without one the keychain
        // checks are skipped, unless the wrapper promised one.
        std::optional<client::SecretStore::Outcome> probe;
        keychain.setRetryDelay(100ms);
        keychain.read(QStringLiteral("probe"), this,
                      [&](const client::SecretStore::Outcome &o) { probe = o; });
        QTRY_VERIFY_WITH_TIMEOUT(probe.has_value(), 30000);
        keychainAvailable = probe->status != client::SecretStore::Status::Unavailable;
        if (!keychainAvailable && qEnvironmentVariableIntValue("RATHAUS_REQUIRE_KEYRING"))
            QFAIL("a keyring was promised but is not available");

        ui::StartupOptions options;
        options.language = QStringLiteral("en");
        options.dataDirectory = dataDir.path();
        app = std::make_unique<ui::DesktopApp>(options);
        QSignalSpy firstData(app.get(), &ui::DesktopApp::firstDataShown);
        app->start();
        QVERIFY(app->isDemo());
        QTRY_VERIFY_WITH_TIMEOUT(firstData.size() == 1, 60000);
        QCOMPARE(currentPageName(), QStringLiteral("loginPage"));
    }

    void cleanupTestCase()
    {
        app.reset(); // stops the embedded backend and its thread
    }

    void demoBannerIsVisible()
    {
        auto *banner = find<QLabel>("demoBannerLabel");
        QVERIFY(banner);
        QVERIFY(banner->isVisible());
        QVERIFY(banner->text().startsWith(QLatin1String("Demo city: not a real authority")));
        QVERIFY(!banner->accessibleName().isEmpty());
    }

    void everyControlHasAnAccessibleName()
    {
        // What a screen reader announces: no control may be nameless.
        QStringList unnamed;
        const auto check = [&](QWidget *root) {
            for (QWidget *widget : root->findChildren<QWidget *>()) {
                const bool control = qobject_cast<QAbstractButton *>(widget) ||
                    qobject_cast<QLineEdit *>(widget) || qobject_cast<QComboBox *>(widget) ||
                    qobject_cast<QAbstractItemView *>(widget);
                if (!control || qobject_cast<QAbstractItemView *>(widget->parentWidget()))
                    continue;
                if (widget->objectName().startsWith(QLatin1String("qt_")))
                    continue; // Qt's own parts (scroll bar buttons, line edit clear action)
                QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
                if (!accessible || accessible->text(QAccessible::Name).trimmed().isEmpty())
                    unnamed << (QString::fromLatin1(widget->metaObject()->className()) +
                                QLatin1Char(' ') + widget->objectName());
            }
        };
        check(window());
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
    }

    void loginFormTabOrder()
    {
        // Where Tab goes: the next visible, enabled widget that takes tab focus.
        const auto nextTabStop = [](QWidget *from) {
            QWidget *widget = from->nextInFocusChain();
            while (widget != from &&
                   (!(widget->focusPolicy() & Qt::TabFocus) || !widget->isVisible() ||
                    !widget->isEnabled()))
                widget = widget->nextInFocusChain();
            return widget;
        };
        auto *username = find<QLineEdit>("usernameLineEdit");
        QCOMPARE(nextTabStop(username), find<QLineEdit>("passwordLineEdit"));
        QCOMPARE(nextTabStop(find<QLineEdit>("passwordLineEdit")),
                 find<QPushButton>("loginButton"));
    }

    void loginPageSpeaksTurkishAndArabic()
    {
        // Arabic mirrors the whole layout and is read right to left.
        changeLanguage(QStringLiteral("ar"));
        QTRY_COMPARE(QGuiApplication::layoutDirection(), Qt::RightToLeft);
        QCOMPARE(window()->layoutDirection(), Qt::RightToLeft);
        QTRY_COMPARE(
            find<QLabel>("loginTitleLabel")->text(),
            QStringLiteral("\u062a\u0633\u062c\u064a\u0644 \u0627\u0644\u062f\u062e\u0648\u0644"));
        QVERIFY(find<QLabel>("loginIntroLabel")
                    ->text()
                    .startsWith(QStringLiteral("\u0633\u062c\u0651\u0644")));
        QCOMPARE(QLocale().language(), QLocale::Arabic);

        changeLanguage(QStringLiteral("tr"));
        QTRY_COMPARE(QGuiApplication::layoutDirection(), Qt::LeftToRight);
        QCOMPARE(window()->layoutDirection(), Qt::LeftToRight);
        QTRY_COMPARE(find<QLabel>("loginTitleLabel")->text(), QStringLiteral("Oturum a\u00e7"));
        QCOMPARE(find<QAction>("settingsAction")->text(), QStringLiteral("A&yarlar"));

        // The settings offer every language by its own name.
        find<QAction>("settingsAction")->trigger();
        auto *dialog = window()->findChild<QDialog *>(QStringLiteral("settingsDialog"));
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        auto *combo = dialog->findChild<QComboBox *>(QStringLiteral("languageComboBox"));
        QStringList offered;
        for (int i = 0; i < combo->count(); ++i)
            offered << combo->itemText(i);
        QCOMPARE(offered,
                 (QStringList { QStringLiteral("Deutsch"), QStringLiteral("English"),
                                QStringLiteral("T\u00fcrk\u00e7e"),
                                QStringLiteral("\u0627\u0644\u0639\u0631\u0628\u064a\u0629") }));
        dialog->reject();
        QTRY_VERIFY(!dialog->isVisible());

        changeLanguage(QStringLiteral("en"));
        QTRY_COMPARE(find<QLabel>("loginTitleLabel")->text(), QStringLiteral("Sign in"));
    }

    void wrongPasswordShowsErrorAndKeepsUsername()
    {
        auto *error = find<QLabel>("errorLabel");
        QVERIFY(error && !error->isVisible());
        typeInto("usernameLineEdit", QStringLiteral("erika"));
        typeInto("passwordLineEdit", QStringLiteral("not-the-password"));
        QTest::mouseClick(find<QPushButton>("loginButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 20000);
        QVERIFY(error->text().contains(QLatin1String("not correct")));
        QCOMPARE(find<QLineEdit>("usernameLineEdit")->text(), QStringLiteral("erika"));
        QVERIFY(find<QLineEdit>("passwordLineEdit")->text().isEmpty());
        QVERIFY(find<QLineEdit>("totpLineEdit")->isHidden());
        QCOMPARE(currentPageName(), QStringLiteral("loginPage"));
    }

    void citizenLogsInWithEnterAndSeesGreeting()
    {
        typeInto("passwordLineEdit", QStringLiteral("rathaus-demo"));
        QTest::keyClick(find<QLineEdit>("passwordLineEdit"), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(currentPageName(), QStringLiteral("homePage"), 20000);
        QCOMPARE(find<QLabel>("greetingLabel")->text(),
                 QStringLiteral("Good day, Erika Mustermann"));
        QVERIFY(find<QAction>("logoutAction")->isVisible());
        if (keychainAvailable)
            QTRY_COMPARE_WITH_TIMEOUT(storedTokenStatus(), client::SecretStore::Status::Ok, 30000);
    }

    void searchFiltersTheCatalogue()
    {
        auto *list = find<QTreeView>("serviceListView");
        QVERIFY(list);
        QTRY_VERIFY(list->model()->rowCount() >= 6);
        typeInto("serviceSearchLineEdit", QStringLiteral("dog"));
        QTRY_COMPARE(list->model()->rowCount(), 1);
        QVERIFY(list->model()->index(0, 0).data().toString().contains(QLatin1String("dog"),
                                                                      Qt::CaseInsensitive));
        QVERIFY(find<QLabel>("catalogueStatusLabel")->text().contains(QLatin1String("1 of")));
        typeInto("serviceSearchLineEdit", QStringLiteral("zzz-no-such-service"));
        QTRY_COMPARE(list->model()->rowCount(), 0);
        typeInto("serviceSearchLineEdit", QStringLiteral("certificate"));
        QTRY_VERIFY(list->model()->rowCount() >= 1);
    }

    void openingAServiceShowsItsDetail()
    {
        typeInto("serviceSearchLineEdit", QStringLiteral("dog"));
        auto *list = find<QTreeView>("serviceListView");
        QTRY_COMPARE(list->model()->rowCount(), 1);
        const QString title = list->model()->index(0, 0).data().toString();
        QTest::keyClick(find<QLineEdit>("serviceSearchLineEdit"),
                        Qt::Key_Return); // one match: Enter opens it
        QTRY_COMPARE(currentPageName(), QStringLiteral("serviceDetailPage"));
        QCOMPARE(find<QLabel>("serviceTitleLabel")->text(), title);
        QTRY_VERIFY_WITH_TIMEOUT(!find<QLabel>("legalBasisValueLabel")->text().isEmpty(), 20000);
        QVERIFY(!find<QLabel>("descriptionLabel")->text().isEmpty());
        QVERIFY(find<QLabel>("requirementsLabel")->text().contains(QLatin1String("<li")));
        QCOMPARE(find<QLabel>("feeValueLabel")->text(), QStringLiteral("free of charge"));
        QVERIFY(
            find<QLabel>("processingTimeValueLabel")->text().startsWith(QLatin1String("about")));
        auto *apply = find<QPushButton>("applyButton");
        QVERIFY(apply->isEnabled()); // the details brought the form
        QVERIFY(!apply->accessibleDescription().isEmpty());

        QTest::mouseClick(find<QPushButton>("backButton"), Qt::LeftButton);
        QTRY_COMPARE(currentPageName(), QStringLiteral("homePage"));
    }

    void languageSwitchesAtRunTime()
    {
        changeLanguage(QStringLiteral("de"));
        QTRY_COMPARE(find<QLabel>("greetingLabel")->text(),
                     QStringLiteral("Guten Tag, Erika Mustermann"));
        QVERIFY(find<QLabel>("demoBannerLabel")
                    ->text()
                    .startsWith(QStringLiteral("Demo-Stadt: keine echte Behörde")));
        QCOMPARE(find<QAction>("logoutAction")->text(), QStringLiteral("&Abmelden"));
        auto *list = find<QTreeView>("serviceListView");
        QCOMPARE(list->model()->headerData(0, Qt::Horizontal).toString(),
                 QStringLiteral("Leistung"));
        QCOMPARE(list->model()->headerData(2, Qt::Horizontal).toString(), QStringLiteral("Gebühr"));
        typeInto("serviceSearchLineEdit", QStringLiteral("hund"));
        QTRY_COMPARE(list->model()->rowCount(), 1);
        QCOMPARE(list->model()->index(0, 2).data().toString(), QStringLiteral("kostenlos"));
        QVERIFY(list->model()->index(0, 3).data().toString().startsWith(QLatin1String("ca. ")));
        QCOMPARE(find<QLabel>("searchLabel")->text(), QStringLiteral("Leistungen &suchen"));

        changeLanguage(QStringLiteral("en"));
        QTRY_COMPARE(find<QLabel>("greetingLabel")->text(),
                     QStringLiteral("Good day, Erika Mustermann"));
        typeInto("serviceSearchLineEdit", QString());
    }

    void storedSessionResumesOnRestart()
    {
        if (!keychainAvailable)
            QSKIP("no keyring in this session");
        QTRY_COMPARE_WITH_TIMEOUT(storedTokenStatus(), client::SecretStore::Status::Ok, 30000);
        // Quit and start again on the same data: the refresh token in the
        // keychain brings the citizen straight back to the home page.
        ui::StartupOptions options;
        options.language = QStringLiteral("en");
        options.dataDirectory = dataDir.path();
        app.reset();
        app = std::make_unique<ui::DesktopApp>(options);
        QSignalSpy firstData(app.get(), &ui::DesktopApp::firstDataShown);
        app->start();
        QTRY_VERIFY_WITH_TIMEOUT(firstData.size() == 1, 60000);
        QTRY_COMPARE_WITH_TIMEOUT(currentPageName(), QStringLiteral("homePage"), 20000);
        QVERIFY(app->session()->isLoggedIn());
        QCOMPARE(find<QLabel>("greetingLabel")->text(),
                 QStringLiteral("Good day, Erika Mustermann"));
        find<QLineEdit>("usernameLineEdit")
            ->setText(QStringLiteral("erika")); // as typed before the restart
    }

    void logoutReturnsToLoginAndClearsKeychain()
    {
        QSignalSpy cleared(app->session(), &client::Session::storedSessionCleared);
        find<QAction>("logoutAction")->trigger();
        QTRY_COMPARE(currentPageName(), QStringLiteral("loginPage"));
        QVERIFY(!app->session()->isLoggedIn());
        QVERIFY(!find<QAction>("logoutAction")->isVisible());
        QCOMPARE(find<QLineEdit>("usernameLineEdit")->text(), QStringLiteral("erika"));
        QVERIFY(find<QLineEdit>("passwordLineEdit")->text().isEmpty());
        if (!keychainAvailable)
            QSKIP("no keyring in this session");
        QTRY_COMPARE_WITH_TIMEOUT(cleared.size(), 1, 30000);
        QCOMPARE(storedTokenStatus(), client::SecretStore::Status::NotFound);
    }

    void withoutKeychainTheUserIsToldOnce()
    {
        // A system without a keychain: the session lives in memory only, and
        // a notice (not a modal box) says so, once per run.
        auto *noKeychain = new client::MemorySecretStore;
        noKeychain->setUnavailable(true);
        ui::StartupOptions options;
        options.language = QStringLiteral("en");
        options.dataDirectory = dataDir.path();
        app.reset();
        app = std::make_unique<ui::DesktopApp>(options, noKeychain);
        noKeychain->setParent(app.get());
        QSignalSpy firstData(app.get(), &ui::DesktopApp::firstDataShown);
        app->start();
        QTRY_VERIFY_WITH_TIMEOUT(firstData.size() == 1, 60000);
        QCOMPARE(currentPageName(), QStringLiteral("loginPage"));
        auto *notice = find<QFrame>("keychainNoticeFrame");
        QVERIFY(notice && !notice->isVisible());

        for (int round = 0; round < 2; ++round) {
            typeInto("usernameLineEdit", QStringLiteral("max"));
            typeInto("passwordLineEdit", QStringLiteral("rathaus-demo"));
            QTest::mouseClick(find<QPushButton>("loginButton"), Qt::LeftButton);
            QTRY_COMPARE_WITH_TIMEOUT(currentPageName(), QStringLiteral("homePage"), 20000);
            if (round == 0) {
                QTRY_VERIFY(notice->isVisible());
                QVERIFY(find<QLabel>("keychainNoticeLabel")
                            ->text()
                            .contains(QLatin1String("keychain")));
                // One notice for both: the sign-in and the drafts last only this run.
                QTRY_VERIFY_WITH_TIMEOUT(
                    find<QLabel>("keychainNoticeLabel")->text().contains(QLatin1String("sign-in")) &&
                        find<QLabel>("keychainNoticeLabel")
                            ->text()
                            .contains(QLatin1String("unfinished applications")),
                    30000);
                QTest::mouseClick(find<QPushButton>("dismissNoticeButton"), Qt::LeftButton);
                QVERIFY(!notice->isVisible());
            } else {
                QTest::qWait(200);
                QVERIFY(!notice->isVisible()); // told once is enough
            }
            QVERIFY(app->session()->isLoggedIn());
            find<QAction>("logoutAction")->trigger();
            QTRY_COMPARE(currentPageName(), QStringLiteral("loginPage"));
        }
    }

    void staffLoginAsksForTheCodeAndLandsOnTheStaffPage()
    {
        typeInto("usernameLineEdit", QStringLiteral("sb.standesamt"));
        typeInto("passwordLineEdit", QStringLiteral("rathaus-demo"));
        QTest::mouseClick(find<QPushButton>("loginButton"), Qt::LeftButton);
        auto *code = find<QLineEdit>("totpLineEdit");
        QTRY_VERIFY_WITH_TIMEOUT(code->isVisible(), 20000);
        QCOMPARE(currentPageName(), QStringLiteral("loginPage"));
        QVERIFY(!find<QLabel>("errorLabel")->isVisible());
        QCOMPARE(find<QLineEdit>("passwordLineEdit")->text(), QStringLiteral("rathaus-demo"));

        const auto secret = base32::decode(QStringLiteral("JBSWY3DPEHPK3PXP"));
        QVERIFY(secret.has_value());
        const QString totp = Totp(*secret).code(QDateTime::currentSecsSinceEpoch());
        typeInto("totpLineEdit", totp);
        QTest::keyClick(code, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(currentPageName(), QStringLiteral("staffHomePage"), 20000);
        auto *name = find<QLabel>("staffNameLabel");
        QVERIFY(!name->text().isEmpty());
        QCOMPARE(find<QLabel>("staffRoleLabel")->text(), QStringLiteral("Caseworker"));
        const QString office = find<QLabel>("staffOfficeLabel")->text();
        QVERIFY(!office.isEmpty());
        QVERIFY2(office != QLatin1String("standesamt"), "the office's name, not its id");
        QVERIFY(find<QLabel>("staffGreetingLabel")->text().startsWith(QLatin1String("Good day, ")));

        find<QAction>("logoutAction")->trigger();
        QTRY_COMPARE(currentPageName(), QStringLiteral("loginPage"));
        QVERIFY(code->isHidden());
    }
};

QTEST_MAIN(DesktopAppTest)
#include "tst_desktopapp.moc"
