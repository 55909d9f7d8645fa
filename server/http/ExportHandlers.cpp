#include "server/http/ExportHandlers.h"

#include "common/core/Clock.h"
#include "common/wire/WireTime.h"
#include "server/domain/ApplicationService.h"
#include "server/domain/MessageService.h"
#include "server/domain/PaymentService.h"
#include "server/domain/SessionService.h"
#include "server/domain/TransferService.h"
#include "server/http/CockpitHandlers.h"
#include "server/store/AccessLogRepository.h"
#include "server/store/MessageRepository.h"
#include "server/store/PaymentRepository.h"
#include "server/store/RecordRepository.h"

#include <QJsonArray>

namespace rathaus::server::http::handlers {

namespace {

constexpr int kBatch = 200;

// A whole thread, oldest first, read without marking anything read: the
// export reports, it does not act.
QJsonArray threadOf(HandlerContext &context, const QString &threadId)
{
    MessageRepository repository(context.database.connection());
    QJsonArray all;
    qint64 after = 0;
    for (;;) {
        const QList<StoredMessage> rows = repository.thread(threadId, after, kBatch);
        for (const StoredMessage &row : rows)
            all.append(MessageService::toWire(row).toJson());
        if (rows.size() < kBatch)
            break;
        after = rows.constLast().seq;
    }
    return all;
}

QJsonArray applicationsOf(HandlerContext &context, const QString &citizenId)
{
    ApplicationService service(context.database, context.clock);
    QJsonArray all;
    ApplicationListFilter filter;
    filter.citizenId = citizenId;
    filter.limit = kBatch;
    for (;;) {
        const Page<ApplicationSummary> page = service.list(filter);
        for (const ApplicationSummary &summary : page.items) {
            // The citizen's view: data, history, payment and issued documents
            // (those visible to the citizen), never internal notes; and the
            // conversation with the office.
            const auto detail = service.detail(citizenId, summary.id);
            if (!detail)
                continue;
            QJsonObject application = detail.value().toJson();
            application.insert(QStringLiteral("messages"), threadOf(context, summary.id));
            // Every payment attempt, not only the one the detail names.
            QJsonArray payments;
            for (const StoredPayment &payment :
                 PaymentRepository(context.database.connection()).forApplication(summary.id))
                payments.append(PaymentService::toWire(payment).toJson());
            application.insert(QStringLiteral("payments"), payments);
            all.append(application);
        }
        if (!page.hasMore())
            break;
        filter.after = ApplicationService::decodeCursor(page.nextCursor);
    }
    return all;
}

// Oldest first (the order to verify the chain in); entries whose disclosure
// is deferred are left out, as in GET /me/access-log.
QJsonArray accessLogOf(HandlerContext &context, const QString &citizenId)
{
    AccessLogRepository repository(context.database.connection(), context.database.dialect());
    AccessLogFilter filter;
    filter.citizenId = citizenId;
    filter.nowMs = context.clock.now().toMSecsSinceEpoch();
    filter.limit = 1000;
    QList<AccessLogEntry> newestFirst;
    for (;;) {
        const auto rows = repository.page(filter);
        for (const StoredAccessLogEntry &row : rows)
            newestFirst.append(row.entry);
        if (rows.size() < filter.limit)
            break;
        filter.beforeSeq = rows.constLast().seq;
    }
    QJsonArray array;
    for (auto it = newestFirst.crbegin(); it != newestFirst.crend(); ++it)
        array.append(it->toJson());
    return array;
}

} // namespace

Reply myExport(HandlerContext &context, const RequestContext &request)
{
    const auto session = context.sessions.authenticate(request.bearerToken());
    if (!session)
        return Reply::problem(session.problem()).withHeader("WWW-Authenticate", "Bearer");
    const UserRecord &user = session.value().user;
    if (user.role != Role::Citizen)
        return Reply::problem(403, QStringLiteral("forbidden"), QStringLiteral("Not allowed"),
                              QStringLiteral("The export is a citizen's own data."));
    QJsonArray records;
    for (const StoredRecord &record :
         RecordRepository(context.database.connection()).forCitizen(user.id)) {
        QJsonObject json = recordToWire(record).toJson();
        // Correction requests and the office's answers about this record.
        json.insert(QStringLiteral("messages"),
                    threadOf(context, MessageService::recordThreadId(user.id, record.id)));
        records.append(json);
    }
    const QJsonObject document {
        { QStringLiteral("format"), QStringLiteral("rathaus-export/1") },
        { QStringLiteral("exported_at"), wire::toWireTime(context.clock.now()) },
        { QStringLiteral("profile"), user.toInfo().toJson() },
        { QStringLiteral("records"), records },
        { QStringLiteral("applications"), applicationsOf(context, user.id) },
        { QStringLiteral("access_log"), accessLogOf(context, user.id) },
        { QStringLiteral("transfers"),
          TransferService(context.database, context.clock).exportFor(user.id) },
    };
    return Reply::json(document).withHeader("Content-Disposition",
                                            "attachment; filename=\"rathaus-export.json\"");
}

} // namespace rathaus::server::http::handlers
