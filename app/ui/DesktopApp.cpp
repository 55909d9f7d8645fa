#include "app/ui/DesktopApp.h"

#include "app/client/ApiClient.h"
#include "app/client/AppSettings.h"
#include "app/client/EmbeddedBackend.h"
#include "app/client/KeychainSecretStore.h"
#include "app/client/LoggingCategories.h"
#include "app/client/ServiceCatalogueModel.h"
#include "app/client/Session.h"
#include "app/client/TransportPolicy.h"
#include "app/ui/LanguageManager.h"
#include "app/ui/LoginPage.h"
#include "app/ui/MainWindow.h"
#include "app/ui/ProblemText.h"

#include <QNetworkAccessManager>

namespace rathaus::ui {

DesktopApp::DesktopApp(StartupOptions options, client::SecretStore *secrets, QObject *parent)
    : QObject(parent), m_options(std::move(options)),
      m_settings(std::make_unique<client::AppSettings>()), m_language(new LanguageManager(this)),
      m_network(new QNetworkAccessManager(this)), m_api(new client::ApiClient(m_network, this)),
      m_secrets(secrets ? secrets : new client::KeychainSecretStore(this)),
      m_session(new client::Session(m_api, m_secrets, this)),
      m_catalogue(new client::ServiceCatalogueModel(this))
{
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

    MainWindow::Services services;
    services.api = m_api;
    services.session = m_session;
    services.catalogue = m_catalogue;
    services.settings = m_settings.get();
    services.language = m_language;
    m_window = std::make_unique<MainWindow>(services);
    connect(m_window.get(), &MainWindow::catalogueLoaded, this, [this] {
        m_catalogueShown = true;
        checkFirstData();
    });
}

DesktopApp::~DesktopApp()
{
    // The window goes first: its pages hold pointers to the client objects.
    m_window.reset();
}

void DesktopApp::start()
{
    QUrl backend = m_options.backendUrl;
    if (backend.isEmpty())
        backend = m_settings->backendUrl();
    m_demo = backend.isEmpty();
    m_window->setDemoMode(m_demo);
    m_window->show();

    if (m_demo) {
        m_session->setStoreKey(QStringLiteral("refresh-token/demo-city"));
        m_window->setBackendConnecting(QString());
        m_embedded = new client::EmbeddedBackend(this);
        connect(m_embedded, &client::EmbeddedBackend::ready, this, &DesktopApp::connectTo);
        connect(m_embedded, &client::EmbeddedBackend::failed, this, &DesktopApp::fail);
        m_embedded->start(m_options.dataDirectory);
        return;
    }

    const QString serverName = backend.host();
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
                    m_window->setBackendReady();
                    m_window->loadCatalogue();
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
