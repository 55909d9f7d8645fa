// The citizens' office kiosk (rathaus --kiosk) against a real backend over
// loopback: the person leaves, the countdown runs out, and nothing of them
// remains - not on the server (the token is dead), not on disk, not in any
// widget or the clipboard. Staff are sent to their own desks.
#include "app/client/DraftStore.h"
#include "app/client/MemorySecretStore.h"
#include "app/client/Session.h"
#include "app/ui/ApplicationFormPage.h"
#include "app/ui/DesktopApp.h"
#include "app/ui/HomePage.h"
#include "app/ui/MainWindow.h"
#include "app/ui/StartupOptions.h"
#include "app/ui/kiosk/CountdownDialog.h"
#include "app/ui/kiosk/KioskShell.h"
#include "tests/support/TestBackend.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QClipboard>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>

#include <memory>

using namespace rathaus;

class KioskTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestBackend> backend;
    std::unique_ptr<QTemporaryDir> tempRoot; // TMPDIR of the kiosk
    std::unique_ptr<QTemporaryDir> dataDir;
    std::unique_ptr<ui::DesktopApp> app;
    QByteArray savedTmpDir;
    struct Sent
    {
        QString path;
        QByteArray bearer;
    };
    QList<Sent> sent; // every request the kiosk made, with its token

    ui::MainWindow *window() const { return app->mainWindow(); }
    template<typename T> T *find(const QString &name) const
    {
        T *widget = window()->findChild<T *>(name);
        if (!widget)
            qWarning("no widget named %s", qPrintable(name));
        return widget;
    }
    QString currentPageName() const { return window()->currentPage()->objectName(); }

    void startKiosk(int idleSeconds, int countdownSeconds)
    {
        ui::StartupOptions options;
        options.language = QStringLiteral("de");
        options.backendUrl = QUrl(backend->http().baseUrl());
        options.dataDirectory = dataDir->path();
        options.kiosk = true;
        options.kioskIdleSeconds = idleSeconds;
        options.kioskCountdownSeconds = countdownSeconds;
        app = std::make_unique<ui::DesktopApp>(options);
        auto *network = app->findChild<QNetworkAccessManager *>();
        QVERIFY(network);
        connect(network, &QNetworkAccessManager::finished, this, [this](QNetworkReply *reply) {
            const QByteArray authorization = reply->request().rawHeader("Authorization");
            sent.append({ reply->url().path(), authorization.mid(7) }); // "Bearer "
        });
        QSignalSpy firstData(app.get(), &ui::DesktopApp::firstDataShown);
        app->start();
        QTRY_VERIFY_WITH_TIMEOUT(firstData.size() == 1, 60000);
    }

    void signIn(const QString &username)
    {
        QTRY_COMPARE(currentPageName(), QStringLiteral("loginPage"));
        auto *user = find<QLineEdit>(QStringLiteral("usernameLineEdit"));
        QTest::keyClicks(user, username);
        auto *password = find<QLineEdit>(QStringLiteral("passwordLineEdit"));
        QTest::keyClicks(password, QStringLiteral("rathaus-demo"));
        QTest::keyClick(password, Qt::Key_Return);
    }

    QByteArray lastBearer() const
    {
        for (auto it = sent.crbegin(); it != sent.crend(); ++it) {
            if (!it->bearer.isEmpty())
                return it->bearer;
        }
        return {};
    }

    static QStringList filesUnder(const QString &path)
    {
        QStringList files;
        QDirIterator it(path, QDir::Files | QDir::Hidden | QDir::System,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next();
        return files;
    }

    // Every text a person could have left in the program's widgets.
    static QStringList textsLeft()
    {
        QStringList left;
        for (QWidget *widget : QApplication::allWidgets()) {
            QString text;
            if (auto *line = qobject_cast<QLineEdit *>(widget)) {
                // A spin box's own line shows its default number, no one's input.
                if (!qobject_cast<QAbstractSpinBox *>(widget->parentWidget()))
                    text = line->text();
            } else if (auto *edit = qobject_cast<QTextEdit *>(widget)) {
                text = edit->toPlainText();
            } else if (auto *plain = qobject_cast<QPlainTextEdit *>(widget)) {
                text = plain->toPlainText();
            }
            if (!text.isEmpty())
                left << widget->objectName() + QStringLiteral(": ") + text;
        }
        return left;
    }

    static QStringList widgetsNaming(const QString &needle)
    {
        QStringList found;
        for (QWidget *widget : QApplication::allWidgets()) {
            QString text;
            if (auto *label = qobject_cast<QLabel *>(widget))
                text = label->text();
            else if (auto *button = qobject_cast<QAbstractButton *>(widget))
                text = button->text();
            if (text.contains(needle))
                found << widget->objectName();
        }
        return found;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(QStringLiteral("Rathaus"));
        QApplication::setApplicationName(QStringLiteral("rathaus-kiosk-test"));
        backend = std::make_unique<test::TestBackend>();
        QVERIFY2(backend->start(), qPrintable(backend->error()));
        savedTmpDir = qgetenv("TMPDIR");
    }

    void init()
    {
        sent.clear();
        tempRoot = std::make_unique<QTemporaryDir>();
        dataDir = std::make_unique<QTemporaryDir>();
        QVERIFY(tempRoot->isValid() && dataDir->isValid());
        // Whatever the kiosk puts in "the" temporary folder lands here.
        qputenv("TMPDIR", tempRoot->path().toLocal8Bit());
    }

    void cleanup()
    {
        app.reset();
        if (savedTmpDir.isNull())
            qunsetenv("TMPDIR");
        else
            qputenv("TMPDIR", savedTmpDir);
        dataDir.reset();
        tempRoot.reset();
    }

    void cleanupTestCase() { backend.reset(); }

    void fullScreenFramelessAndNotClosable()
    {
        startKiosk(120, 20);
        QVERIFY(window()->windowState() & Qt::WindowFullScreen);
        QVERIFY(window()->windowFlags() & Qt::FramelessWindowHint);
        QVERIFY(!window()->close()); // Alt+F4, the window manager: refused
        QVERIFY(window()->isVisible());
        QVERIFY(qobject_cast<client::MemorySecretStore *>(app->secrets()));
        QVERIFY(app->session()->isCitizensOnly());
        QVERIFY(!find<QAction>(QStringLiteral("settingsAction"))->isVisible());
    }

    void idleSignsOutAndLeavesNothing()
    {
        startKiosk(1, 1);
        signIn(QStringLiteral("erika"));
        QTRY_COMPARE_WITH_TIMEOUT(currentPageName(), QStringLiteral("homePage"), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(app->drafts()->hasOwner(), 30000);
        // "Abmelden" in words, in sight.
        auto *logout = find<QAbstractButton>(QStringLiteral("kioskLogoutButton"));
        QVERIFY(logout && logout->isVisible());
        QCOMPARE(logout->text(), QStringLiteral("Abmelden"));

        // She starts an application and copies what she typed.
        emit window()->homePage()->serviceRequested(QStringLiteral("geburtsurkunde"));
        QTRY_COMPARE(currentPageName(), QStringLiteral("serviceDetailPage"));
        auto *apply = find<QPushButton>(QStringLiteral("applyButton"));
        QTRY_VERIFY_WITH_TIMEOUT(apply->isEnabled(), 20000);
        QTest::mouseClick(apply, Qt::LeftButton);
        QTRY_COMPARE(currentPageName(), QStringLiteral("applicationFormPage"));
        auto *name = find<QLineEdit>(QStringLiteral("input_name"));
        QVERIFY(name);
        QTest::keyClicks(name, QStringLiteral("Erika Gabler"));
        QTest::keyClick(name, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(name, Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("Erika Gabler"));
        const QByteArray token = lastBearer();
        QVERIFY(!token.isEmpty());
        QCOMPARE(
            backend->http().get(QStringLiteral("/api/v1/me"), QString::fromLatin1(token)).status,
            200);
        const QPointer<QWidget> oldWindow = window();

        // She leaves: the countdown, then the sign-out.
        QSignalSpy reset(app.get(), &ui::DesktopApp::kioskReset);
        QTRY_VERIFY_WITH_TIMEOUT(
            app->kiosk()->countdown() && app->kiosk()->countdown()->isVisible(), 30000);
        QVERIFY(app->session()->isLoggedIn());
        QVERIFY(reset.wait(30000));
        QVERIFY(!app->session()->isLoggedIn());

        // On the server: the session is revoked, the old token is refused.
        QTRY_COMPARE_WITH_TIMEOUT(
            backend->http().get(QStringLiteral("/api/v1/me"), QString::fromLatin1(token)).status,
            401, 20000);
        // On disk: nothing, neither in the data folder nor the temporary one.
        QCOMPARE(filesUnder(dataDir->path()), QStringList());
        QCOMPARE(filesUnder(tempRoot->path()), QStringList());
        // In memory: no secret (refresh token, draft key), no draft.
        auto *secrets = qobject_cast<client::MemorySecretStore *>(app->secrets());
        QVERIFY(secrets && secrets->isEmpty());
        QVERIFY(!app->drafts()->hasOwner());
        // On screen: a new window at the sign-in page; no text in any field
        // of any widget of the program, her name nowhere.
        QVERIFY(oldWindow.isNull());
        QCOMPARE(currentPageName(), QStringLiteral("loginPage"));
        QCOMPARE(textsLeft(), QStringList());
        QCOMPARE(widgetsNaming(QStringLiteral("Mustermann")), QStringList());
        QCOMPARE(widgetsNaming(QStringLiteral("Gabler")), QStringList());
        QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
        QVERIFY(window()->windowState() & Qt::WindowFullScreen);

        // The next person can sign in as usual.
        signIn(QStringLiteral("erika"));
        QTRY_COMPARE_WITH_TIMEOUT(currentPageName(), QStringLiteral("homePage"), 20000);
    }

    void keyPressDuringTheCountdownKeepsTheSession()
    {
        startKiosk(1, 30);
        signIn(QStringLiteral("erika"));
        QTRY_COMPARE_WITH_TIMEOUT(currentPageName(), QStringLiteral("homePage"), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(app->kiosk()->countdown()->isVisible(), 30000);
        const QByteArray token = lastBearer();
        QVERIFY(!token.isEmpty());
        QTest::keyClick(app->kiosk()->countdown(), Qt::Key_Shift);
        QVERIFY(!app->kiosk()->countdown()->isVisible());
        QVERIFY(app->session()->isLoggedIn());
        QCOMPARE(currentPageName(), QStringLiteral("homePage"));
        QCOMPARE(
            backend->http().get(QStringLiteral("/api/v1/me"), QString::fromLatin1(token)).status,
            200);
        // Idle again later: the count starts over from the full time.
        QTRY_VERIFY_WITH_TIMEOUT(app->kiosk()->countdown()->isVisible(), 30000);
        QVERIFY(app->kiosk()->countdown()->remainingSeconds() > 20);
        // "Weiter benutzen" keeps it as well.
        auto *continueButton = app->kiosk()->countdown()->findChild<QPushButton *>(
            QStringLiteral("kioskContinueButton"));
        QCOMPARE(continueButton->text(), QStringLiteral("Weiter benutzen"));
        QTest::mouseClick(continueButton, Qt::LeftButton);
        QVERIFY(!app->kiosk()->countdown()->isVisible());
        QVERIFY(app->session()->isLoggedIn());
    }

    void staffAreRefused()
    {
        startKiosk(120, 20);
        signIn(QStringLiteral("sb.verkehr"));
        auto *code = find<QLineEdit>(QStringLiteral("totpLineEdit"));
        QTRY_VERIFY_WITH_TIMEOUT(code->isVisible(), 20000);
        QTest::keyClicks(code, backend->staffTotp());
        QTest::keyClick(code, Qt::Key_Return);
        auto *error = find<QLabel>(QStringLiteral("errorLabel"));
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 20000);
        QCOMPARE(error->text(),
                 QStringLiteral("Mitarbeiterkonten können sich an diesem Kiosk nicht anmelden: er "
                                "ist für Bürgerinnen und Bürger da. Bitte nutzen Sie Rathaus an "
                                "Ihrem Arbeitsplatz."));
        QVERIFY(!app->session()->isLoggedIn());
        QCOMPARE(currentPageName(), QStringLiteral("loginPage"));
        QCOMPARE(textsLeft(), QStringList());
        // What the server issued was revoked at once.
        QByteArray revoked;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (const Sent &request : sent) {
                    if (request.path.endsWith(QLatin1String("/auth/logout")))
                        revoked = request.bearer;
                }
                return !revoked.isEmpty();
            }(),
            20000);
        QCOMPARE(
            backend->http().get(QStringLiteral("/api/v1/me"), QString::fromLatin1(revoked)).status,
            401);
    }

    void typedAtTheSignInPageIsClearedWhenIdle()
    {
        startKiosk(1, 20);
        QSignalSpy reset(app.get(), &ui::DesktopApp::kioskReset);
        QTest::keyClicks(find<QLineEdit>(QStringLiteral("usernameLineEdit")),
                         QStringLiteral("erika"));
        QVERIFY(reset.wait(30000));
        QCOMPARE(find<QLineEdit>(QStringLiteral("usernameLineEdit"))->text(), QString());
        QCOMPARE(textsLeft(), QStringList());
    }
};

QTEST_MAIN(KioskTest)
#include "tst_kiosk.moc"
