#pragma once

#include "app/client/staff/CaseActions.h"
#include "common/core/Problem.h"
#include "common/wire/Session.h"

#include "common/wire/Record.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

#include <memory>

namespace Ui {
class StaffCasePage;
}

class QPushButton;

namespace rathaus::client {
class CaseController;
class ServiceCatalogueModel;
class StaffApi;
struct StaffCase;
} // namespace rathaus::client

namespace rathaus::ui {

class CaseActionDialog;

// One case as a caseworker handles it: the submitted data by the form's
// steps with its files, the history, internal notes, the message thread,
// the payment, data transfers, and the actions the case's state allows.
class StaffCasePage : public QWidget
{
    Q_OBJECT
public:
    StaffCasePage(client::StaffApi *api, client::ServiceCatalogueModel *catalogue,
                  QWidget *parent = nullptr);
    ~StaffCasePage() override;

    void setUser(const UserInfo &user) { m_user = user; }
    void open(const QString &caseId);
    void close();

    client::CaseController *controller() const { return m_controller; }
    QPushButton *actionButton(client::CaseAction action) const;
    // The open action dialog, if any (tests drive it).
    CaseActionDialog *actionDialog() const;
    static QString actionObjectName(client::CaseAction action);

signals:
    void backRequested();
    // The case changed here: the inbox row should follow.
    void caseChanged(const QString &caseId);
    void transferRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void showCase();
    void showData(const client::StaffCase &staffCase);
    void showHistory(const client::StaffCase &staffCase);
    void showNotes(const client::StaffCase &staffCase);
    void showMessages(const client::StaffCase &staffCase);
    void showPayment(const client::StaffCase &staffCase);
    void showTransfers();
    void loadDeliveredRecords();
    void rebuildActions();
    void runAction(client::CaseAction action);
    void openAttachment(const QString &uploadId);
    void requestTransfer();
    void onConflict(const QString &changedBy, const QDateTime &changedAt);
    void onActionFailed(const Problem &problem);
    void setMessage(const QString &text, bool error);
    QString language() const;
    void retranslate();

    enum class PendingWrite { None, Action, Note, Message, Transfer };

    std::unique_ptr<Ui::StaffCasePage> ui;
    client::StaffApi *m_api;
    client::ServiceCatalogueModel *m_catalogue;
    client::CaseController *m_controller;
    QList<QPushButton *> m_actionButtons;
    QPointer<CaseActionDialog> m_dialog;
    UserInfo m_user;
    PendingWrite m_pending = PendingWrite::None;
    client::CaseAction m_pendingAction = client::CaseAction::Take;
    Problem m_transferProblem;
    QByteArray m_messageKey;
    QHash<QString, QList<Record>> m_deliveredRecords; // by transfer id
    bool m_transfersAvailable = true;
};

} // namespace rathaus::ui
