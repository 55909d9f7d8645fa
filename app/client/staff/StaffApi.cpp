#include "app/client/staff/StaffApi.h"

#include "app/client/ListReply.h"
#include "app/client/Session.h"
#include "common/wire/WireTime.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QPointer>
#include <QUrl>

namespace rathaus::client {

namespace {

QString segment(const QString &id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}

QString casePath(const QString &id, const char *tail = nullptr)
{
    QString path = QStringLiteral("/staff/cases/") + segment(id);
    if (tail)
        path += QLatin1String(tail);
    return path;
}

QString sniffMediaType(const QByteArray &bytes, const QByteArray &declared)
{
    if (bytes.startsWith("%PDF-"))
        return QStringLiteral("application/pdf");
    if (bytes.startsWith("\x89PNG\r\n\x1a\n"))
        return QStringLiteral("image/png");
    if (bytes.startsWith("\xff\xd8\xff"))
        return QStringLiteral("image/jpeg");
    return QString::fromLatin1(declared.split(';').value(0).trimmed().toLower());
}

} // namespace

QByteArray StaffApi::ifMatch(int version)
{
    // An entity tag is a quoted string (RFC 9110).
    return '"' + QByteArray::number(version) + '"';
}

bool StaffApi::isEditConflict(const Problem &problem)
{
    return problem.status == 412 ||
        (problem.status == 409 &&
         (problem.slug() == QLatin1String("edit-conflict") ||
          problem.slug() == QLatin1String("version-conflict") ||
          problem.slug() == QLatin1String("stale-version")));
}

void StaffApi::listCases(const CaseQuery &query, const QString &cursor, int limit, QObject *context,
                         Callback<CasePage> callback)
{
    ApiRequest request = ApiRequest::get(QStringLiteral("/staff/cases"));
    request.query = query.toUrlQuery();
    if (!cursor.isEmpty())
        request.query.addQueryItem(QStringLiteral("cursor"), cursor);
    if (limit > 0)
        request.query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    m_session->send(request, context, [callback](const ApiResult &result) {
        callback(pageFrom<StaffCaseSummary, CasePage>(result));
    });
}

void StaffApi::fetchCase(const QString &id, QObject *context, Callback<StaffCase> callback)
{
    m_session->send(ApiRequest::get(casePath(id)), context, [callback](const ApiResult &result) {
        if (!result.ok())
            return callback(result.problem());
        if (!result.value().json.isObject())
            return callback(malformedResponse(result.value().status));
        callback(StaffCase::fromJson(result.value().json.object()));
    });
}

void StaffApi::fetchMessages(const QString &id, QObject *context,
                             Callback<QList<CaseMessage>> callback)
{
    m_session->send(ApiRequest::get(casePath(id, "/messages")), context,
                    [callback](const ApiResult &result) {
                        const Result<QJsonArray> items = listItems(result);
                        if (!items)
                            return callback(items.problem());
                        callback(StaffCase::messagesFromJson(items.value()));
                    });
}

void StaffApi::fetchService(const QString &serviceId, QObject *context,
                            Callback<ServiceDetail> callback, int schemaVersion)
{
    ApiRequest request = ApiRequest::get(QStringLiteral("/services/") + segment(serviceId));
    if (schemaVersion > 0)
        request.query.addQueryItem(QStringLiteral("schema_version"),
                                   QString::number(schemaVersion));
    Session *session = m_session;
    QPointer<QObject> guard(context);
    m_session->send(request, context,
                    [session, serviceId, guard, callback, schemaVersion](const ApiResult &result) {
                        if (!result.ok() && result.problem().status == 404 && schemaVersion > 0 &&
                            guard) {
                            // An older backend, or a version it never kept: the
                            // current form (values it does not know stay listed).
                            StaffApi(session).fetchService(serviceId, guard, callback);
                            return;
                        }
                        if (!result.ok())
                            return callback(result.problem());
                        if (!result.value().json.isObject())
                            return callback(malformedResponse(result.value().status));
                        callback(ServiceDetail::fromJson(result.value().json.object()));
                    });
}

void StaffApi::fetchUpload(const QString &uploadId, QObject *context, Callback<Attachment> callback)
{
    ApiRequest request = ApiRequest::get(QStringLiteral("/uploads/") + segment(uploadId));
    request.rawResponse = true;
    m_session->send(request, context, [uploadId, callback](const ApiResult &result) {
        if (!result.ok())
            return callback(result.problem());
        Attachment attachment;
        attachment.uploadId = uploadId;
        attachment.bytes = result.value().body;
        attachment.mediaType = sniffMediaType(attachment.bytes, result.value().contentType);
        callback(attachment);
    });
}

void StaffApi::post(const QString &path, const QJsonObject &body, QByteArray ifMatch,
                    QByteArray idempotencyKey, QObject *context, Callback<QJsonObject> callback)
{
    ApiRequest request = ApiRequest::post(path, QJsonDocument(body));
    request.ifMatch = std::move(ifMatch);
    request.idempotencyKey = std::move(idempotencyKey);
    m_session->send(request, context, [callback](const ApiResult &result) {
        if (!result.ok())
            return callback(result.problem());
        callback(result.value().json.object());
    });
}

void StaffApi::assign(const QString &caseId, const QString &assignee, QObject *context,
                      Callback<QJsonObject> callback)
{
    const QJsonObject body { { QStringLiteral("assignee"),
                               assignee.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                  : QJsonValue(assignee) } };
    post(casePath(caseId, "/assign"), body, {}, {}, context, std::move(callback));
}

void StaffApi::transition(const QString &caseId, int version, const TransitionRequest &request,
                          QObject *context, Callback<QJsonObject> callback)
{
    QJsonObject body { { QStringLiteral("to"), applicationStatusToWire(request.to) } };
    if (!request.note.trimmed().isEmpty())
        body.insert(QStringLiteral("note"), request.note.trimmed());
    if (!request.reason.trimmed().isEmpty())
        body.insert(QStringLiteral("reason"), request.reason.trimmed());
    if (request.until.isValid())
        body.insert(QStringLiteral("until"), wire::toWireTime(request.until));
    post(casePath(caseId, "/transition"), body, ifMatch(version), {}, context, std::move(callback));
}

void StaffApi::issueDocument(const QString &caseId, int version, QObject *context,
                             Callback<QJsonObject> callback)
{
    post(casePath(caseId, "/documents"), {}, ifMatch(version), {}, context, std::move(callback));
}

void StaffApi::addNote(const QString &caseId, const QString &body, QObject *context,
                       Callback<QJsonObject> callback)
{
    post(casePath(caseId, "/notes"), { { QStringLiteral("body"), body.trimmed() } }, {}, {},
         context, std::move(callback));
}

void StaffApi::sendMessage(const QString &caseId, const QString &body,
                           const QByteArray &idempotencyKey, QObject *context,
                           Callback<QJsonObject> callback)
{
    post(casePath(caseId, "/messages"), { { QStringLiteral("body"), body.trimmed() } }, {},
         idempotencyKey, context, std::move(callback));
}

void StaffApi::refund(const QString &paymentId, qint64 amountCents,
                      const QByteArray &idempotencyKey, QObject *context,
                      Callback<QJsonObject> callback)
{
    post(QStringLiteral("/staff/payments/") + segment(paymentId) + QStringLiteral("/refund"),
         { { QStringLiteral("amount_cents"), amountCents } }, {}, idempotencyKey, context,
         std::move(callback));
}

void StaffApi::requestTransfer(const TransferRequest &request, const QByteArray &idempotencyKey,
                               QObject *context, Callback<Transfer> callback)
{
    const QJsonObject body {
        { QStringLiteral("citizen_id"), request.citizenId },
        { QStringLiteral("from_office_id"), request.fromOfficeId },
        { QStringLiteral("categories"), QJsonArray::fromStringList(request.categories) },
        { QStringLiteral("purpose"), request.purpose.trimmed() },
        { QStringLiteral("legal_basis"), request.legalBasis.trimmed() },
        { QStringLiteral("application_id"), request.applicationId },
    };
    post(QStringLiteral("/staff/transfers"), body, {}, idempotencyKey, context,
         [callback](const Result<QJsonObject> &result) {
             if (!result.ok())
                 return callback(result.problem());
             callback(Transfer::fromJson(result.value()));
         });
}

void StaffApi::listTransfers(const QString &applicationId, QObject *context,
                             Callback<QList<Transfer>> callback)
{
    ApiRequest request = ApiRequest::get(QStringLiteral("/staff/transfers"));
    if (!applicationId.isEmpty())
        request.query.addQueryItem(QStringLiteral("application_id"), applicationId);
    m_session->send(request, context,
                    [callback](const ApiResult &result) { callback(listFrom<Transfer>(result)); });
}

void StaffApi::fetchTransferRecords(const QString &transferId, QObject *context,
                                    Callback<QList<Record>> callback)
{
    m_session->send(ApiRequest::get(QStringLiteral("/staff/transfers/") + segment(transferId) +
                                    QStringLiteral("/records")),
                    context,
                    [callback](const ApiResult &result) { callback(listFrom<Record>(result)); });
}

void StaffApi::fetchStats(QObject *context, Callback<QJsonObject> callback)
{
    m_session->send(ApiRequest::get(QStringLiteral("/staff/stats")), context,
                    [callback](const ApiResult &result) {
                        if (!result.ok())
                            return callback(result.problem());
                        callback(result.value().json.object());
                    });
}

void StaffApi::listFeedback(const QString &cursor, int limit, QObject *context,
                            Callback<FeedbackPage> callback)
{
    ApiRequest request = ApiRequest::get(QStringLiteral("/staff/feedback"));
    if (!cursor.isEmpty())
        request.query.addQueryItem(QStringLiteral("cursor"), cursor);
    if (limit > 0)
        request.query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    m_session->send(request, context, [callback](const ApiResult &result) {
        callback(pageFrom<Feedback, FeedbackPage>(result));
    });
}

} // namespace rathaus::client
