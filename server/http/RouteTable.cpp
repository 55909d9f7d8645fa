#include "server/http/RouteTable.h"

#include "server/http/AccessLogHandlers.h"
#include "server/http/AdminStaffHandlers.h"
#include "server/http/AdminCatalogueHandlers.h"
#include "server/http/ApplicationHandlers.h"
#include "server/http/AuthHandlers.h"
#include "server/http/CatalogueHandlers.h"
#include "server/http/CockpitHandlers.h"
#include "server/http/DocumentHandlers.h"
#include "server/http/EventHandlers.h"
#include "server/http/ExportHandlers.h"
#include "server/http/FeedbackHandlers.h"
#include "server/http/MessageHandlers.h"
#include "server/http/PaymentHandlers.h"
#include "server/http/StaffCaseHandlers.h"
#include "server/http/StaffRecordHandlers.h"
#include "server/http/TransferHandlers.h"
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
        { M::Get, QStringLiteral("/api/v1/me/events"), nullptr, Execution::LongPoll,
          &handlers::myEvents },
        { M::Get, QStringLiteral("/api/v1/staff/citizens/{id}/records"),
          &handlers::staffCitizenRecords, Execution::ThreadPool },
        { M::Post, QStringLiteral("/api/v1/applications"), &handlers::createApplication,
          Execution::ThreadPool },
        { M::Get, QStringLiteral("/api/v1/applications"), &handlers::listApplications },
        { M::Get, QStringLiteral("/api/v1/applications/{id}"), &handlers::getApplication },
        { M::Post, QStringLiteral("/api/v1/applications/{id}/withdraw"),
          &handlers::withdrawApplication },
        { M::Get, QStringLiteral("/api/v1/staff/cases"), &handlers::staffCases },
        { M::Get, QStringLiteral("/api/v1/staff/cases/{id}"), &handlers::staffCase },
        { M::Get, QStringLiteral("/api/v1/staff/stats"), &handlers::staffStats },
        { M::Post, QStringLiteral("/api/v1/staff/cases/{id}/assign"), &handlers::assignCase },
        { M::Post, QStringLiteral("/api/v1/staff/cases/{id}/transition"),
          &handlers::transitionCase },
        { M::Post, QStringLiteral("/api/v1/staff/cases/{id}/notes"), &handlers::addCaseNote },
        { M::Post, QStringLiteral("/api/v1/staff/cases/{id}/documents"), &handlers::issueDocument,
          Execution::ThreadPool },
        // The longer path first: QtHttpServer 6.4 tries routes in this order,
        // and a serial is never a document id (UUID) anyway.
        { M::Get, QStringLiteral("/api/v1/documents/{serial}/verify"), &handlers::verifyDocument },
        { M::Get, QStringLiteral("/api/v1/documents/{id}"), &handlers::getDocument },
        { M::Get, QStringLiteral("/api/v1/applications/{id}/messages"),
          &handlers::listApplicationMessages },
        { M::Post, QStringLiteral("/api/v1/applications/{id}/messages"),
          &handlers::postApplicationMessage },
        { M::Post, QStringLiteral("/api/v1/applications/{id}/answer"),
          &handlers::answerApplication },
        { M::Get, QStringLiteral("/api/v1/staff/cases/{id}/messages"),
          &handlers::listCaseMessages },
        { M::Post, QStringLiteral("/api/v1/staff/cases/{id}/messages"),
          &handlers::postCaseMessage },
        { M::Post, QStringLiteral("/api/v1/me/records/{id}/correction"),
          &handlers::requestRecordCorrection },
        { M::Get, QStringLiteral("/api/v1/me/records/{id}/messages"),
          &handlers::listRecordMessages },
        { M::Get, QStringLiteral("/api/v1/staff/messages"), &handlers::listOfficeMessages },
        { M::Post, QStringLiteral("/api/v1/staff/messages/{id}/reply"), &handlers::replyToMessage },
        { M::Post, QStringLiteral("/api/v1/feedback"), &handlers::postFeedback },
        { M::Get, QStringLiteral("/api/v1/staff/feedback"), &handlers::listFeedback },
        { M::Get, QStringLiteral("/api/v1/me/transfers"), &handlers::myTransfers },
        { M::Post, QStringLiteral("/api/v1/me/transfers"), &handlers::createMyTransfer },
        { M::Post, QStringLiteral("/api/v1/me/transfers/{id}/approve"),
          &handlers::approveMyTransfer },
        { M::Post, QStringLiteral("/api/v1/me/transfers/{id}/decline"),
          &handlers::declineMyTransfer },
        { M::Post, QStringLiteral("/api/v1/me/transfers/{id}/withdraw"),
          &handlers::withdrawMyTransfer },
        { M::Get, QStringLiteral("/api/v1/me/export"), &handlers::myExport, Execution::ThreadPool },
        { M::Post, QStringLiteral("/api/v1/staff/transfers"), &handlers::staffRequestTransfer },
        { M::Get, QStringLiteral("/api/v1/staff/transfers"), &handlers::staffListTransfers },
        { M::Get, QStringLiteral("/api/v1/staff/transfers/{id}/records"),
          &handlers::staffTransferRecords },
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
        // Staff accounts (administrators). Creating one hashes its password: pool.
        { M::Get, QStringLiteral("/api/v1/admin/staff"), &handlers::listStaffAccounts },
        { M::Post, QStringLiteral("/api/v1/admin/staff"), &handlers::createStaffAccount,
          Execution::ThreadPool },
        { M::Post, QStringLiteral("/api/v1/admin/staff/{id}/totp"), &handlers::resetStaffTotp },
        { M::Get, QStringLiteral("/api/v1/admin/staff/{id}"), &handlers::getStaffAccount },
        { M::Put, QStringLiteral("/api/v1/admin/staff/{id}"), &handlers::updateStaffAccount },
        // The administrator's catalogue (texts, fees, form schemas).
        { M::Get, QStringLiteral("/api/v1/admin/services"), &handlers::adminServices },
        { M::Post, QStringLiteral("/api/v1/admin/services"), &handlers::createAdminService },
        { M::Get, QStringLiteral("/api/v1/admin/services/{id}"), &handlers::adminService },
        { M::Put, QStringLiteral("/api/v1/admin/services/{id}"), &handlers::replaceAdminService },
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
