#pragma once

#include "app/ui/StartupOptions.h"
#include "common/wire/Session.h"

#include <QObject>

#include <memory>

class QNetworkAccessManager;

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
    // (for example one that behaves like a system without a keychain).
    explicit DesktopApp(StartupOptions options, client::SecretStore *secrets = nullptr,
                        QObject *parent = nullptr);
    ~DesktopApp() override;

    void start();

    MainWindow *mainWindow() const { return m_window.get(); }
    client::Session *session() const { return m_session; }
    client::ApiClient *api() const { return m_api; }
    LanguageManager *language() const { return m_language; }
    client::DraftStore *drafts() const { return m_drafts.get(); }
    client::Outbox *outbox() const { return m_outbox; }
    bool isDemo() const { return m_demo; }

signals:
    // The window shows data: the backend answered, the catalogue is loaded
    // and a stored session was resumed or found absent. (--probe-startup)
    void firstDataShown();
    // The backend could not be reached or started; the window says why.
    void backendFailed(const QString &message);

private:
    void connectTo(const QUrl &baseUrl);
    void checkFirstData();
    void fail(const QString &message);
    void openDrafts(const UserInfo &user);
    void closeDrafts();
    QString dataDirectory() const;

    StartupOptions m_options;
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
    bool m_demo = false;
    bool m_catalogueShown = false;
    bool m_resumeSettled = false;
    bool m_firstDataReported = false;
};

} // namespace rathaus::ui
