#include "app/ui/StaffHomePage.h"

#include "app/client/AppSettings.h"
#include "app/client/ServiceCatalogueModel.h"
#include "app/client/staff/CaseListModel.h"
#include "app/client/staff/RoleText.h"
#include "app/client/staff/SavedFilters.h"
#include "app/client/staff/StaffApi.h"
#include "app/ui/admin/AdminHomePage.h"
#include "app/ui/staff/StaffCasePage.h"
#include "app/ui/staff/StaffInboxPage.h"
#include "app/ui/staff/StatisticsDialog.h"
#include "app/ui/staff/SuggestionsDialog.h"

#include <QEvent>

#include "ui_StaffHomePage.h"

namespace rathaus::ui {

StaffHomePage::StaffHomePage(client::Session *session, client::ServiceCatalogueModel *catalogue,
                             client::AppSettings *settings, QWidget *parent)
    : QWidget(parent), ui(std::make_unique<Ui::StaffHomePage>()), m_catalogue(catalogue),
      m_api(std::make_unique<client::StaffApi>(session)),
      m_savedFilters(std::make_unique<client::SavedFilters>(&settings->store()))
{
    ui->setupUi(this);
    // The greeting already names the person; the line below says role and office.
    ui->staffNameLabel->hide();
    ui->separatorLabel1->hide();
    m_inbox = new StaffInboxPage(m_api.get(), catalogue, m_savedFilters.get(), this);
    m_inbox->setObjectName(QStringLiteral("staffInboxPage"));
    m_case = new StaffCasePage(m_api.get(), catalogue, this);
    m_case->setObjectName(QStringLiteral("staffCasePage"));
    ui->workspaceStack->addWidget(m_inbox);
    ui->workspaceStack->addWidget(m_case);
    m_admin = new AdminHomePage(session, catalogue, this);
    m_admin->setObjectName(QStringLiteral("adminHomePage"));
    ui->workspaceStack->addWidget(m_admin);

    connect(m_inbox, &StaffInboxPage::caseRequested, this, &StaffHomePage::openCase);
    connect(m_inbox, &StaffInboxPage::statisticsRequested, this, [this] {
        auto *dialog = new StatisticsDialog(m_api.get(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    connect(m_inbox, &StaffInboxPage::suggestionsRequested, this, [this] {
        auto *dialog = new SuggestionsDialog(m_api.get(), m_catalogue, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    connect(m_case, &StaffCasePage::backRequested, this, &StaffHomePage::showInbox);
    connect(m_case, &StaffCasePage::caseChanged, this, [this] { m_inboxStale = true; });
    // Office names arrive with the catalogue, possibly after the sign-in.
    connect(m_catalogue, &QAbstractItemModel::modelReset, this, &StaffHomePage::retranslate);
    connect(m_catalogue, &QAbstractItemModel::dataChanged, this, &StaffHomePage::retranslate);
    retranslate();
}

StaffHomePage::~StaffHomePage() = default;

void StaffHomePage::setUser(const UserInfo &user)
{
    m_user = user;
    if (user.role == Role::Admin) {
        // No office, no cases: the administrator's workspace instead.
        m_case->close();
        m_inbox->stop();
        m_admin->setUser(user);
        ui->workspaceStack->setCurrentWidget(m_admin);
    } else if (user.isStaff()) {
        m_admin->setUser({});
        m_case->setUser(user);
        ui->workspaceStack->setCurrentWidget(m_inbox);
        m_inbox->start(user);
    } else {
        m_admin->setUser({});
        m_case->close();
        m_inbox->stop();
        ui->workspaceStack->setCurrentWidget(m_inbox);
    }
    retranslate();
}

void StaffHomePage::openCase(const QString &caseId)
{
    if (caseId.isEmpty())
        return;
    m_case->open(caseId);
    ui->workspaceStack->setCurrentWidget(m_case);
}

void StaffHomePage::showInbox()
{
    ui->workspaceStack->setCurrentWidget(m_inbox);
    if (m_inboxStale) {
        m_inboxStale = false;
        m_inbox->reload();
    }
}

void StaffHomePage::retranslate()
{
    ui->staffGreetingLabel->setText(
        m_user.displayName.isEmpty() ? tr("Good day") : tr("Good day, %1").arg(m_user.displayName));
    ui->staffNameLabel->setText(m_user.displayName);
    ui->staffRoleLabel->setText(client::RoleText::displayName(m_user.role));
    ui->staffOfficeLabel->setText(
        m_user.officeId.isEmpty() ? tr("all offices") : m_catalogue->officeName(m_user.officeId));
}

void StaffHomePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        retranslate();
    }
    QWidget::changeEvent(event);
}

} // namespace rathaus::ui
