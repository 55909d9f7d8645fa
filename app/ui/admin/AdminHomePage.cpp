#include "app/ui/admin/AdminHomePage.h"

#include "app/client/admin/AdminApi.h"
#include "app/client/admin/AdminCatalogueApi.h"
#include "app/ui/admin/ServiceEditorPage.h"
#include "app/ui/admin/StaffAccountsPage.h"

#include <QEvent>
#include <QTabWidget>
#include <QVBoxLayout>

namespace rathaus::ui {

AdminHomePage::AdminHomePage(client::Session *session, client::ServiceCatalogueModel *catalogue,
                             QWidget *parent)
    : QWidget(parent), m_api(std::make_unique<client::AdminApi>(session)),
      m_catalogueApi(std::make_unique<client::AdminCatalogueApi>(session)),
      m_sections(new QTabWidget(this)),
      m_accounts(new StaffAccountsPage(m_api.get(), catalogue, this)),
      m_services(new ServiceEditorPage(m_catalogueApi.get(), this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_sections->setObjectName(QStringLiteral("adminSections"));
    m_sections->setDocumentMode(true);
    layout->addWidget(m_sections);
    m_accounts->setObjectName(QStringLiteral("staffAccountsPage"));
    m_sections->addTab(m_accounts, QString());
    m_services->setObjectName(QStringLiteral("serviceEditorPage"));
    m_sections->addTab(m_services, QString());
    retranslate();
}

AdminHomePage::~AdminHomePage() = default;

void AdminHomePage::addSection(const QString &title, QWidget *page)
{
    m_sections->addTab(page, title);
}

void AdminHomePage::setUser(const UserInfo &user)
{
    if (user.role == Role::Admin) {
        m_sections->setCurrentWidget(m_accounts);
        m_accounts->start(user);
        m_services->reload();
    } else {
        m_accounts->stop();
    }
}

void AdminHomePage::retranslate()
{
    m_sections->setTabText(m_sections->indexOf(m_accounts), tr("Accounts"));
    m_sections->setTabText(m_sections->indexOf(m_services), tr("Services"));
}

void AdminHomePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace rathaus::ui
