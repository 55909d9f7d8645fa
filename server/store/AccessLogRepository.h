#pragma once

#include "common/wire/AccessLogEntry.h"
#include "server/store/DatabaseUrl.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace rathaus::server {

// One stored access-log entry with its place in the citizen's chain.
struct StoredAccessLogEntry
{
    qint64 seq = 0; // 1, 2, 3, ... per citizen
    AccessLogEntry entry;
};

// A page of one citizen's log, newest first (keyset paging on seq).
struct AccessLogFilter
{
    QString citizenId;
    std::optional<qint64> beforeSeq; // the cursor: only entries with seq < this
    int limit = 50;
    QString officeId; // empty: any
    std::optional<AccessAction> action;
    qint64 nowMs = 0; // entries hidden until after this are left out
};

// The access log (domain.md "Access log"): per citizen a SHA-256 chain sealed
// with common's AccessLogChain, so the client re-computes the same hashes.
// Times are stored in epoch milliseconds (the wire's precision) so that a
// hash re-computed from the stored row equals the one sealed at write time.
class AccessLogRepository
{
public:
    AccessLogRepository(QSqlDatabase db, Dialect dialect) : m_db(std::move(db)), m_dialect(dialect)
    { }

    // Appends `entries` (all of `citizenId`) to the citizen's chain and
    // returns them sealed (prev_hash, hash). MUST run inside a write
    // Transaction, the same one as the access it records: the chain head row
    // is locked (PostgreSQL: SELECT ... FOR UPDATE; SQLite: the transaction is
    // BEGIN IMMEDIATE, the only writer), so concurrent appends queue and the
    // chain stays one line. Throws DatabaseError; the caller's transaction
    // then rolls back, access included.
    QList<AccessLogEntry> append(const QString &citizenId, QList<AccessLogEntry> entries);

    // Newest first; at most filter.limit entries.
    QList<StoredAccessLogEntry> page(const AccessLogFilter &filter) const;

private:
    QSqlDatabase m_db;
    Dialect m_dialect;
};

} // namespace rathaus::server
