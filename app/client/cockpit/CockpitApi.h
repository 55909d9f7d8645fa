#pragma once

#include "common/core/Result.h"
#include "common/wire/AccessLogEntry.h"
#include "common/wire/Page.h"
#include "common/wire/Record.h"
#include "common/wire/Transfer.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QObject>
#include <QStringList>

#include <functional>
#include <optional>

namespace rathaus::client {

class Session;

// One page request of GET /me/access-log.
struct AccessLogQuery
{
    QString cursor; // empty: the newest page
    int limit = 50;
    QString officeId; // empty: every office
    std::optional<AccessAction> action;
};

// A transfer the citizen starts (POST /me/transfers).
struct TransferDraft
{
    QString fromOfficeId;
    QString toOfficeId;
    QStringList recordIds;
    QString purpose;
    QString applicationId; // optional

    QJsonObject toJson() const;
};

// The citizen's data cockpit over the HTTP contract (api.md "Citizen: the
// data cockpit"), as typed results. Every call is authenticated through the
// Session (refresh on 401 included). Parts of the contract that a backend
// does not serve yet answer 404/405 for the route: isNotAvailable() tells
// the UI to say so instead of showing an error.
class CockpitApi
{
public:
    template<typename T> using Callback = std::function<void(const Result<T> &)>;
    struct Done
    {
    };

    explicit CockpitApi(Session *session) : m_session(session) { }

    void fetchRecords(QObject *context, Callback<QList<Record>> callback) const;
    void fetchAccessLog(const AccessLogQuery &query, QObject *context,
                        Callback<Page<AccessLogEntry>> callback) const;
    void fetchTransfers(QObject *context, Callback<QList<Transfer>> callback) const;
    // `recordIds` empty: everything asked for; `expiresAt` null: no expiry.
    void approveTransfer(const QString &id, const QStringList &recordIds,
                         const QDateTime &expiresAt, QObject *context,
                         Callback<Done> callback) const;
    void declineTransfer(const QString &id, QObject *context, Callback<Done> callback) const;
    void withdrawTransfer(const QString &id, QObject *context, Callback<Done> callback) const;
    // `idempotencyKey`: the same for every retry of one draft.
    void createTransfer(const TransferDraft &draft, const QByteArray &idempotencyKey,
                        QObject *context, Callback<Done> callback) const;
    void requestCorrection(const QString &recordId, const QString &body, QObject *context,
                           Callback<Done> callback) const;
    // GET /me/export, as the backend sent it (written to a file unchanged).
    void fetchExport(QObject *context, Callback<QJsonDocument> callback) const;

    // The backend does not serve this route (yet): 404/405/501 on a route of
    // the contract, as opposed to a refused or failed request.
    static bool isNotAvailable(const Problem &problem);

private:
    void transferAction(const QString &id, const QString &action, const QJsonObject &body,
                        QObject *context, Callback<Done> callback) const;

    Session *m_session;
};

} // namespace rathaus::client
