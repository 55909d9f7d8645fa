#pragma once

#include "app/client/staff/CaseActions.h"
#include "app/client/staff/StaffApi.h"

#include <QDialog>

#include <memory>

namespace Ui {
class CaseActionDialog;
}

namespace rathaus::ui {

// Asks what a case action needs (the question to the citizen, a reason, a
// date, an amount) and confirms it. It stays open while the backend
// answers: on success the page closes it; on an error or a conflict it shows
// why and keeps every word typed, so the caseworker can send it again.
class CaseActionDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CaseActionDialog(client::CaseAction action, QWidget *parent = nullptr);
    ~CaseActionDialog() override;

    client::CaseAction action() const { return m_action; }
    client::TransitionRequest request() const;
    qint64 amountCents() const;
    void setRefundable(qint64 cents);
    QByteArray idempotencyKey() const { return m_idempotencyKey; }

    void setBusy(bool busy);
    void showError(const QString &message);
    // Someone else changed the case: say so; `stillPossible` decides whether
    // the same action can be sent again on the fresh state.
    void showConflict(const QString &message, bool stillPossible);

    static QString actionTitle(client::CaseAction action);
    // What the page says once the action went through, as a sentence.
    static QString doneText(client::CaseAction action);

signals:
    void confirmed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    bool validate();

    std::unique_ptr<Ui::CaseActionDialog> ui;
    client::CaseAction m_action;
    QByteArray m_idempotencyKey;
    bool m_conflict = false;
};

} // namespace rathaus::ui
