#include "server/domain/Housekeeping.h"

#include "common/core/Clock.h"
#include "server/Logging.h"
#include "server/domain/PaymentService.h"
#include "server/domain/SessionService.h"
#include "server/domain/TransferService.h"
#include "server/domain/UploadService.h"
#include "server/store/AccessLogAudit.h"
#include "server/store/Database.h"
#include "server/store/IdempotencyRepository.h"
#include "server/store/Sql.h"
#include "server/store/Transaction.h"
#include "server/store/UploadRepository.h"

namespace rathaus::server {

Housekeeping::Report Housekeeping::run(Database &database, const Clock &clock,
                                       qint64 throttleWindowSeconds,
                                       const PaymentSettings &payments)
{
    const QSqlDatabase db = database.connection();
    const qint64 now = clock.nowSeconds();
    Report report;
    report.sessions =
        sql::execAffected(db, QStringLiteral("DELETE FROM sessions WHERE family_started_at <= ?"),
                          { now - SessionService::kAbsoluteSeconds });
    report.throttleEvents =
        sql::execAffected(db, QStringLiteral("DELETE FROM throttle_events WHERE at <= ?"),
                          { now - throttleWindowSeconds });
    report.throttleSubjects =
        sql::execAffected(db, QStringLiteral("DELETE FROM throttle_subjects WHERE touched_at <= ?"),
                          { now - throttleWindowSeconds });
    report.idempotencyKeys =
        IdempotencyRepository(db).purgeOlderThan(now - IdempotencyRepository::kValiditySeconds);
    const TransferService::ExpiryReport transfers = TransferService(database, clock).expire();
    report.expiredTransferRequests = transfers.expiredRequests;
    report.expiredConsents = transfers.expiredConsents;
    report.deletedTransferCopies = transfers.purgedCopies;
    // Two years (domain.md "Access log"), counted on the calendar.
    report.accessLogEntries =
        AccessLogAudit(db, database.dialect())
            .purgeOlderThan(clock.now().addYears(-2).toMSecsSinceEpoch(), now);
    if (report.accessLogEntries > 0)
        qCInfo(lcDomain) << "housekeeping removed" << report.accessLogEntries
                         << "access-log entries older than two years";
    {
        Transaction transaction(db, database.dialect());
        report.uploads = UploadRepository(db).purgeUnreferenced(
            database.dialect(), now - UploadService::kUnreferencedLifetimeSeconds);
        transaction.commit();
    }
    if (report.uploads > 0)
        qCInfo(lcDomain) << "housekeeping removed" << report.uploads << "unreferenced uploads";
    report.paymentsReconciled = PaymentService(database, clock, payments).reconcile();
    // event_heads keeps each citizen's last seq: new events never reuse a number.
    report.events = sql::execAffected(db, QStringLiteral("DELETE FROM events WHERE at <= ?"),
                                      { now - kEventRetentionSeconds });
    if (report.events > 0)
        qCInfo(lcDomain) << "housekeeping removed" << report.events << "feed events";
    if (report.idempotencyKeys > 0)
        qCInfo(lcDomain) << "housekeeping removed" << report.idempotencyKeys
                         << "expired idempotency keys";
    if (report.sessions + report.throttleEvents + report.throttleSubjects > 0) {
        qCInfo(lcDomain) << "housekeeping removed" << report.sessions << "sessions,"
                         << report.throttleEvents << "throttle events," << report.throttleSubjects
                         << "throttle subjects";
    }
    return report;
}

} // namespace rathaus::server
