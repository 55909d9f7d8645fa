#include "server/http/RouteTable.h"

#include "server/http/AccessLogHandlers.h"
#include "server/http/ApplicationHandlers.h"
#include "server/http/AuthHandlers.h"
#include "server/http/CatalogueHandlers.h"
#include "server/http/CockpitHandlers.h"
#include "server/http/PaymentHandlers.h"
#include "server/http/StaffRecordHandlers.h"
#include "server/http/UploadHandlers.h"

#include <QRegularExpression>

namespace rathaus::server::http {

const QList<Route> &routeTable()
{
    using M = QHttpServerRequest::Method;
    static const QList<Route> routes {
        { M::Get, QStringLiteral("/api/v1/health"), &handlers::health },
        { M::Get, QStringLiteral("/api/v1/offices"), &handlers::offices },
        { M::Get, QStringLiteral("/api/v1/services"), &handlers::services },
        { M::Get, QStringLiteral("/api/v1/services/{id}"), &handlers::service },
        { M::Post, QStringLiteral("/api/v1/auth/login"), &handlers::login, Execution::ThreadPool },
        { M::Post, QStringLiteral("/api/v1/auth/refresh"), &handlers::refresh },
        { M::Post, QStringLiteral("/api/v1/auth/logout"), &handlers::logout },
        { M::Get, QStringLiteral("/api/v1/me"), &handlers::me },
        { M::Get, QStringLiteral("/api/v1/me/records"), &handlers::myRecords },
        { M::Get, QStringLiteral("/api/v1/me/access-log"), &handlers::myAccessLog },
        { M::Get, QStringLiteral("/api/v1/staff/citizens/{id}/records"),
          &handlers::staffCitizenRecords, Execution::ThreadPool },
        { M::Post, QStringLiteral("/api/v1/applications"), &handlers::createApplication,
          Execution::ThreadPool },
        { M::Get, QStringLiteral("/api/v1/applications"), &handlers::listApplications },
        { M::Get, QStringLiteral("/api/v1/applications/{id}"), &handlers::getApplication },
        { M::Post, QStringLiteral("/api/v1/applications/{id}/withdraw"),
          &handlers::withdrawApplication },
        // Uploads and payments. Uploads run on the pool (10 MiB hashed and stored).
        { M::Post, QStringLiteral("/api/v1/uploads"), &handlers::createUpload,
          Execution::ThreadPool },
        { M::Get, QStringLiteral("/api/v1/uploads/{id}"), &handlers::getUpload,
          Execution::ThreadPool },
        { M::Post, QStringLiteral("/api/v1/applications/{id}/payments"), &handlers::createPayment,
          Execution::ThreadPool },
        { M::Get, QStringLiteral("/api/v1/payments/{id}"), &handlers::getPayment },
        { M::Get, QStringLiteral("/api/v1/payments/{id}/receipt"), &handlers::getReceipt },
        { M::Post, QStringLiteral("/api/v1/staff/payments/{id}/refund"), &handlers::refundPayment,
          Execution::ThreadPool },
        // The demo payment provider's hosted page: HTML for the browser, not the API.
        { M::Get, QStringLiteral("/pay/demo/{id}"), &handlers::demoPayPage },
        { M::Post, QStringLiteral("/pay/demo/{id}"), &handlers::demoPaySubmit },
    };
    return routes;
}

QString toQtPattern(const QString &pathTemplate)
{
    static const QRegularExpression placeholder(QStringLiteral("\\{[^}/]+\\}"));
    QString pattern = pathTemplate;
    return pattern.replace(placeholder, QStringLiteral("<arg>"));
}

int placeholderCount(const QString &pathTemplate)
{
    return int(pathTemplate.count(QLatin1Char('{')));
}

} // namespace rathaus::server::http
