#pragma once

#include "common/domain/Actor.h"
#include "common/domain/TransferStatus.h"

#include <QJsonArray>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <optional>

namespace rathaus::server {

// A transfer as stored (domain.md "Transfers and consents"). Times are epoch
// seconds; 0 or nullopt where not (yet) set.
struct StoredTransfer
{
    QString id; // UUID
    QString citizenId;
    QString fromOfficeId; // holds the data
    QString toOfficeId; // asks for it and receives the copies
    QStringList categories; // asked for by category (staff requests) ...
    QStringList recordIds; // ... or by record (citizen-initiated)
    QStringList approvedRecordIds; // what the citizen let go (maybe narrowed)
    QString purpose;
    QString legalBasis;
    QString applicationId; // empty: none
    QString requestedBy; // the requesting office's id, or "citizen"
    TransferStatus status = TransferStatus::Requested;
    std::optional<qint64> expiresAt; // the request's: requested -> expired after it
    std::optional<qint64> consentExpiresAt; // the consent's: copies marked for deletion after it
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    std::optional<qint64> decidedAt;
    std::optional<qint64> deliveredAt;
    std::optional<qint64> withdrawnAt;
    std::optional<qint64> copiesMarkedAt; // the copies were marked for deletion
    int version = 1; // +1 per change; history seq == version
};

struct StoredTransferHistoryEntry
{
    int seq = 0;
    qint64 at = 0;
    std::optional<TransferStatus> from;
    TransferStatus to = TransferStatus::Requested;
    Actor actor = Actor::System;
    QString note;
};

// The receiving office's copy of one delivered record.
struct StoredTransferCopy
{
    QString transferId;
    QString recordId; // the original record's id (the citizen knows it)
    QString citizenId;
    QString officeId; // the receiving office
    QString sourceOfficeId;
    QString category;
    QString title; // LocalizedText as JSON text
    QString fields; // JSON array text, as in records
    QString legalBasis;
    qint64 recordUpdatedAt = 0;
    qint64 copiedAt = 0;
    std::optional<qint64> markedForDeletionAt;
};

// Keyset position: (pending first when asked,) newest first by (created_at, id).
struct TransferCursor
{
    int pending = 0; // 1 for a requested transfer in a pending-first list
    qint64 createdAt = 0;
    QString id;
};

struct TransferListFilter
{
    QString citizenId; // set: the citizen's list ...
    QString officeId; // ... or the office's, in and out
    std::optional<TransferStatus> status;
    QString applicationId; // empty: any
    bool pendingFirst = false;
    std::optional<TransferCursor> after;
    int limit = 50;
};

// Transfers, their history and copies. Writes belong in a Transaction opened
// by the caller (store/Transaction.h).
class TransferRepository
{
public:
    explicit TransferRepository(QSqlDatabase db) : m_db(std::move(db)) { }

    void insert(const StoredTransfer &transfer);
    // Writes the changing members when the row is still at `expectedVersion`
    // and sets version = expectedVersion + 1; false when someone was first.
    bool update(const StoredTransfer &transfer, int expectedVersion);
    void appendHistory(const StoredTransfer &transfer, const StoredTransferHistoryEntry &entry);

    std::optional<StoredTransfer> find(const QString &id) const;
    QList<StoredTransferHistoryEntry> history(const QString &transferId) const;
    QList<StoredTransfer> page(const TransferListFilter &filter) const;

    // Ids of requests still open after their expiry, and of consents in
    // force whose copies are not yet marked although the consent expired.
    QStringList expiredRequests(qint64 now, int limit) const;
    QStringList expiredConsents(qint64 now, int limit) const;

    void insertCopy(const StoredTransferCopy &copy);
    QList<StoredTransferCopy> copies(const QString &transferId, bool includeMarked) const;
    // Marks the transfer's unmarked copies; returns the ones it marked.
    QList<StoredTransferCopy> markCopiesForDeletion(const QString &transferId, qint64 now);
    // Deletes copies marked at or before `markedBefore`; returns how many.
    int purgeMarkedCopies(qint64 markedBefore);

    static QString columns();
    static StoredTransfer fromRow(const QSqlQuery &query);

private:
    QSqlDatabase m_db;
};

} // namespace rathaus::server
