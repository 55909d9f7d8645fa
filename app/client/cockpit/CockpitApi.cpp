#include "app/client/cockpit/CockpitApi.h"

#include "app/client/ListReply.h"
#include "app/client/Session.h"
#include "common/wire/WireTime.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QUrl>

namespace rathaus::client {

namespace {

QString idPath(const QString &prefix, const QString &id, const QString &suffix = {})
{
    return prefix + QString::fromLatin1(QUrl::toPercentEncoding(id)) + suffix;
}

} // namespace

QJsonObject TransferDraft::toJson() const
{
    QJsonObject object { { QStringLiteral("from_office_id"), fromOfficeId },
                         { QStringLiteral("to_office_id"), toOfficeId },
                         { QStringLiteral("record_ids"), QJsonArray::fromStringList(recordIds) },
                         { QStringLiteral("purpose"), purpose } };
    if (!applicationId.isEmpty())
        object.insert(QStringLiteral("application_id"), applicationId);
    return object;
}

bool CockpitApi::isNotAvailable(const Problem &problem)
{
    return problem.status == 404 || problem.status == 405 || problem.status == 501;
}

void CockpitApi::fetchRecords(QObject *context, Callback<QList<Record>> callback) const
{
    m_session->send(ApiRequest::get(QStringLiteral("/me/records")), context,
                    [callback](const ApiResult &result) { callback(listFrom<Record>(result)); });
}

void CockpitApi::fetchAccessLog(const AccessLogQuery &query, QObject *context,
                                Callback<Page<AccessLogEntry>> callback) const
{
    ApiRequest request = ApiRequest::get(QStringLiteral("/me/access-log"));
    request.query.addQueryItem(QStringLiteral("limit"), QString::number(query.limit));
    if (!query.cursor.isEmpty())
        request.query.addQueryItem(QStringLiteral("cursor"),
                                   QString::fromLatin1(QUrl::toPercentEncoding(query.cursor)));
    if (!query.officeId.isEmpty())
        request.query.addQueryItem(QStringLiteral("office_id"),
                                   QString::fromLatin1(QUrl::toPercentEncoding(query.officeId)));
    if (query.action)
        request.query.addQueryItem(QStringLiteral("action"), accessActionToWire(*query.action));
    m_session->send(request, context, [callback](const ApiResult &result) {
        if (!result.ok())
            return callback(result.problem());
        if (!result.value().json.isObject())
            return callback(malformedResponse(result.value().status));
        callback(Page<AccessLogEntry>::fromJson(result.value().json.object()));
    });
}

void CockpitApi::fetchTransfers(QObject *context, Callback<QList<Transfer>> callback) const
{
    m_session->send(ApiRequest::get(QStringLiteral("/me/transfers")), context,
                    [callback](const ApiResult &result) { callback(listFrom<Transfer>(result)); });
}

void CockpitApi::transferAction(const QString &id, const QString &action, const QJsonObject &body,
                                QObject *context, Callback<Done> callback) const
{
    const QString path = idPath(QStringLiteral("/me/transfers/"), id, QLatin1Char('/') + action);
    m_session->send(ApiRequest::post(path, QJsonDocument(body)), context,
                    [callback](const ApiResult &result) {
                        if (!result.ok())
                            return callback(result.problem());
                        callback(Done {});
                    });
}

void CockpitApi::approveTransfer(const QString &id, const QStringList &recordIds,
                                 const QDateTime &expiresAt, QObject *context,
                                 Callback<Done> callback) const
{
    QJsonObject body;
    if (!recordIds.isEmpty())
        body.insert(QStringLiteral("record_ids"), QJsonArray::fromStringList(recordIds));
    if (expiresAt.isValid())
        body.insert(QStringLiteral("expires_at"), wire::toWireTime(expiresAt));
    transferAction(id, QStringLiteral("approve"), body, context, std::move(callback));
}

void CockpitApi::declineTransfer(const QString &id, QObject *context, Callback<Done> callback) const
{
    transferAction(id, QStringLiteral("decline"), {}, context, std::move(callback));
}

void CockpitApi::withdrawTransfer(const QString &id, QObject *context,
                                  Callback<Done> callback) const
{
    transferAction(id, QStringLiteral("withdraw"), {}, context, std::move(callback));
}

void CockpitApi::createTransfer(const TransferDraft &draft, const QByteArray &idempotencyKey,
                                QObject *context, Callback<Done> callback) const
{
    ApiRequest request =
        ApiRequest::post(QStringLiteral("/me/transfers"), QJsonDocument(draft.toJson()));
    request.idempotencyKey = idempotencyKey;
    m_session->send(request, context, [callback](const ApiResult &result) {
        if (!result.ok())
            return callback(result.problem());
        callback(Done {});
    });
}

void CockpitApi::requestCorrection(const QString &recordId, const QString &body, QObject *context,
                                   Callback<Done> callback) const
{
    const QString path =
        idPath(QStringLiteral("/me/records/"), recordId, QStringLiteral("/correction"));
    m_session->send(
        ApiRequest::post(path, QJsonDocument(QJsonObject { { QStringLiteral("body"), body } })),
        context, [callback](const ApiResult &result) {
            if (!result.ok())
                return callback(result.problem());
            callback(Done {});
        });
}

void CockpitApi::fetchExport(QObject *context, Callback<QJsonDocument> callback) const
{
    m_session->send(ApiRequest::get(QStringLiteral("/me/export")), context,
                    [callback](const ApiResult &result) {
                        if (!result.ok())
                            return callback(result.problem());
                        if (result.value().json.isNull())
                            return callback(malformedResponse(result.value().status));
                        callback(result.value().json);
                    });
}

} // namespace rathaus::client
