#pragma once

#include "common/wire/Session.h"

#include <QWidget>

#include <memory>

class QTabWidget;

namespace rathaus::client {
class AdminApi;
class AdminCatalogueApi;
class ServiceCatalogueModel;
class Session;
} // namespace rathaus::client

namespace rathaus::ui {

class ServiceEditorPage;
class StaffAccountsPage;

// The administrator's workspace (shown instead of the caseworker's inbox):
// sections side by side in tabs: the staff accounts and the service catalogue;
// further sections come in with addSection().
class AdminHomePage : public QWidget
{
    Q_OBJECT
public:
    AdminHomePage(client::Session *session, client::ServiceCatalogueModel *catalogue,
                  QWidget *parent = nullptr);
    ~AdminHomePage() override;

    // Adds `page` as a section (tab) titled `title`; the page is reparented.
    void addSection(const QString &title, QWidget *page);

    // An administrator signed in (load the sections) or out (empty user:
    // nothing of the accounts stays in the widgets).
    void setUser(const UserInfo &user);

    StaffAccountsPage *accountsPage() const { return m_accounts; }
    ServiceEditorPage *servicesPage() const { return m_services; }
    QTabWidget *sections() const { return m_sections; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    std::unique_ptr<client::AdminApi> m_api;
    std::unique_ptr<client::AdminCatalogueApi> m_catalogueApi;
    QTabWidget *m_sections;
    StaffAccountsPage *m_accounts;
    ServiceEditorPage *m_services;
};

} // namespace rathaus::ui
