#pragma once

#include "common/core/Result.h"
#include "server/store/TransferRepository.h"
#include "server/store/UserRepository.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace rathaus {
class Clock;
}

namespace rathaus::server {

class Database;
class EventHub;

struct TransferListQuery
{
    std::optional<TransferStatus> status;
    QString applicationId; // staff only; empty: any
    std::optional<TransferCursor> after;
    int limit = 50;
};

// Once-only transfers between offices with the citizen's consent (domain.md
// "Transfers and consents", api.md). Stateless and thread-safe: every call
// uses the calling thread's connection; each change is one transaction with
// its history entry (seq == the transfer's new version).
//
// Approval delivers at once, in the approving transaction: the approved
// records are copied to the receiving office (transfer_copies) and each copy
// writes a transfer_out (sending office) and a transfer_in (receiving office)
// entry to the citizen's access log, with the transfer's id as consent_id.
// Withdrawal and an expired consent mark the copies for deletion and log an
// `update` entry per copy; housekeeping then deletes them.
class TransferService
{
public:
    // How long a request waits for the citizen's decision.
    static constexpr qint64 kRequestValiditySeconds = 14 * 24 * 60 * 60;

    struct ExpiryReport
    {
        int expiredRequests = 0;
        int expiredConsents = 0;
        int purgedCopies = 0;
    };

    // The answer of a creating request (201), or the stored answer of the
    // first request with the same Idempotency-Key (replayed byte for byte).
    struct Created
    {
        QByteArray body; // application/json
        QString id;
        bool replayed = false;
    };

    // `events` (may be null) is woken after a change the citizen hears of.
    TransferService(Database &database, const Clock &clock, EventHub *events = nullptr);


    // Both creating calls take an Idempotency-Key (as applications do: per
    // user, 24 h; same key + same body: the first answer; another body: 409
    // idempotency-key-reuse; refused requests are not remembered).
    // Staff (caseworker or lead of an office): POST /staff/transfers.
    Result<Created> request(const UserRecord &staff, const QString &idempotencyKey,
                            const QJsonObject &body);
    Result<QJsonObject> listForOffice(const UserRecord &staff,
                                      const TransferListQuery &query) const;
    // The receiving office reads the delivered copies (logged as `read`).
    Result<QJsonArray> deliveredCopies(const UserRecord &staff, const QString &id);

    // Citizens. Another citizen's transfer is 404.
    Result<Created> createByCitizen(const UserRecord &citizen, const QString &idempotencyKey,
                                    const QJsonObject &body);
    Result<QJsonObject> listForCitizen(const QString &citizenId,
                                       const TransferListQuery &query) const;
    Result<QJsonObject> approve(const QString &citizenId, const QString &id,
                                const QJsonObject &body);
    Result<QJsonObject> decline(const QString &citizenId, const QString &id);
    Result<QJsonObject> withdraw(const QString &citizenId, const QString &id);
    // Every transfer of the citizen with its history (GET /me/export).
    QJsonArray exportFor(const QString &citizenId) const;

    // Housekeeping: open requests past expires_at -> expired; consents past
    // consent_expires_at -> copies marked for deletion (logged); marked copies
    // deleted. Throws DatabaseError.
    ExpiryReport expire();

    static QString encodeCursor(const TransferCursor &cursor);
    static std::optional<TransferCursor> decodeCursor(const QString &text);

private:
    Database &m_database;
    const Clock &m_clock;
    EventHub *m_events = nullptr;
};

} // namespace rathaus::server
