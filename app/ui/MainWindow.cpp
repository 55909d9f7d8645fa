#include "app/ui/MainWindow.h"

#include "app/client/ApplicationListModel.h"
#include "app/client/CatalogueApi.h"
#include "app/client/ApiClient.h"
#include "app/client/AppSettings.h"
#include "app/client/ApplicationsApi.h"
#include "app/client/DraftStore.h"
#include "app/client/EventFeed.h"
#include "app/client/Outbox.h"
#include "app/client/ServiceCatalogueModel.h"
#include "app/client/Session.h"
#include "app/client/StatusText.h"
#include "app/client/UploadQueue.h"
#include "app/ui/ApplicationDetailPage.h"
#include "app/ui/ApplicationFormPage.h"
#include "app/ui/applications/DocumentPanel.h"
#include "app/ui/applications/MessagesPanel.h"
#include "app/ui/applications/PaymentPanel.h"
#include "app/ui/FeedbackDialog.h"
#include "app/ui/HomePage.h"
#include "app/ui/LanguageManager.h"
#include "app/ui/LoginPage.h"
#include "app/ui/MyApplicationsPage.h"
#include "app/ui/ProblemText.h"
#include "app/ui/ServiceDetailPage.h"
#include "app/ui/SettingsDialog.h"
#include "app/ui/StaffHomePage.h"
#include "app/ui/cockpit/CockpitPage.h"
#include "app/ui/SubmissionResultPage.h"

#include <QCryptographicHash>
#include <QEvent>
#include <QIcon>
#include <QLabel>
#include <QMessageBox>
#include <QSettings>
#include <QSizePolicy>
#include <QSystemTrayIcon>
#include <QStatusBar>
#include <QToolButton>

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
    m_staffPage = new StaffHomePage(services.session, services.catalogue, services.settings, this);
    m_staffPage->setObjectName(QStringLiteral("staffHomePage"));
    m_formPage = new ApplicationFormPage(services.catalogue, services.drafts, this);
    m_formPage->setObjectName(QStringLiteral("applicationFormPage"));
    m_uploads = new client::UploadQueue(services.session, this);
    m_formPage->setUploadQueue(m_uploads);
    m_cockpitPage = new CockpitPage(services.session, services.catalogue, this);
    m_cockpitPage->setObjectName(QStringLiteral("cockpitPage"));
    m_resultPage = new SubmissionResultPage(services.session, this);
    m_resultPage->setObjectName(QStringLiteral("submissionResultPage"));
    m_applicationList =
        new client::ApplicationListModel(services.applications, services.catalogue, this);
    m_applicationsPage = new MyApplicationsPage(m_applicationList, this);
    m_applicationsPage->setObjectName(QStringLiteral("myApplicationsPage"));
    m_applicationPage = new ApplicationDetailPage(services.api, services.applications,
                                                  services.catalogue, this);
    m_applicationPage->setObjectName(QStringLiteral("applicationDetailPage"));
    // The fee (pay, receipt) and the issued documents of the application shown.
    m_paymentPanel = new PaymentPanel(services.session, this);
    m_documentPanel = new DocumentPanel(services.session, this);
    m_messagesPanel = new MessagesPanel(services.session, this);
    m_messagesPanel->setUploadQueue(m_uploads);
    m_applicationPage->addSection(m_messagesPanel);
    m_applicationPage->addSection(m_paymentPanel);
    m_applicationPage->addSection(m_documentPanel);
    // What changes on the server while the citizen is signed in.
    m_eventFeed = new client::EventFeed(services.session, this);
    client::AppSettings *settings = services.kiosk ? nullptr : services.settings;
    if (settings) {
        // Per city and user: user ids repeat across backends (every demo city
        // has the same erika), and a cursor from another city's feed would
        // skip this one's events until its numbers caught up.
        client::ApiClient *api = services.api;
        const auto key = [api](const QString &userId) {
            const QByteArray city =
                QCryptographicHash::hash(api->baseUrl().toString().toUtf8(),
                                         QCryptographicHash::Sha256)
                    .toHex()
                    .left(16);
            return QStringLiteral("events/") + QString::fromLatin1(city) + QLatin1Char('-') +
                userId + QStringLiteral("/since");
        };
        m_eventFeed->setCursorStore(
            { [settings, key](const QString &userId) {
                 return settings->store().value(key(userId), -1).toLongLong();
             },
              [settings, key](const QString &userId, qint64 since) {
                  settings->store().setValue(key(userId), since);
              } });
    }
    connect(m_eventFeed, &client::EventFeed::event, this, &MainWindow::onFeedEvent);
    for (QWidget *page :
         { static_cast<QWidget *>(m_loginPage), static_cast<QWidget *>(m_homePage),
           static_cast<QWidget *>(m_detailPage), static_cast<QWidget *>(m_staffPage),
           static_cast<QWidget *>(m_formPage), static_cast<QWidget *>(m_resultPage),
           static_cast<QWidget *>(m_applicationsPage),
           static_cast<QWidget *>(m_applicationPage),
           static_cast<QWidget *>(m_cockpitPage) })
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
    ui->homeAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Home));
    ui->myApplicationsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    ui->mainToolBar->addAction(ui->homeAction);
    ui->mainToolBar->addAction(ui->myApplicationsAction);
    m_userLabelAction = ui->mainToolBar->addWidget(m_userLabel);
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
    // Settings and sign-out are known by their icons (their names stay in the
    // tooltip and the accessible name): with a citizen's five places to go the
    // toolbar must still fit the default window width.
    for (QAction *action : { ui->settingsAction, ui->logoutAction }) {
        if (auto *button = qobject_cast<QToolButton *>(ui->mainToolBar->widgetForAction(action)))
            button->setToolButtonStyle(Qt::ToolButtonIconOnly);
    }
    if (services.kiosk) {
        // At a kiosk the way out is spelled out, large, on every page; the
        // settings (server, language kept) belong to the office, not the citizen.
        if (auto *button =
                qobject_cast<QToolButton *>(ui->mainToolBar->widgetForAction(ui->logoutAction))) {
            button->setObjectName(QStringLiteral("kioskLogoutButton"));
            button->setToolButtonStyle(Qt::ToolButtonTextOnly); // the blue icon vanishes on blue
        }
        ui->mainToolBar->setMovable(false);
        ui->mainToolBar->toggleViewAction()->setEnabled(false);
    }

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
    connect(services.session, &client::Session::keychainUnavailable, this, [this] {
        m_sessionNotKept = true;
        showKeychainNotice();
    });
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
    connect(m_formPage, &ApplicationFormPage::submitRequested, this, &MainWindow::submit);

    connect(ui->homeAction, &QAction::triggered, this, &MainWindow::showHome);
    connect(ui->myApplicationsAction, &QAction::triggered, this, &MainWindow::openApplications);
    connect(m_homePage, &HomePage::applicationsRequested, this, &MainWindow::openApplications);
    connect(m_homePage, &HomePage::draftResumeRequested, this, &MainWindow::resumeDraft);
    connect(m_homePage, &HomePage::draftDiscardRequested, this, &MainWindow::discardDraft);
    connect(m_resultPage, &SubmissionResultPage::homeRequested, this, &MainWindow::showHome);
    connect(m_resultPage, &SubmissionResultPage::applicationsRequested, this,
            &MainWindow::openApplications);
    connect(m_applicationsPage, &MyApplicationsPage::backRequested, this, &MainWindow::showHome);
    connect(m_applicationsPage, &MyApplicationsPage::applicationRequested, this,
            [this](const QString &id) {
                m_applicationPage->showApplication(id);
                showPage(m_applicationPage);
            });
    connect(m_applicationPage, &ApplicationDetailPage::backRequested, this, [this] {
        showPage(m_applicationsPage);
        m_applicationsPage->focusList();
    });
    connect(m_applicationPage, &ApplicationDetailPage::applicationShown, this,
            [this](const ApplicationDetail &application) {
                const QString language = m_services.catalogue->language();
                const QString city = printoutCityName();
                m_paymentPanel->setCityName(city);
                m_paymentPanel->setLanguage(language);
                m_paymentPanel->setApplication(application);
                QHash<QString, QString> titles;
                if (const ServiceSummary *service =
                        m_services.catalogue->service(application.summary.serviceId))
                    titles.insert(service->id, service->title.in(language));
                m_documentPanel->setCityName(city);
                m_documentPanel->setLanguage(language);
                m_documentPanel->setTypeTitles(titles);
                m_documentPanel->setDocuments(application.documents);
                m_messagesPanel->setApplication(application);
            });
    // Read: the list's "new message" marker goes.
    connect(m_messagesPanel, &MessagesPanel::threadRead, this, [this](const QString &id) {
        if (const auto &shown = m_applicationPage->application(); shown && shown->summary.id == id &&
            shown->summary.unreadMessages > 0) {
            ApplicationSummary summary = shown->summary;
            summary.unreadMessages = 0;
            m_applicationList->updateApplication(summary);
        }
    });
    // Answered: the case went back to the office; show it (and its thread) as it is now.
    connect(m_messagesPanel, &MessagesPanel::questionAnswered, this, [this](const QString &id) {
        if (m_applicationPage->application() && m_applicationPage->application()->summary.id == id)
            m_applicationPage->showApplication(id);
    });
    // Paid: the application moved on (submitted); show it as it is now.
    connect(m_paymentPanel, &PaymentPanel::paymentSettled, this, [this](const Payment &payment) {
        if (hasSucceeded(payment.status) && m_applicationPage->application())
            m_applicationPage->showApplication(m_applicationPage->application()->summary.id);
    });
    connect(m_applicationPage, &ApplicationDetailPage::applicationChanged, m_applicationList,
            &client::ApplicationListModel::updateApplication);
    connect(services.outbox, &client::Outbox::delivered, this, &MainWindow::onDelivered);
    connect(services.outbox, &client::Outbox::waiting, this, &MainWindow::onWaiting);
    connect(services.outbox, &client::Outbox::rejected, this, &MainWindow::onRejected);
    connect(services.outbox, &client::Outbox::pendingChanged, this, [this](int count) {
        m_homePage->setOutboxCount(count);
        m_applicationsPage->setOutboxCount(count);
    });

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

QString MainWindow::printoutCityName() const
{
    // A backend that names no city (an older one, or none configured): a
    // neutral word rather than "127.0.0.1".
    if (!m_cityName.isEmpty())
        return m_cityName;
    return m_demo ? tr("Demo city") : tr("City administration");
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

void MainWindow::setDraftsReady(bool persistent)
{
    if (!persistent && !m_draftsNotKept) {
        m_draftsNotKept = true;
        showKeychainNotice();
    }
    refreshDrafts();
}

void MainWindow::refreshDrafts()
{
    if (!m_services.drafts->hasOwner()) {
        m_homePage->setDrafts({});
        m_homePage->setOutboxCount(0);
        m_applicationsPage->setOutboxCount(0);
        return;
    }
    m_homePage->setDrafts(m_services.drafts->list());
    const int waiting = m_services.outbox->pendingCount();
    m_homePage->setOutboxCount(waiting);
    m_applicationsPage->setOutboxCount(waiting);
}

void MainWindow::showHome()
{
    if (!m_services.session->isLoggedIn() || m_services.session->user().isStaff())
        return;
    refreshDrafts();
    showPage(m_homePage);
    m_homePage->focusSearch();
}

void MainWindow::openApplications()
{
    if (!m_services.session->isLoggedIn() || m_services.session->user().isStaff())
        return;
    refreshDrafts();
    m_services.outbox->deliverAll(); // the citizen looks: a good moment to try again
    m_applicationsPage->reload();
    showPage(m_applicationsPage);
    m_applicationsPage->focusList();
}

QString MainWindow::serviceTitle(const QString &serviceId) const
{
    if (const ServiceSummary *service = m_services.catalogue->service(serviceId))
        return service->title.in(m_services.catalogue->language());
    return serviceId;
}

void MainWindow::submit(const client::Draft &draft)
{
    client::Draft queued = draft;
    m_submittingDraftId = draft.id;
    m_submittingServiceId = draft.serviceId;
    if (auto problem = m_services.outbox->enqueue(queued)) {
        // Not even stored: the form keeps everything; say why.
        m_submittingDraftId.clear();
        client::Draft editing = draft;
        editing.notice = ProblemText::forUser(*problem);
        m_formPage->showRefusal(editing, *problem);
    }
}

void MainWindow::onDelivered(const QString &draftId, const ApplicationSummary &application)
{
    refreshDrafts();
    if (currentPage() == m_applicationsPage)
        m_applicationsPage->reload();
    if (draftId != m_submittingDraftId) {
        //: A submission that waited in the outbox has gone out
        statusBar()->showMessage(
            tr("Your application was sent: %1").arg(application.reference), 15000);
        return;
    }
    m_submittingDraftId.clear();
    m_formPage->reset();
    const ServiceSummary *service = m_services.catalogue->service(application.serviceId);
    m_resultPage->setReceiptContext(printoutCityName(), m_services.catalogue->language());
    m_resultPage->showFiled(application, serviceTitle(application.serviceId),
                            service ? service->processingDays : 0);
    showPage(m_resultPage);
}

void MainWindow::onWaiting(const QString &draftId, const Problem &problem)
{
    if (draftId != m_submittingDraftId)
        return; // it keeps waiting; the home page says so
    m_submittingDraftId.clear();
    m_formPage->reset();
    refreshDrafts();
    m_resultPage->showQueued(serviceTitle(m_submittingServiceId), problem);
    showPage(m_resultPage);
}

void MainWindow::onRejected(const QString &draftId, const Problem &problem)
{
    if (draftId != m_submittingDraftId) {
        refreshDrafts();
        statusBar()->showMessage(tr("An application that waited to be sent was refused by the "
                                    "city's server. Open it from your unfinished applications "
                                    "to see why."),
                                 20000);
        return;
    }
    m_submittingDraftId.clear();
    const Result<client::Draft> draft = m_services.drafts->load(draftId);
    client::Draft reopened = draft.ok() ? draft.value() : client::Draft {};
    if (!draft.ok()) {
        reopened.id = draftId;
        reopened.notice = ProblemText::forUser(problem);
    }
    m_formPage->showRefusal(reopened, problem);
}

void MainWindow::resumeDraft(const QString &draftId)
{
    const Result<client::Draft> draft = m_services.drafts->load(draftId);
    if (!draft.ok()) {
        statusBar()->showMessage(ProblemText::forUser(draft.problem()), 15000);
        refreshDrafts();
        return;
    }
    const client::Draft loaded = draft.value();
    client::CatalogueApi(m_services.api)
        .fetchService(loaded.serviceId, this, [this, loaded](const Result<ServiceDetail> &service) {
            if (!service.ok()) {
                statusBar()->showMessage(ProblemText::forUser(service.problem()), 15000);
                return;
            }
            m_detailPage->showService(loaded.serviceId); // "back" leads there
            m_formPage->resume(service.value(), loaded);
            showPage(m_formPage);
        });
}

void MainWindow::discardDraft(const QString &draftId)
{
    if (m_formPage->draftId() == draftId)
        m_formPage->reset();
    m_services.drafts->remove(draftId);
    refreshDrafts();
    statusBar()->showMessage(tr("The draft was discarded."), 8000);
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
        m_eventFeed->start();
        refreshDrafts();
        showPage(m_homePage);
        m_homePage->focusSearch();
    }
    retranslate();
}

void MainWindow::onLoggedOut()
{
    m_loginPage->reset();
    m_eventFeed->stop();
    m_homePage->setUser({});
    m_staffPage->setUser({});
    m_uploads->cancelAll();
    m_paymentPanel->clear();
    m_documentPanel->clear();
    m_messagesPanel->clear();
    m_formPage->reset(); // saved as a draft; nothing of it stays in the widgets
    m_submittingDraftId.clear();
    m_applicationList->clear();
    m_homePage->setDrafts({});
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
    // At a kiosk the page greets the person; the toolbar needs the room for
    // the large buttons and "Abmelden" (it must never fall off the edge).
    m_userLabelAction->setVisible(loggedIn && !m_services.kiosk);
    ui->logoutAction->setVisible(loggedIn);
    const bool citizen = loggedIn && !m_services.session->user().isStaff();
    const int pending = m_cockpitPage->pendingRequests();
    m_cockpitAction->setVisible(citizen);
    m_cockpitAction->setEnabled(citizen);
    m_cockpitAction->setText(pending > 0 ? tr("My &data (%1)").arg(pending) : tr("My &data"));
    m_cockpitAction->setToolTip(
        pending > 0
            ? tr("%n request(s) to pass on your data wait for your decision", nullptr, pending)
            : tr("What the city knows about you, and who has seen it"));
    ui->logoutAction->setEnabled(loggedIn);
    if (m_services.kiosk) {
        ui->settingsAction->setVisible(false);
        ui->settingsAction->setEnabled(false);
        ui->logoutAction->setText(tr("Sign out"));
    }
    ui->homeAction->setVisible(citizen);
    ui->myApplicationsAction->setVisible(citizen);
    ui->feedbackAction->setVisible(citizen);
    ui->feedbackAction->setEnabled(citizen);
    QString notice;
    if (m_sessionNotKept || !m_draftsNotKept)
        notice = tr("This computer has no keychain that Rathaus can use, so your sign-in is kept "
                    "only while Rathaus is open. The next time you start Rathaus, please sign in "
                    "again.");
    if (m_draftsNotKept) {
        const QString drafts =
            tr("Without a keychain, unfinished applications cannot be kept safely either: they "
               "are kept only until Rathaus is closed. Submit them before you quit.");
        notice = m_sessionNotKept ? notice + QLatin1Char(' ') + drafts
                                  : tr("This computer has no keychain that Rathaus can use.") +
                QLatin1Char(' ') + drafts;
    }
    ui->keychainNoticeLabel->setText(notice);
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

void MainWindow::onFeedEvent(const client::FeedEvent &event)
{
    if (event.kind == QLatin1String("transfer_requested") ||
        event.kind == QLatin1String("transfer_changed"))
        m_cockpitPage->refreshRequests();
    if (!event.applicationId.isEmpty()) {
        const auto &shown = m_applicationPage->application();
        const bool open = shown && shown->summary.id == event.applicationId;
        if (open && currentPage() == m_applicationPage) {
            if (event.kind == QLatin1String("message_received"))
                m_messagesPanel->reload();
            else
                m_applicationPage->showApplication(event.applicationId);
        }
        if (m_applicationList->rowCount() > 0 || currentPage() == m_applicationsPage)
            m_applicationList->refresh(); // in place: the selection and scroll position stay
    }
    static const QStringList told { QStringLiteral("message_received"),
                                    QStringLiteral("status_changed"),
                                    QStringLiteral("document_issued"),
                                    QStringLiteral("transfer_requested") };
    if (!told.contains(event.kind))
        return;
    const QString reference = event.payload.value(QStringLiteral("reference")).toString();
    if (!reference.isEmpty() || event.applicationId.isEmpty()) {
        notifyUser(event, reference);
        return;
    }
    // Messages carry no reference: the application knows it.
    m_services.applications->detail(event.applicationId, this,
                                    [this, event](const Result<ApplicationDetail> &result) {
                                        notifyUser(event, result.ok()
                                                       ? result.value().summary.reference
                                                       : QString());
                                    });
}

void MainWindow::notifyUser(const client::FeedEvent &event, const QString &reference)
{
    if (!m_services.session->isLoggedIn())
        return;
    const QString officeName = m_services.catalogue->officeName(
        event.payload.value(QStringLiteral("office_id")).toString());
    const QString about = reference.isEmpty() ? tr("your application") : reference;
    QString text;
    if (event.kind == QLatin1String("message_received")) {
        text = officeName.isEmpty() ? tr("New message from the office about %1").arg(about)
                                    : tr("New message from %1 about %2").arg(officeName, about);
    } else if (event.kind == QLatin1String("status_changed")) {
        const QString to = event.payload.value(QStringLiteral("to")).toString();
        text = to == QLatin1String("info_requested")
            ? tr("The office has a question about %1").arg(about)
            : to.isEmpty()
            ? tr("The status of %1 changed").arg(about)
            //: %1 the reference, %2 the new status in words ("Approved")
            : tr("New status of %1: %2").arg(about, client::StatusText::applicationLabel(to));
    } else if (event.kind == QLatin1String("document_issued")) {
        text = tr("A document was issued for %1").arg(about);
    } else {
        // Who asks whom, for which case: enough to decide whether to look now.
        const QString to = m_services.catalogue->officeName(
            event.payload.value(QStringLiteral("to_office_id")).toString());
        const QString from = m_services.catalogue->officeName(
            event.payload.value(QStringLiteral("from_office_id")).toString());
        text = to.isEmpty() || from.isEmpty()
            ? tr("An office asks to receive your data. See \"My data\".")
            : tr("%1 asks to receive your data from %2 for %3. Please decide in \"My data\".")
                  .arg(to, from, about);
    }
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        if (!m_trayIcon) {
            m_trayIcon = new QSystemTrayIcon(windowIcon(), this);
            m_trayIcon->setToolTip(tr("Rathaus"));
            connect(m_trayIcon, &QSystemTrayIcon::messageClicked, this, [this] {
                showNormal();
                raise();
                activateWindow();
            });
        }
        m_trayIcon->show();
        m_trayIcon->showMessage(tr("Rathaus"), text);
    } else {
        statusBar()->showMessage(text, 15000);
    }
    emit userNotified(text);
}

} // namespace rathaus::ui
