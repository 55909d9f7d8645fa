#pragma once

#include "common/wire/Session.h"

#include <QWidget>

#include <memory>

namespace Ui {
class StaffHomePage;
}

namespace rathaus::client {
class AppSettings;
class SavedFilters;
class ServiceCatalogueModel;
class Session;
class StaffApi;
} // namespace rathaus::client

namespace rathaus::ui {

class AdminHomePage;
class StaffCasePage;
class StaffInboxPage;

// Where staff land after signing in: the caseworker's workspace, with who
// they are (name, role, office) above the inbox or the case being handled.
class StaffHomePage : public QWidget
{
    Q_OBJECT
public:
    StaffHomePage(client::Session *session, client::ServiceCatalogueModel *catalogue,
                  client::AppSettings *settings, QWidget *parent = nullptr);
    ~StaffHomePage() override;

    // A staff member signed in (the workspace starts) or out (empty user:
    // everything of the cases is cleared).
    void setUser(const UserInfo &user);

    StaffInboxPage *inboxPage() const { return m_inbox; }
    StaffCasePage *casePage() const { return m_case; }
    // Administrators see this instead of the inbox; more sections go in with
    // adminPage()->addSection().
    AdminHomePage *adminPage() const { return m_admin; }
    void openCase(const QString &caseId);
    void showInbox();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    std::unique_ptr<Ui::StaffHomePage> ui;
    client::ServiceCatalogueModel *m_catalogue;
    std::unique_ptr<client::StaffApi> m_api;
    std::unique_ptr<client::SavedFilters> m_savedFilters;
    StaffInboxPage *m_inbox;
    StaffCasePage *m_case;
    AdminHomePage *m_admin;
    UserInfo m_user;
    bool m_inboxStale = false;
};

} // namespace rathaus::ui
