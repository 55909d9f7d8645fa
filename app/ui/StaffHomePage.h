#pragma once

#include "common/wire/Session.h"

#include <QWidget>

#include <memory>

namespace Ui {
class StaffHomePage;
}

namespace rathaus::client {
class ServiceCatalogueModel;
}

namespace rathaus::ui {

// Where staff land after signing in: who they are, their role and office.
// Their case workspace is a later step.
class StaffHomePage : public QWidget
{
    Q_OBJECT
public:
    explicit StaffHomePage(client::ServiceCatalogueModel *catalogue, QWidget *parent = nullptr);
    ~StaffHomePage() override;

    void setUser(const UserInfo &user);
    static QString roleName(Role role);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    std::unique_ptr<Ui::StaffHomePage> ui;
    client::ServiceCatalogueModel *m_catalogue;
    UserInfo m_user;
};

} // namespace rathaus::ui
