#pragma once

#include "app/ui/admin/CreateStaffDialog.h"
#include "app/ui/admin/TotpEnrolmentDialog.h"
#include "common/core/Problem.h"
#include "common/wire/Session.h"
#include "common/wire/StaffAccount.h"

#include <QMessageBox>
#include <QPointer>
#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QTableView;

namespace rathaus::client {
class AdminApi;
class ServiceCatalogueModel;
class StaffAccountsModel;
} // namespace rathaus::client

namespace rathaus::ui {

// The "Accounts" section: every staff account in a table; create one (its
// TOTP secret is shown once), disable or enable one (after a confirmation;
// disabling ends its sessions at once), reset its TOTP secret.
class StaffAccountsPage : public QWidget
{
    Q_OBJECT
public:
    StaffAccountsPage(client::AdminApi *api, client::ServiceCatalogueModel *catalogue,
                      QWidget *parent = nullptr);

    void start(const UserInfo &admin);
    void stop();

    client::StaffAccountsModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    // The open dialogs (null when none), for tests and the window's own use.
    CreateStaffDialog *createDialog() const { return m_createDialog; }
    TotpEnrolmentDialog *enrolmentDialog() const { return m_enrolmentDialog; }
    QMessageBox *confirmation() const { return m_confirmation; }

    void openCreateDialog();
    void toggleDisabledOfSelected();
    void resetTotpOfSelected();

protected:
    void changeEvent(QEvent *event) override;

private:
    const StaffAccount *selectedAccount() const;
    void selectAccount(const QString &id);
    void createAccount();
    void setDisabled(const QString &id, bool disabled);
    void resetTotp(const QString &id);
    void showEnrolment(const StaffEnrolment &enrolment, bool isNew);
    void confirm(const QString &title, const QString &text, const QString &action,
                 std::function<void()> onConfirmed);
    void showMessage(const QString &text, bool error = false);
    void updateActions();
    void updateStatus();
    void retranslate();

    client::AdminApi *m_api;
    client::ServiceCatalogueModel *m_catalogue;
    client::StaffAccountsModel *m_model;
    QLabel *m_title;
    QLabel *m_intro;
    QPushButton *m_newButton;
    QPushButton *m_toggleButton;
    QPushButton *m_resetTotpButton;
    QPushButton *m_reloadButton;
    QTableView *m_table;
    QLabel *m_statusLabel;
    QLabel *m_messageLabel;
    QPointer<CreateStaffDialog> m_createDialog;
    QPointer<TotpEnrolmentDialog> m_enrolmentDialog;
    QPointer<QMessageBox> m_confirmation;
    QString m_adminId;
    bool m_busy = false;
};

} // namespace rathaus::ui
