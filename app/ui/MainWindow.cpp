#include "app/ui/MainWindow.h"

#include "app/client/CatalogueApi.h"
#include "app/client/ServiceCatalogueModel.h"
#include "app/client/Session.h"
#include "app/client/UploadQueue.h"
#include "app/ui/ApplicationFormPage.h"
#include "app/ui/FeedbackDialog.h"
#include "app/ui/HomePage.h"
#include "app/ui/LanguageManager.h"
#include "app/ui/LoginPage.h"
#include "app/ui/ServiceDetailPage.h"
#include "app/ui/SettingsDialog.h"
#include "app/ui/StaffHomePage.h"
#include "app/ui/cockpit/CockpitPage.h"

#include <QEvent>
#include <QIcon>
#include <QLabel>
#include <QMessageBox>
#include <QSizePolicy>
#include <QStatusBar>

#include "ui_MainWindow.h"

namespace rathaus::ui {

MainWindow::MainWindow(const Services &services, QWidget *parent)
    : QMainWindow(parent), ui(std::make_unique<Ui::MainWindow>()), m_services(services)
{
    ui->setupUi(this);

    m_loginPage = new LoginPage(services.session, this);
    m_loginPage->setObjectName(QStringLiteral("loginPage"));
    m_homePage = new HomePage(services.catalogue, this);
    m_homePage->setObjectName(QStringLiteral("homePage"));
    m_detailPage = new ServiceDetailPage(services.api, services.catalogue, this);
    m_detailPage->setObjectName(QStringLiteral("serviceDetailPage"));
    m_staffPage = new StaffHomePage(services.catalogue, this);
    m_staffPage->setObjectName(QStringLiteral("staffHomePage"));
    m_formPage = new ApplicationFormPage(services.catalogue, this);
    m_formPage->setObjectName(QStringLiteral("applicationFormPage"));
    m_uploads = new client::UploadQueue(services.session, this);
    m_formPage->setUploadQueue(m_uploads);
    m_cockpitPage = new CockpitPage(services.session, services.catalogue, this);
    m_cockpitPage->setObjectName(QStringLiteral("cockpitPage"));
    for (QWidget *page :
         { static_cast<QWidget *>(m_loginPage), static_cast<QWidget *>(m_homePage),
           static_cast<QWidget *>(m_detailPage), static_cast<QWidget *>(m_staffPage),
           static_cast<QWidget *>(m_formPage), static_cast<QWidget *>(m_cockpitPage) })
        ui->pageStack->addWidget(page);
    m_settingsDialog = new SettingsDialog(services.settings, services.language, this);

    // Toolbar: the program's name on the left, the user and actions on the right.
    m_titleLabel = new QLabel(this);
    m_titleLabel->setObjectName(QStringLiteral("appTitleLabel"));
    m_titleLabel->setTextFormat(Qt::PlainText);
    auto *spacer = new QWidget(this);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_userLabel = new QLabel(this);
    m_userLabel->setObjectName(QStringLiteral("userLabel"));
    m_userLabel->setTextFormat(Qt::PlainText);
    ui->mainToolBar->addWidget(m_titleLabel);
    ui->mainToolBar->addWidget(spacer);
    ui->mainToolBar->addWidget(m_userLabel);
    ui->settingsAction->setIcon(QIcon(QStringLiteral(":/icons/settings.svg")));
    ui->logoutAction->setIcon(QIcon(QStringLiteral(":/icons/logout.svg")));
    ui->settingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    ui->logoutAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    // The data cockpit: one click from everywhere once a citizen is signed in.
    m_cockpitAction = new QAction(this);
    m_cockpitAction->setObjectName(QStringLiteral("cockpitAction"));
    m_cockpitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    ui->mainToolBar->addAction(m_cockpitAction);
    ui->mainToolBar->addAction(ui->feedbackAction);
    ui->mainToolBar->addAction(ui->settingsAction);
    ui->mainToolBar->addAction(ui->logoutAction);
    ui->mainToolBar->setContextMenuPolicy(Qt::PreventContextMenu);

    ui->keychainNoticeFrame->hide();
    ui->demoBannerLabel->hide();

    connect(ui->settingsAction, &QAction::triggered, this, &MainWindow::openSettings);
    connect(ui->feedbackAction, &QAction::triggered, this,
            [this] { openFeedback(QString(), QString()); });
    connect(m_detailPage, &ServiceDetailPage::feedbackRequested, this, &MainWindow::openFeedback);
    connect(ui->logoutAction, &QAction::triggered, services.session, &client::Session::logout);
    connect(ui->dismissNoticeButton, &QPushButton::clicked, ui->keychainNoticeFrame,
            &QWidget::hide);
    connect(services.session, &client::Session::loggedIn, this, &MainWindow::onLoggedIn);
    connect(services.session, &client::Session::loggedOut, this, &MainWindow::onLoggedOut);
    connect(services.session, &client::Session::expired, this, [this] {
        m_sessionExpired = true;
        onLoggedOut();
    });
    connect(services.session, &client::Session::keychainUnavailable, this,
            &MainWindow::showKeychainNotice);
    connect(m_homePage, &HomePage::serviceRequested, this, [this](const QString &id) {
        m_detailPage->showService(id);
        showPage(m_detailPage);
    });
    connect(m_homePage, &HomePage::retryRequested, this, &MainWindow::loadCatalogue);
    connect(m_cockpitAction, &QAction::triggered, this, &MainWindow::openCockpit);
    connect(m_cockpitPage, &CockpitPage::backRequested, this, [this] {
        showPage(m_homePage);
        m_homePage->focusSearch();
    });
    connect(m_cockpitPage, &CockpitPage::pendingRequestsChanged, this, &MainWindow::retranslate);
    connect(m_detailPage, &ServiceDetailPage::backRequested, this, [this] {
        showPage(m_homePage);
        m_homePage->focusSearch();
    });

    connect(m_detailPage, &ServiceDetailPage::applyRequested, this,
            [this](const ServiceDetail &service) {
                m_formPage->start(service);
                showPage(m_formPage);
            });
    connect(m_formPage, &ApplicationFormPage::backRequested, this,
            [this] { showPage(m_detailPage); });
    connect(m_formPage, &ApplicationFormPage::submitRequested, this,
            &MainWindow::showSubmissionNotice);

    showPage(m_loginPage);
    retranslate();
}

MainWindow::~MainWindow() = default;

void MainWindow::openCockpit()
{
    if (!m_services.session->isLoggedIn() || m_services.session->user().isStaff())
        return;
    m_cockpitPage->open(m_cockpitPage->pendingRequests() > 0 ? CockpitPage::RequestsSectionIndex
                                                             : CockpitPage::RecordsSectionIndex);
    showPage(m_cockpitPage);
}

QWidget *MainWindow::currentPage() const
{
    return ui->pageStack->currentWidget();
}

void MainWindow::setDemoMode(bool demo)
{
    m_demo = demo;
    ui->demoBannerLabel->setVisible(demo);
    retranslate();
}

void MainWindow::setBackendConnecting(const QString &serverName)
{
    m_serverName = serverName;
    m_loginPage->setConnection(LoginPage::Connection::Connecting, serverName, m_demo);
}

void MainWindow::setBackendReady()
{
    m_loginPage->setConnection(LoginPage::Connection::Ready, m_serverName, m_demo);
}

void MainWindow::setBackendFailed(const QString &message)
{
    m_loginPage->setConnection(LoginPage::Connection::Failed, m_serverName, m_demo, message);
    m_homePage->setCatalogueState(HomePage::CatalogueState::Failed,
                                  Problem::make(0, QStringLiteral("unreachable"), message));
}

void MainWindow::loadCatalogue()
{
    m_homePage->setCatalogueState(HomePage::CatalogueState::Loading);
    const quint64 request = ++m_catalogueRequest;
    client::CatalogueApi(m_services.api)
        .fetchCatalogue(this, [this, request](const Result<client::Catalogue> &result) {
            if (request != m_catalogueRequest)
                return;
            if (!result.ok()) {
                m_homePage->setCatalogueState(HomePage::CatalogueState::Failed, result.problem());
                return;
            }
            m_services.catalogue->setCatalogue(result.value());
            m_homePage->setCatalogueState(HomePage::CatalogueState::Ready);
            emit catalogueLoaded();
        });
}

void MainWindow::showPage(QWidget *page)
{
    ui->pageStack->setCurrentWidget(page);
}

void MainWindow::onLoggedIn(const UserInfo &user)
{
    m_sessionExpired = false;
    if (user.isStaff()) {
        m_staffPage->setUser(user);
        showPage(m_staffPage);
    } else {
        m_homePage->setUser(user);
        m_cockpitPage->setUser(user);
        showPage(m_homePage);
        m_homePage->focusSearch();
    }
    retranslate();
}

void MainWindow::onLoggedOut()
{
    m_loginPage->reset();
    m_homePage->setUser({});
    m_staffPage->setUser({});
    m_uploads->cancelAll();
    m_formPage->reset(); // nothing of one citizen's answers for the next
    m_cockpitPage->clear(); // nor of their records and log
    showPage(m_loginPage);
    m_loginPage->focusFirstField();
    retranslate();
}

void MainWindow::openFeedback(const QString &serviceId, const QString &serviceTitle)
{
    if (!m_feedbackDialog) {
        m_feedbackDialog = new FeedbackDialog(m_services.session, this);
        m_feedbackDialog->setObjectName(QStringLiteral("feedbackDialog"));
    }
    m_feedbackDialog->start(serviceId, serviceTitle);
    m_feedbackDialog->open();
}

void MainWindow::showKeychainNotice()
{
    // Told once per run (Session emits once): a notice, not a modal box, so
    // nothing interrupts the user's work.
    ui->keychainNoticeFrame->show();
    retranslate();
}

void MainWindow::showSubmissionNotice()
{
    // TODO(submission): send the application (idempotent, outbox) instead.
    // Window-modal and not blocking: the form and its answers stay as they are.
    auto *box = new QMessageBox(QMessageBox::Information, tr("Not sent yet"),
                                tr("Online submission is coming in the next version of Rathaus."),
                                QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("submissionNoticeBox"));
    box->setInformativeText(tr("Nothing is lost: your answers stay in the form as long as "
                               "Rathaus is open and you are signed in."));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    box->open();
}

void MainWindow::openSettings()
{
    m_settingsDialog->load();
    m_settingsDialog->open();
}

void MainWindow::retranslate()
{
    const bool loggedIn = m_services.session->isLoggedIn();
    setWindowTitle(m_demo ? tr("Rathaus – Demo city") : tr("Rathaus"));
    m_titleLabel->setText(m_demo ? tr("Rathaus · Demo city") : tr("Rathaus"));
    m_userLabel->setText(loggedIn ? m_services.session->user().displayName : QString());
    m_userLabel->setVisible(loggedIn);
    ui->logoutAction->setVisible(loggedIn);
    const bool citizen = loggedIn && !m_services.session->user().isStaff();
    const int pending = m_cockpitPage->pendingRequests();
    m_cockpitAction->setVisible(citizen);
    m_cockpitAction->setEnabled(citizen);
    m_cockpitAction->setText(pending > 0 ? tr("My &data (%1)").arg(pending) : tr("My &data"));
    m_cockpitAction->setToolTip(
        pending > 0 ? tr("%n request(s) to pass on your data wait for your decision", nullptr,
                         pending)
                    : tr("What the city knows about you, and who has seen it"));
    ui->logoutAction->setEnabled(loggedIn);
    ui->feedbackAction->setVisible(citizen);
    ui->feedbackAction->setEnabled(citizen);
    ui->keychainNoticeLabel->setText(
        tr("This computer has no keychain that Rathaus can use, so your sign-in is kept only while "
           "Rathaus is open. The next time you start Rathaus, please sign in again."));
    if (m_sessionExpired && !loggedIn)
        statusBar()->showMessage(tr("Your session has ended. Please sign in again."), 10000);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        retranslate();
    }
    QMainWindow::changeEvent(event);
}

} // namespace rathaus::ui
