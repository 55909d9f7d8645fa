#include "app/ui/StaffHomePage.h"

#include "app/client/ServiceCatalogueModel.h"

#include <QEvent>

#include "ui_StaffHomePage.h"

namespace rathaus::ui {

StaffHomePage::StaffHomePage(client::ServiceCatalogueModel *catalogue, QWidget *parent)
    : QWidget(parent), ui(std::make_unique<Ui::StaffHomePage>()), m_catalogue(catalogue)
{
    ui->setupUi(this);
    // Office names arrive with the catalogue, possibly after the sign-in.
    connect(m_catalogue, &QAbstractItemModel::modelReset, this, &StaffHomePage::retranslate);
    connect(m_catalogue, &QAbstractItemModel::dataChanged, this, &StaffHomePage::retranslate);
    retranslate();
}

StaffHomePage::~StaffHomePage() = default;

void StaffHomePage::setUser(const UserInfo &user)
{
    m_user = user;
    retranslate();
}

QString StaffHomePage::roleName(Role role)
{
    switch (role) {
    case Role::Citizen:
        return tr("Citizen");
    case Role::Caseworker:
        return tr("Caseworker");
    case Role::Lead:
        return tr("Head of office");
    case Role::Admin:
        return tr("Administrator");
    }
    return {};
}

void StaffHomePage::retranslate()
{
    ui->staffGreetingLabel->setText(
        m_user.displayName.isEmpty() ? tr("Good day") : tr("Good day, %1").arg(m_user.displayName));
    ui->staffNameLabel->setText(m_user.displayName);
    ui->staffRoleLabel->setText(roleName(m_user.role));
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
