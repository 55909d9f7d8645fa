#pragma once

#include "app/ui/StartupOptions.h"
#include "common/wire/Session.h"

#include <QObject>

#include <memory>

class QNetworkAccessManager;
class QTemporaryDir;

namespace rathaus::client {
class ApiClient;
class AppSettings;
class ApplicationsApi;
class DraftKeyring;
class DraftStore;
class Outbox;
class EmbeddedBackend;
class SecretStore;
class ServiceCatalogueModel;
class Session;
} // namespace rathaus::client

namespace rathaus::ui {

class KioskShell;
class LanguageManager;
class MainWindow;

// The composition root of the desktop program: builds the client objects and
// the window, chooses the backend (command line, settings, else the embedded
// demo city) and the language, and resumes a stored session. main() and the
// GUI tests start the program through it.
class DesktopApp : public QObject
{
    Q_OBJECT
public:
    // `secrets` null: the system keychain. Tests pass a store of their own
    // (for example one that behaves like a system without a keychain). In
    // kiosk mode the program keeps its secrets in memory and `secrets` is unused.
    explicit DesktopApp(StartupOptions options, client::SecretStore *secrets = nullptr,
                        QObject *parent = nullptr);
    ~DesktopApp() override;

    void start();

    MainWindow *mainWindow() const { return m_window.get(); }
    client::Session *session() const { return m_session; }
    client::SecretStore *secrets() const { return m_secrets; }
    client::ApiClient *api() const { return m_api; }
    LanguageManager *language() const { return m_language; }
    client::DraftStore *drafts() const { return m_drafts.get(); }
    client::Outbox *outbox() const { return m_outbox; }
    bool isDemo() const { return m_demo; }
    // Kiosk mode only (else null): inactivity, the countdown, the window's frame.
    KioskShell *kiosk() const { return m_kiosk; }

signals:
    // The window shows data: the backend answered, the catalogue is loaded
    // and a stored session was resumed or found absent. (--probe-startup)
    void firstDataShown();
    // The backend could not be reached or started; the window says why.
    void backendFailed(const QString &message);
    // Kiosk: the person is gone and nothing of them remains; mainWindow()
    // is a new window now.
    void kioskReset();

private:
    void connectTo(const QUrl &baseUrl);
    void checkFirstData();
    void fail(const QString &message);
    void openDrafts(const UserInfo &user);
    void closeDrafts();
    QString dataDirectory() const;
    void buildWindow();
    void resetForNextPerson();

    StartupOptions m_options;
    // Kiosk: every QSettings of the user (ours, Qt's file dialog's) goes to
    // a folder that is emptied after each person and removed at exit.
    std::unique_ptr<QTemporaryDir> m_settingsSandbox;
    std::unique_ptr<client::AppSettings> m_settings;
    LanguageManager *m_language;
    QNetworkAccessManager *m_network;
    client::ApiClient *m_api;
    client::SecretStore *m_secrets;
    client::Session *m_session;
    client::ServiceCatalogueModel *m_catalogue;
    std::unique_ptr<client::ApplicationsApi> m_applications;
    std::unique_ptr<client::DraftStore> m_drafts;
    client::DraftKeyring *m_keyring;
    client::Outbox *m_outbox;
    QString m_accountScope; // which backend the user ids belong to
    quint64 m_draftsGeneration = 0;
    client::EmbeddedBackend *m_embedded = nullptr;
    std::unique_ptr<MainWindow> m_window;
    KioskShell *m_kiosk = nullptr;
    QString m_serverName;
    QString m_failure; // the backend failed: why
    bool m_backendReady = false;
    QString m_cityName; // as the backend names it, for every new window

    bool m_demo = false;
    bool m_catalogueShown = false;
    bool m_resumeSettled = false;
    bool m_firstDataReported = false;
};

} // namespace rathaus::ui
