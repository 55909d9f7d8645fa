#include "app/ui/admin/StaffAccountsPage.h"

#include "app/client/ServiceCatalogueModel.h"
#include "app/client/admin/AdminApi.h"
#include "app/client/admin/StaffAccountsModel.h"
#include "app/ui/ProblemText.h"
#include "app/ui/admin/CreateStaffDialog.h"
#include "app/ui/admin/TotpEnrolmentDialog.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace rathaus::ui {

StaffAccountsPage::StaffAccountsPage(client::AdminApi *api,
                                     client::ServiceCatalogueModel *catalogue, QWidget *parent)
    : QWidget(parent), m_api(api), m_catalogue(catalogue),
      m_model(new client::StaffAccountsModel(api, this)), m_title(new QLabel(this)),
      m_intro(new QLabel(this)), m_newButton(new QPushButton(this)),
      m_toggleButton(new QPushButton(this)), m_resetTotpButton(new QPushButton(this)),
      m_reloadButton(new QPushButton(this)), m_table(new QTableView(this)),
      m_statusLabel(new QLabel(this)), m_messageLabel(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->setSpacing(10);
    m_title->setProperty("subheading", true);
    layout->addWidget(m_title);
    m_intro->setWordWrap(true);
    m_intro->setProperty("muted", true);
    layout->addWidget(m_intro);

    auto *actions = new QHBoxLayout;
    m_newButton->setObjectName(QStringLiteral("newAccountButton"));
    m_newButton->setProperty("primary", true);
    m_toggleButton->setObjectName(QStringLiteral("toggleDisabledButton"));
    m_resetTotpButton->setObjectName(QStringLiteral("resetTotpButton"));
    m_reloadButton->setObjectName(QStringLiteral("reloadAccountsButton"));
    actions->addWidget(m_newButton);
    actions->addWidget(m_toggleButton);
    actions->addWidget(m_resetTotpButton);
    actions->addStretch(1);
    actions->addWidget(m_reloadButton);
    layout->addLayout(actions);

    m_messageLabel->setObjectName(QStringLiteral("accountsMessageLabel"));
    // One line: a wrapping label gets squeezed between the buttons and the table.
    m_messageLabel->setWordWrap(false);
    m_messageLabel->hide();
    layout->addWidget(m_messageLabel);

    m_table->setObjectName(QStringLiteral("staffAccountsTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(client::StaffAccountsModel::NameColumn,
                                                      QHeaderView::Stretch);
    layout->addWidget(m_table, 1);
    m_statusLabel->setObjectName(QStringLiteral("accountsStatusLabel"));
    m_statusLabel->setProperty("muted", true);
    m_statusLabel->setWordWrap(true);
    layout->addWidget(m_statusLabel);

    m_model->setOfficeName([this](const QString &officeId) {
        const QString name = m_catalogue ? m_catalogue->officeName(officeId) : QString();
        return name.isEmpty() ? officeId : name;
    });
    if (m_catalogue) {
        // Office names arrive with the catalogue, possibly after the accounts.
        connect(m_catalogue, &QAbstractItemModel::modelReset, this,
                [this] { m_table->viewport()->update(); });
    }
    connect(m_model, &client::StaffAccountsModel::stateChanged, this, [this] {
        updateStatus();
        updateActions();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &StaffAccountsPage::updateActions);
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] {
        updateActions();
        updateStatus(); // the count of disabled accounts
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &StaffAccountsPage::updateStatus);
    connect(m_table, &QTableView::activated, this, [this] { updateActions(); });
    connect(m_newButton, &QPushButton::clicked, this, &StaffAccountsPage::openCreateDialog);
    connect(m_toggleButton, &QPushButton::clicked, this,
            &StaffAccountsPage::toggleDisabledOfSelected);
    connect(m_resetTotpButton, &QPushButton::clicked, this,
            &StaffAccountsPage::resetTotpOfSelected);
    connect(m_reloadButton, &QPushButton::clicked, this, [this] {
        m_messageLabel->hide();
        m_model->reload();
    });
    retranslate();
}

void StaffAccountsPage::start(const UserInfo &admin)
{
    m_adminId = admin.id;
    m_messageLabel->hide();
    m_model->reload();
}

void StaffAccountsPage::stop()
{
    m_adminId.clear();
    // Nothing of the accounts, and no secret, stays behind a sign-out.
    if (m_createDialog)
        m_createDialog->close();
    if (m_enrolmentDialog)
        m_enrolmentDialog->close();
    if (m_confirmation)
        m_confirmation->close();
    m_messageLabel->hide();
    m_model->clear();
}

const StaffAccount *StaffAccountsPage::selectedAccount() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_model->account(rows.first().row());
}

void StaffAccountsPage::selectAccount(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row >= 0) {
        m_table->selectRow(row);
        m_table->scrollTo(m_model->index(row, 0));
    }
}

void StaffAccountsPage::openCreateDialog()
{
    if (m_createDialog) {
        m_createDialog->raise();
        m_createDialog->activateWindow();
        return;
    }
    m_createDialog = new CreateStaffDialog(m_catalogue, this);
    m_createDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_createDialog, &CreateStaffDialog::submitted, this, &StaffAccountsPage::createAccount);
    m_createDialog->open();
}

void StaffAccountsPage::createAccount()
{
    if (!m_createDialog)
        return;
    const client::NewStaffAccount account = m_createDialog->account();
    m_createDialog->setBusy(true);
    m_api->createStaff(account, this, [this](const Result<StaffEnrolment> &result) {
        if (m_createDialog)
            m_createDialog->setBusy(false);
        if (!result) {
            // The dialog stays open with everything typed; the problem beside its field.
            if (m_createDialog)
                m_createDialog->showProblem(result.problem());
            else
                showMessage(ProblemText::forUser(result.problem()), true);
            return;
        }
        if (m_createDialog) {
            m_createDialog->clearPassword();
            m_createDialog->accept();
        }
        m_model->replace(result.value().account);
        selectAccount(result.value().account.id);
        showMessage(tr("The account %1 was created.").arg(result.value().account.username));
        showEnrolment(result.value(), true);
    });
}

void StaffAccountsPage::toggleDisabledOfSelected()
{
    const StaffAccount *account = selectedAccount();
    if (!account || m_busy)
        return;
    const QString id = account->id;
    if (account->disabled) {
        confirm(tr("Enable account"),
                tr("Enable the account %1 (%2)? It can sign in again with its password and "
                   "authenticator.")
                    .arg(account->username, account->displayName),
                tr("&Enable"), [this, id] { setDisabled(id, false); });
    } else {
        confirm(tr("Disable account"),
                tr("Disable the account %1 (%2)? It is signed out everywhere at once and cannot "
                   "sign in until it is enabled again.")
                    .arg(account->username, account->displayName),
                tr("&Disable"), [this, id] { setDisabled(id, true); });
    }
}

void StaffAccountsPage::setDisabled(const QString &id, bool disabled)
{
    m_busy = true;
    updateActions();
    m_api->setDisabled(id, disabled, this, [this, disabled](const Result<StaffAccount> &result) {
        m_busy = false;
        if (!result) {
            showMessage(ProblemText::forUser(result.problem()), true);
            updateActions();
            return;
        }
        m_model->replace(result.value());
        showMessage(disabled ? tr("The account %1 is disabled; its sessions have ended.")
                                   .arg(result.value().username)
                             : tr("The account %1 is enabled again.").arg(result.value().username));
        updateActions();
    });
}

void StaffAccountsPage::resetTotpOfSelected()
{
    const StaffAccount *account = selectedAccount();
    if (!account || m_busy)
        return;
    const QString id = account->id;
    confirm(tr("Reset authenticator"),
            tr("Give %1 (%2) a new authenticator secret? Codes from the old one stop working at "
               "once; the new secret is shown only this once.")
                .arg(account->username, account->displayName),
            tr("&Reset"), [this, id] { resetTotp(id); });
}

void StaffAccountsPage::resetTotp(const QString &id)
{
    m_busy = true;
    updateActions();
    m_api->resetTotp(id, this, [this](const Result<StaffEnrolment> &result) {
        m_busy = false;
        updateActions();
        if (!result) {
            showMessage(ProblemText::forUser(result.problem()), true);
            return;
        }
        showMessage(tr("The authenticator of %1 was reset.").arg(result.value().account.username));
        showEnrolment(result.value(), false);
    });
}

void StaffAccountsPage::showEnrolment(const StaffEnrolment &enrolment, bool isNew)
{
    if (m_enrolmentDialog)
        m_enrolmentDialog->close();
    m_enrolmentDialog = new TotpEnrolmentDialog(enrolment, isNew, this);
    m_enrolmentDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_enrolmentDialog->open();
}

void StaffAccountsPage::confirm(const QString &title, const QString &text, const QString &action,
                                std::function<void()> onConfirmed)
{
    if (m_confirmation)
        m_confirmation->close();
    m_confirmation =
        new QMessageBox(QMessageBox::Question, title, text, QMessageBox::NoButton, this);
    m_confirmation->setObjectName(QStringLiteral("accountConfirmation"));
    m_confirmation->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *yes = m_confirmation->addButton(action, QMessageBox::AcceptRole);
    yes->setObjectName(QStringLiteral("confirmButton"));
    QPushButton *no = m_confirmation->addButton(tr("&Cancel"), QMessageBox::RejectRole);
    m_confirmation->setDefaultButton(no); // a slip of Enter changes nothing
    connect(m_confirmation, &QMessageBox::buttonClicked, this,
            [yes, onConfirmed = std::move(onConfirmed)](QAbstractButton *button) {
                if (button == yes)
                    onConfirmed();
            });
    m_confirmation->open();
}

void StaffAccountsPage::showMessage(const QString &text, bool error)
{
    m_messageLabel->setText(text);
    m_messageLabel->setProperty("error", error);
    m_messageLabel->setProperty("banner", error ? QString() : QStringLiteral("ok"));
    m_messageLabel->style()->unpolish(m_messageLabel);
    m_messageLabel->style()->polish(m_messageLabel);
    m_messageLabel->show();
}

void StaffAccountsPage::updateActions()
{
    const StaffAccount *account = selectedAccount();
    const bool ready = m_model->state() == client::StaffAccountsModel::State::Ready && !m_busy;
    const bool self = account && account->id == m_adminId;
    m_newButton->setEnabled(ready);
    m_toggleButton->setEnabled(ready && account && !self);
    m_toggleButton->setText(account && account->disabled ? tr("E&nable…") : tr("&Disable…"));
    m_toggleButton->setToolTip(self ? tr("You cannot disable your own account.") : QString());
    m_resetTotpButton->setEnabled(ready && account);
    m_reloadButton->setEnabled(m_model->state() != client::StaffAccountsModel::State::Loading);
}

void StaffAccountsPage::updateStatus()
{
    using State = client::StaffAccountsModel::State;
    switch (m_model->state()) {
    case State::Idle:
        m_statusLabel->clear();
        break;
    case State::Loading:
        m_statusLabel->setText(tr("Loading the accounts…"));
        break;
    case State::Ready: {
        int disabled = 0;
        for (const StaffAccount &account : m_model->accounts())
            disabled += account.disabled ? 1 : 0;
        m_statusLabel->setText(
            tr("%n account(s)", nullptr, int(m_model->accounts().size())) +
            (disabled ? QStringLiteral(" · ") + tr("%n disabled", nullptr, disabled) : QString()));
        break;
    }
    case State::Failed:
        m_statusLabel->setText(tr("The accounts could not be loaded. %1")
                                   .arg(ProblemText::forUser(m_model->problem())));
        break;
    }
}

void StaffAccountsPage::retranslate()
{
    m_title->setText(tr("Staff accounts"));
    m_table->setAccessibleName(tr("Staff accounts"));
    m_intro->setText(tr("Caseworkers, heads of office and administrators. Every account signs in "
                        "with its password and an authenticator app."));
    m_newButton->setText(tr("&New account…"));
    m_resetTotpButton->setText(tr("Reset &authenticator…"));
    m_reloadButton->setText(tr("Re&load"));
    updateActions();
    updateStatus();
}

void StaffAccountsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        // Column titles and role names come from the model.
        emit m_model->headerDataChanged(Qt::Horizontal, 0,
                                        client::StaffAccountsModel::ColumnCount - 1);
        m_table->viewport()->update();
    }
    QWidget::changeEvent(event);
}

} // namespace rathaus::ui
