#pragma once

#include "server/domain/PaymentSettings.h"

#include <QtGlobal>

namespace rathaus {
class Clock;
}

namespace rathaus::server {

class Database;

// Retention enforced by a job (quality.md "Privacy"): deletes sessions whose
// login is over 12 h old (they can never be used again) and throttle events
// and lock rows older than the throttle window; expires open transfer requests
// and expired consents (TransferService::expire: copies marked, then deleted);
// deletes access-log entries older than two years (AccessLogAudit) and feed
// events older than 90 days. The backend runs it at start
// and every few minutes; with several instances each runs it (idempotent).
class Housekeeping
{
public:
    struct Report
    {
        int sessions = 0;
        int throttleEvents = 0;
        int throttleSubjects = 0;
        int idempotencyKeys = 0; // older than their 24 h validity
        int expiredTransferRequests = 0;
        int expiredConsents = 0; // their copies marked for deletion
        int deletedTransferCopies = 0;
        qint64 accessLogEntries = 0; // older than two years
        int uploads = 0; // unreferenced for 24 h
        int paymentsReconciled = 0; // settled from the provider's state
        int events = 0; // feed events older than kEventRetentionSeconds
    };

    static constexpr int kIntervalSeconds = 10 * 60;
    static constexpr qint64 kThrottleWindowSeconds = 3600;
    // The events feed only wakes clients (notifications); what happened stays
    // in the applications' and transfers' histories. A client away longer
    // than this starts from what is left (its cursor still pages on: seq
    // numbers are never reused).
    static constexpr qint64 kEventRetentionSeconds = 90 * 24 * 3600;

    // Throws DatabaseError. Also deletes uploads no application took in within
    // 24 h, and reconciles payments left unsettled (PaymentService::reconcile).
    static Report run(Database &database, const Clock &clock,
                      qint64 throttleWindowSeconds = kThrottleWindowSeconds,
                      const PaymentSettings &payments = {});
};

} // namespace rathaus::server
