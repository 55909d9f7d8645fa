#pragma once

#include "app/client/staff/CaseActions.h"
#include "app/client/staff/StaffApi.h"
#include "app/client/staff/StaffCase.h"
#include "common/core/Problem.h"
#include "common/wire/Catalogue.h"

#include <QDateTime>
#include <QObject>
#include <QString>

#include <optional>

namespace rathaus::client {

// One open case in the workspace, without widgets: loads it (and its
// service's form), runs the caseworker's actions, and after every write
// fetches the case again so the view shows the backend's state. A write the
// backend refused because someone else changed the case first (409 with
// If-Match) reloads the case and says who changed it: the view keeps
// whatever the caseworker typed and may offer to send it again.
class CaseController : public QObject
{
    Q_OBJECT
public:
    explicit CaseController(StaffApi *api, QObject *parent = nullptr);

    void open(const QString &caseId);
    void reload();
    void close();

    QString caseId() const { return m_caseId; }
    const std::optional<StaffCase> &current() const { return m_case; }
    // The case's service with the form the case was filed on.
    const std::optional<ServiceDetail> &service() const { return m_service; }
    const std::optional<QList<Transfer>> &transfers() const { return m_transfers; }
    bool isBusy() const { return m_busy; }

    void take();
    void transition(const TransitionRequest &request);
    void issueDocument();
    void addNote(const QString &text);
    void sendMessage(const QString &text, const QByteArray &idempotencyKey);
    // `idempotencyKey`: one per refund the lead meant, kept across retries.
    void refund(qint64 amountCents, const QByteArray &idempotencyKey);
    void requestTransfer(const TransferRequest &request, const QByteArray &idempotencyKey);
    void loadTransfers();

    // Who changed the case last, as a caseworker reads it: "Lea Lead
    // (head of office)" when the backend names the account.
    static QString lastChangeBy(const StaffCase &staffCase);
    // A staff role (its wire name) as a caseworker reads it; empty if none.
    static QString roleText(const QString &wireRole);

signals:
    void loaded();
    void loadFailed(const rathaus::Problem &problem);
    void busyChanged(bool busy);
    // A write went through; the case is being fetched again.
    void actionSucceeded();
    void actionFailed(const rathaus::Problem &problem);
    // Someone else changed the case first; `loaded` follows with its fresh state.
    void conflict(const QString &changedBy, const QDateTime &changedAt);
    void transfersLoaded();
    void transfersFailed(const rathaus::Problem &problem);

private:
    void setBusy(bool busy);
    void afterWrite(const Problem *problem);
    void fetch(bool afterConflict);
    StaffApi::Callback<QJsonObject> writeCallback();

    StaffApi *m_api;
    QString m_caseId;
    std::optional<StaffCase> m_case;
    std::optional<ServiceDetail> m_service; // in the form version the case was filed on
    int m_serviceSchemaVersion = 0; // the version m_service was asked for
    std::optional<QList<Transfer>> m_transfers;
    quint64 m_generation = 0; // answers for a case no longer open are dropped
    bool m_busy = false;
};

} // namespace rathaus::client
