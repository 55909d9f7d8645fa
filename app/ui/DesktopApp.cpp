#include "app/ui/DesktopApp.h"

#include "app/client/ApiClient.h"
#include "app/client/AppSettings.h"
#include "app/client/ApplicationsApi.h"
#include "app/client/DraftKeyring.h"
#include "app/client/DraftStore.h"
#include "app/client/EmbeddedBackend.h"
#include "app/client/KeychainSecretStore.h"
#include "app/client/LoggingCategories.h"
#include "app/client/MemorySecretStore.h"
#include "app/client/Outbox.h"
#include "app/client/ServiceCatalogueModel.h"
#include "app/client/Session.h"
#include "app/client/TransportPolicy.h"
#include "app/ui/LanguageManager.h"
#include "app/ui/LoginPage.h"
#include "app/ui/MainWindow.h"
#include "app/ui/ProblemText.h"
#include "app/ui/kiosk/KioskPolicy.h"
#include "app/ui/kiosk/KioskShell.h"

#include <QClipboard>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QNetworkAccessManager>
#include <QNetworkCookieJar>
#include <QNetworkInformation>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace rathaus::ui {

namespace {

// Kiosk: the user's settings of this process (Rathaus's and Qt's own, such as
// the file dialog's last folder) go to a private temporary folder. The
// office's configuration in the system scope (/etc/xdg) is still read.
std::unique_ptr<QTemporaryDir> sandboxUserSettings(bool kiosk)
{
    if (!kiosk)
        return nullptr;
    auto folder = std::make_unique<QTemporaryDir>();
    if (!folder->isValid())
        qCWarning(lcUi) << "kiosk: no temporary folder for settings";
    for (const QSettings::Format format : { QSettings::NativeFormat, QSettings::IniFormat })
        QSettings::setPath(format, QSettings::UserScope, folder->path());
    return folder;
}

void emptyFolder(const QString &path)
{
    QDirIterator entries(path, QDir::AllEntries | QDir::Hidden | QDir::System |
                             QDir::NoDotAndDotDot);
    while (entries.hasNext()) {
        const QFileInfo entry(entries.next());
        if (entry.isDir() && !entry.isSymLink())
            QDir(entry.filePath()).removeRecursively();
        else
            QFile::remove(entry.filePath());
    }
}

} // namespace

DesktopApp::DesktopApp(StartupOptions options, client::SecretStore *secrets, QObject *parent)
    : QObject(parent), m_options(std::move(options)),
      m_settingsSandbox(sandboxUserSettings(m_options.kiosk)),
      m_settings(std::make_unique<client::AppSettings>()), m_language(new LanguageManager(this)),
      m_network(new QNetworkAccessManager(this)), m_api(new client::ApiClient(m_network, this)),
      m_secrets(m_options.kiosk ? new client::MemorySecretStore(this)
                    : secrets  ? secrets
                               : new client::KeychainSecretStore(this)),
      m_session(new client::Session(m_api, m_secrets, this)),
      m_catalogue(new client::ServiceCatalogueModel(this)),
      m_applications(std::make_unique<client::ApplicationsApi>(m_session)),
      // At a kiosk the drafts never touch the disk: an in-memory database
      // (still sealed with the account's key), emptied after each person.
      m_drafts(std::make_unique<client::DraftStore>(
          m_options.kiosk ? QStringLiteral(":memory:")
                          : QDir(dataDirectory()).filePath(QStringLiteral("drafts.sqlite")))),
      m_keyring(new client::DraftKeyring(m_secrets, this)),
      m_outbox(new client::Outbox(m_drafts.get(), m_applications.get(), this))
{
    KioskPolicy::setActive(m_options.kiosk);
    m_session->setCitizensOnly(m_options.kiosk);

    // Only what the user chose is stored; the language follows the system until then.
    QString language = m_options.language;
    if (language.isEmpty())
        language = m_settings->language();
    if (language.isEmpty())
        language = LanguageManager::systemLanguage();
    m_language->setLanguage(language);
    m_catalogue->setLanguage(m_language->language());
    connect(m_language, &LanguageManager::languageChanged, m_catalogue,
            &client::ServiceCatalogueModel::setLanguage);

    if (m_options.kiosk) {
        m_kiosk = new KioskShell(m_session, m_options.kioskIdleSeconds,
                                 m_options.kioskCountdownSeconds, this);
        // Queued: the sign-out may come from a button of the window replaced.
        connect(m_kiosk, &KioskShell::resetRequested, this, &DesktopApp::resetForNextPerson,
                Qt::QueuedConnection);
    }
    buildWindow();
    // After the window's own connections: on sign-out the form saves its
    // draft first, then the drafts close.
    connect(m_session, &client::Session::loggedIn, this, &DesktopApp::openDrafts);
    connect(m_session, &client::Session::loggedOut, this, &DesktopApp::closeDrafts);
    connect(m_session, &client::Session::expired, this, &DesktopApp::closeDrafts);
}

void DesktopApp::buildWindow()
{
    MainWindow::Services services;
    services.api = m_api;
    services.session = m_session;
    services.catalogue = m_catalogue;
    services.settings = m_settings.get();
    services.language = m_language;
    services.applications = m_applications.get();
    services.drafts = m_drafts.get();
    services.outbox = m_outbox;
    services.kiosk = m_options.kiosk;
    m_window = std::make_unique<MainWindow>(services);
    connect(m_window.get(), &MainWindow::catalogueLoaded, this, [this] {
        m_catalogueShown = true;
        checkFirstData();
    });
    if (m_kiosk)
        m_kiosk->attach(m_window.get());
}

void DesktopApp::resetForNextPerson()
{
    if (m_session->isLoggedIn())
        return; // someone signed in meanwhile (the reset was queued)
    qCInfo(lcUi) << "kiosk: clearing everything of the last person";
    // A new window: no text in any field, no undo history, no model, no
    // dialog of the last person. The old one goes first (its form saves a
    // draft on the way out), then what it saved is wiped.
    std::unique_ptr<MainWindow> old = std::move(m_window);
    buildWindow();
    m_window->setDemoMode(m_demo);
    m_window->setBackendConnecting(m_serverName);
    if (!m_failure.isEmpty()) {
        m_window->setBackendFailed(m_failure);
    } else if (m_backendReady) {
        m_window->setCityName(m_cityName);
        m_window->setBackendReady();
        m_window->loadCatalogue();
    }
    m_kiosk->showWindow();
    old.reset();
    m_window->loginPage()->focusFirstField();

    closeDrafts();
    m_drafts->wipe();
    static_cast<client::MemorySecretStore *>(m_secrets)->clear();
    m_network->clearAccessCache(); // HTTP auth and connections of the last person
    m_network->setCookieJar(new QNetworkCookieJar(m_network));
    if (QClipboard *clipboard = QGuiApplication::clipboard()) {
        clipboard->clear(QClipboard::Clipboard);
        if (clipboard->supportsSelection())
            clipboard->clear(QClipboard::Selection);
    }
    if (m_settingsSandbox && m_settingsSandbox->isValid())
        emptyFolder(m_settingsSandbox->path());
    emit kioskReset();
}

DesktopApp::~DesktopApp()
{
    // The window goes first: its pages hold pointers to the client objects
    // (and the form saves its draft on the way out).
    m_window.reset();
    m_outbox->setActive(false);
    if (m_options.kiosk) {
        if (QClipboard *clipboard = QGuiApplication::clipboard())
            clipboard->clear(QClipboard::Clipboard);
    }
}

QString DesktopApp::dataDirectory() const
{
    return m_options.dataDirectory.isEmpty()
        ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        : m_options.dataDirectory;
}

void DesktopApp::openDrafts(const UserInfo &user)
{
    closeDrafts();
    if (user.isStaff())
        return; // staff file no applications
    if (!m_drafts->isOpen()) {
        QString error;
        if (!m_drafts->open(&error)) {
            qCWarning(lcUi) << "drafts unavailable:" << error;
            return;
        }
    }
    // Drafts belong to one account of one backend: ids of two cities may meet.
    const QString account = m_accountScope + QLatin1Char('/') + user.id;
    const quint64 generation = ++m_draftsGeneration;
    m_keyring->fetchKey(account, this,
                        [this, account, generation](const QByteArray &key, bool persistent) {
                            if (generation != m_draftsGeneration)
                                return; // signed out (or in as another) meanwhile
                            m_drafts->setOwner(account, key);
                            m_outbox->setActive(true);
                            m_window->setDraftsReady(persistent);
                        });
}

void DesktopApp::closeDrafts()
{
    ++m_draftsGeneration;
    m_outbox->setActive(false);
    m_drafts->clearOwner();
}

void DesktopApp::start()
{
    QUrl backend = m_options.backendUrl;
    if (backend.isEmpty())
        backend = m_settings->backendUrl();
    m_demo = backend.isEmpty();
    m_window->setDemoMode(m_demo);
    if (m_kiosk)
        m_kiosk->showWindow();
    else
        m_window->show();

    // The outbox tries again as soon as the system says the network is back.
    if (QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability)) {
        connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged,
                m_outbox, [this](QNetworkInformation::Reachability reachability) {
                    if (reachability == QNetworkInformation::Reachability::Online ||
                        reachability == QNetworkInformation::Reachability::Local)
                        m_outbox->deliverAll();
                });
    }

    if (m_demo) {
        m_accountScope = QStringLiteral("demo-city");
        m_session->setStoreKey(QStringLiteral("refresh-token/demo-city"));
        m_window->setBackendConnecting(QString());
        m_embedded = new client::EmbeddedBackend(this);
        connect(m_embedded, &client::EmbeddedBackend::ready, this, &DesktopApp::connectTo);
        connect(m_embedded, &client::EmbeddedBackend::failed, this, &DesktopApp::fail);
        m_embedded->start(m_options.dataDirectory);
        return;
    }

    const QString serverName = backend.host();
    m_serverName = serverName;
    m_accountScope = backend.authority();
    m_session->setStoreKey(QStringLiteral("refresh-token/") + backend.authority());
    m_window->setBackendConnecting(serverName);
    if (auto refusal = client::TransportPolicy::check(backend)) {
        // Asynchronous like every other outcome, so listeners connected after start() hear it.
        QMetaObject::invokeMethod(
            this, [this, message = ProblemText::forUser(*refusal)] { fail(message); },
            Qt::QueuedConnection);
        return;
    }
    connectTo(backend);
}

void DesktopApp::connectTo(const QUrl &baseUrl)
{
    m_api->setBaseUrl(baseUrl);
    m_api->send(client::ApiRequest::get(QStringLiteral("/health")), this,
                [this](const client::ApiResult &result) {
                    if (!result.ok()) {
                        fail(ProblemText::forUser(result.problem()));
                        return;
                    }
                    m_cityName = result.value()
                                     .json.object()
                                     .value(QLatin1String("city_name"))
                                     .toString()
                                     .trimmed();
                    m_window->setCityName(m_cityName);
                    m_backendReady = true;
                    m_window->setBackendReady();
                    m_window->loadCatalogue();
                    m_outbox->deliverAll(); // the backend answers: what waits goes out
                    m_session->resume(this, [this](bool resumed) {
                        qCInfo(lcUi) << (resumed ? "stored session resumed" : "no stored session");
                        m_resumeSettled = true;
                        if (!resumed)
                            m_window->loginPage()->focusFirstField();
                        checkFirstData();
                    });
                });
}

void DesktopApp::fail(const QString &message)
{
    m_failure = message;
    m_window->setBackendFailed(message);
    emit backendFailed(message);
}

void DesktopApp::checkFirstData()
{
    if (m_firstDataReported || !m_catalogueShown || !m_resumeSettled)
        return;
    m_firstDataReported = true;
    emit firstDataShown();
}

} // namespace rathaus::ui
