#pragma once

#include "app/client/staff/CaseQuery.h"
#include "app/client/staff/StaffCase.h"
#include "common/core/Result.h"
#include "common/wire/Catalogue.h"
#include "common/wire/Message.h"
#include "common/wire/Record.h"
#include "common/wire/Transfer.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

namespace rathaus::client {

class Session;

// One page of the inbox.
struct CasePage
{
    QList<StaffCaseSummary> items;
    QString nextCursor; // empty: the last page
};

// One page of the improvement suggestions (GET /staff/feedback).
struct FeedbackPage
{
    QList<Feedback> items;
    QString nextCursor; // empty: the last page
};

// A file of the case (GET /uploads/{id}), for the preview.
struct Attachment
{
    QString uploadId;
    QByteArray bytes;
    QString mediaType; // "application/pdf", "image/png", "image/jpeg"
};

// A status change a caseworker asks for (POST /staff/cases/{id}/transition).
struct TransitionRequest
{
    ApplicationStatus to = ApplicationStatus::InReview;
    QString note; // info_requested: the question to the citizen
    QString reason; // rejected, suspended
    QDateTime until; // suspended
};

// A record request to another office (POST /staff/transfers).
struct TransferRequest
{
    QString citizenId;
    QString fromOfficeId;
    QStringList categories;
    QString purpose;
    QString legalBasis;
    QString applicationId;
};

// The staff part of the HTTP contract (api.md "Staff"), as typed calls over
// the signed-in Session. Writes answer with the backend's JSON (may be
// empty); callers fetch the case again to show its fresh state.
class StaffApi
{
public:
    template<typename T> using Callback = std::function<void(const Result<T> &)>;

    explicit StaffApi(Session *session) : m_session(session) { }

    void listCases(const CaseQuery &query, const QString &cursor, int limit, QObject *context,
                   Callback<CasePage> callback);
    void fetchCase(const QString &id, QObject *context, Callback<StaffCase> callback);
    void fetchMessages(const QString &id, QObject *context, Callback<QList<CaseMessage>> callback);
    // `schemaVersion` > 0: with the form in that version (the one a case was
    // filed on); the current form when the backend does not know it.
    void fetchService(const QString &serviceId, QObject *context, Callback<ServiceDetail> callback,
                      int schemaVersion = 0);
    void fetchUpload(const QString &uploadId, QObject *context, Callback<Attachment> callback);

    // `assignee`: "me", a staff id, or empty to release the case.
    void assign(const QString &caseId, const QString &assignee, QObject *context,
                Callback<QJsonObject> callback);
    // Sends If-Match with `version`: a case changed meanwhile answers 409.
    void transition(const QString &caseId, int version, const TransitionRequest &request,
                    QObject *context, Callback<QJsonObject> callback);
    void issueDocument(const QString &caseId, int version, QObject *context,
                       Callback<QJsonObject> callback);
    void addNote(const QString &caseId, const QString &body, QObject *context,
                 Callback<QJsonObject> callback);
    // `idempotencyKey`: one per message meant, so a retry never sends it twice.
    void sendMessage(const QString &caseId, const QString &body, const QByteArray &idempotencyKey,
                     QObject *context, Callback<QJsonObject> callback);
    void refund(const QString &paymentId, qint64 amountCents, const QByteArray &idempotencyKey,
                QObject *context, Callback<QJsonObject> callback);

    void requestTransfer(const TransferRequest &request, const QByteArray &idempotencyKey,
                         QObject *context, Callback<Transfer> callback);
    // The office's transfers; `applicationId` narrows them to one case.
    void listTransfers(const QString &applicationId, QObject *context,
                       Callback<QList<Transfer>> callback);
    // The records a delivered transfer brought (a logged read).
    void fetchTransferRecords(const QString &transferId, QObject *context,
                              Callback<QList<Record>> callback);
    void fetchStats(QObject *context, Callback<QJsonObject> callback);
    // Newest first; leads see their office's, admins all.
    void listFeedback(const QString &cursor, int limit, QObject *context,
                      Callback<FeedbackPage> callback);

    // The If-Match value of a case version.
    static QByteArray ifMatch(int version);
    // A 409/412 because someone else changed the case first.
    static bool isEditConflict(const Problem &problem);

private:
    void post(const QString &path, const QJsonObject &body, QByteArray ifMatch,
              QByteArray idempotencyKey, QObject *context, Callback<QJsonObject> callback);

    Session *m_session;
};

} // namespace rathaus::client
