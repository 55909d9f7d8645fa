#pragma once

#include "common/core/Problem.h"
#include "common/wire/Application.h"
#include "common/wire/Session.h"

#include <QMainWindow>

#include <memory>

namespace Ui {
class MainWindow;
}

class QAction;
class QLabel;
class QSystemTrayIcon;

namespace rathaus::client {
class ApiClient;
class AppSettings;
class ApplicationListModel;
class ApplicationsApi;
class EventFeed;
struct FeedEvent;
class DraftStore;
class Outbox;
struct Draft;
class ServiceCatalogueModel;
class Session;
class UploadQueue;
} // namespace rathaus::client

namespace rathaus::ui {

class ApplicationDetailPage;
class DocumentPanel;
class MessagesPanel;
class PaymentPanel;
class ApplicationFormPage;
class FeedbackDialog;
class CockpitPage;
class HomePage;
class MyApplicationsPage;
class SubmissionResultPage;
class LanguageManager;
class LoginPage;
class ServiceDetailPage;
class SettingsDialog;
class StaffHomePage;

// The window: toolbar (settings, sign out), the demo banner in embedded mode,
// a one-time notice when no keychain keeps the session, and a stack of pages
// that follows the session (sign-in, citizen home, service detail, application
// form, staff).
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    struct Services
    {
        client::ApiClient *api = nullptr;
        client::Session *session = nullptr;
        client::ServiceCatalogueModel *catalogue = nullptr;
        client::AppSettings *settings = nullptr;
        LanguageManager *language = nullptr;
        client::ApplicationsApi *applications = nullptr;
        client::DraftStore *drafts = nullptr;
        client::Outbox *outbox = nullptr;
        // The citizens' office kiosk: no settings, no feed position kept,
        // "Sign out" always in sight (KioskShell does the rest).
        bool kiosk = false;
    };

    explicit MainWindow(const Services &services, QWidget *parent = nullptr);
    ~MainWindow() override;

    void setDemoMode(bool demo);
    void setBackendConnecting(const QString &serverName);
    void setBackendReady();
    // The city's name as the backend gives it (GET /health `city_name`).
    void setCityName(const QString &name) { m_cityName = name; }
    // The issuer printed on receipts and documents: the backend's city name,
    // never the address the client reaches it at.
    QString printoutCityName() const;
    void setBackendFailed(const QString &message);
    // Fetches offices and services (public: no sign-in needed).
    void loadCatalogue();
    // The signed-in citizen's drafts can be read now; `persistent` false:
    // their key is in memory only (no keychain), and the citizen is told.
    void setDraftsReady(bool persistent);
    // Shows the drafts and the outbox as they are in the store.
    void refreshDrafts();

    LoginPage *loginPage() const { return m_loginPage; }
    HomePage *homePage() const { return m_homePage; }
    ServiceDetailPage *serviceDetailPage() const { return m_detailPage; }
    StaffHomePage *staffHomePage() const { return m_staffPage; }
    ApplicationFormPage *applicationFormPage() const { return m_formPage; }
    CockpitPage *cockpitPage() const { return m_cockpitPage; }
    // Opens the data cockpit ("My data"; toolbar action cockpitAction).
    void openCockpit();
    SubmissionResultPage *submissionResultPage() const { return m_resultPage; }
    MyApplicationsPage *myApplicationsPage() const { return m_applicationsPage; }
    ApplicationDetailPage *applicationDetailPage() const { return m_applicationPage; }
    client::ApplicationListModel *applicationListModel() const { return m_applicationList; }
    client::EventFeed *eventFeed() const { return m_eventFeed; }
    SettingsDialog *settingsDialog() const { return m_settingsDialog; }
    // "Suggest an improvement" (toolbar, and each service page for its service).
    void openFeedback(const QString &serviceId, const QString &serviceTitle);
    FeedbackDialog *feedbackDialog() const { return m_feedbackDialog; }
    QWidget *currentPage() const;

signals:
    void catalogueLoaded();
    // A change was told to the user (desktop notification or status bar).
    void userNotified(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showPage(QWidget *page);
    void onLoggedIn(const UserInfo &user);
    void onLoggedOut();
    void showKeychainNotice();
    void showHome();
    void openApplications();
    void submit(const client::Draft &draft);
    void resumeDraft(const QString &draftId);
    void discardDraft(const QString &draftId);
    void onDelivered(const QString &draftId, const ApplicationSummary &application);
    void onWaiting(const QString &draftId, const Problem &problem);
    void onRejected(const QString &draftId, const Problem &problem);
    QString serviceTitle(const QString &serviceId) const;
    void openSettings();
    void retranslate();
    // Something changed on the server for the signed-in citizen.
    void onFeedEvent(const client::FeedEvent &event);
    void notifyUser(const client::FeedEvent &event, const QString &reference);

    std::unique_ptr<Ui::MainWindow> ui;
    Services m_services;
    LoginPage *m_loginPage;
    HomePage *m_homePage;
    ServiceDetailPage *m_detailPage;
    StaffHomePage *m_staffPage;
    ApplicationFormPage *m_formPage;
    client::UploadQueue *m_uploads;
    CockpitPage *m_cockpitPage;
    QAction *m_cockpitAction;
    SubmissionResultPage *m_resultPage;
    client::ApplicationListModel *m_applicationList;
    client::EventFeed *m_eventFeed;
    MessagesPanel *m_messagesPanel;
    QSystemTrayIcon *m_trayIcon = nullptr;
    MyApplicationsPage *m_applicationsPage;
    ApplicationDetailPage *m_applicationPage;
    PaymentPanel *m_paymentPanel;
    DocumentPanel *m_documentPanel;
    QString m_submittingDraftId; // the form page's draft while the outbox sends it
    QString m_submittingServiceId;
    SettingsDialog *m_settingsDialog;
    FeedbackDialog *m_feedbackDialog = nullptr;
    QLabel *m_titleLabel;
    QLabel *m_userLabel;
    QAction *m_userLabelAction = nullptr;
    QString m_serverName;
    QString m_cityName;
    bool m_demo = false;
    bool m_sessionExpired = false;
    bool m_sessionNotKept = false; // no keychain for the refresh token
    bool m_draftsNotKept = false; // no keychain for the draft key
    quint64 m_catalogueRequest = 0;
};

} // namespace rathaus::ui
