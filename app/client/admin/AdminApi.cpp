#include "app/client/admin/AdminApi.h"

#include "app/client/ApiRequest.h"
#include "app/client/Session.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QUrl>

namespace rathaus::client {

namespace {

QString staffPath(const QString &id = {}, const char *tail = nullptr)
{
    QString path = QStringLiteral("/admin/staff");
    if (!id.isEmpty())
        path += QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(id));
    if (tail)
        path += QLatin1String(tail);
    return path;
}

Problem malformed(int status)
{
    return Problem::make(
        status, QStringLiteral("malformed-response"),
        QCoreApplication::translate("ApiClient",
                                    "The city's server sent an answer that could not be read."));
}

template<typename T> ApiCallback parsing(std::function<void(const Result<T> &)> callback)
{
    return [callback = std::move(callback)](const ApiResult &result) {
        if (!result.ok())
            return callback(result.problem());
        if (!result.value().json.isObject())
            return callback(malformed(result.value().status));
        callback(T::fromJson(result.value().json.object()));
    };
}

} // namespace

QJsonObject NewStaffAccount::toJson() const
{
    return { { QStringLiteral("username"), username.trimmed() },
             { QStringLiteral("display_name"), displayName.trimmed() },
             { QStringLiteral("role"), roleToWire(role) },
             { QStringLiteral("office_id"),
               officeId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(officeId) },
             { QStringLiteral("password"), password } };
}

void AdminApi::listStaff(QObject *context, Callback<QList<StaffAccount>> callback)
{
    m_session->send(ApiRequest::get(staffPath()), context, [callback](const ApiResult &result) {
        if (!result.ok())
            return callback(result.problem());
        const QJsonValue items = result.value().json.object().value(QLatin1String("items"));
        if (!items.isArray())
            return callback(malformed(result.value().status));
        QList<StaffAccount> accounts;
        for (const QJsonValue &value : items.toArray()) {
            auto account = StaffAccount::fromJson(value.toObject());
            if (!account)
                return callback(account.problem());
            accounts.append(std::move(account).value());
        }
        callback(accounts);
    });
}

void AdminApi::createStaff(const NewStaffAccount &account, QObject *context,
                           Callback<StaffEnrolment> callback)
{
    m_session->send(ApiRequest::post(staffPath(), QJsonDocument(account.toJson())), context,
                    parsing<StaffEnrolment>(std::move(callback)));
}

void AdminApi::updateStaff(const QString &id, const QJsonObject &changes, QObject *context,
                           Callback<StaffAccount> callback)
{
    ApiRequest request = ApiRequest::post(staffPath(id), QJsonDocument(changes));
    request.method = QByteArrayLiteral("PUT");
    m_session->send(request, context, parsing<StaffAccount>(std::move(callback)));
}

void AdminApi::setDisabled(const QString &id, bool disabled, QObject *context,
                           Callback<StaffAccount> callback)
{
    updateStaff(id, { { QStringLiteral("disabled"), disabled } }, context, std::move(callback));
}

void AdminApi::resetTotp(const QString &id, QObject *context, Callback<StaffEnrolment> callback)
{
    m_session->send(ApiRequest::post(staffPath(id, "/totp")), context,
                    parsing<StaffEnrolment>(std::move(callback)));
}

} // namespace rathaus::client
