#pragma once

#include "server/store/DatabaseUrl.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace rathaus::server {

// The server's own look at the access log's integrity, and its retention.
//
// verify(): walks one citizen's stored chain from the head row
// (access_log_heads) down to the retention anchor (access_log_anchors, or
// seq 0 and the genesis hash), newest first, in pages: every entry must
// re-hash to its stored hash (common's AccessLogChain, the client's code),
// carry the expected seq, and its hash must be the prev_hash of the entry
// after it. So a changed, deleted or reordered entry anywhere, a cut at the
// newest end (the head remembers it) or a deletion beyond the anchor at the
// oldest end is found. Memory stays flat: one page at a time.
//
// purgeOlderThan(): retention (domain.md: kept two years). Per citizen it
// deletes the oldest entries up to the newest one older than the cut-off -
// always a prefix of the chain, never a hole - and moves the anchor to the
// seq and hash of the last deleted entry, in one transaction. The rest
// verifies from the anchor (the client: from the oldest entry's prev_hash).
class AccessLogAudit
{
public:
    struct Verdict
    {
        bool intact = true;
        qint64 entries = 0; // entries checked
        std::optional<qint64> brokenAtSeq; // the first (newest) place where it breaks
        QString reason; // for the log and tests; no personal data
    };

    AccessLogAudit(QSqlDatabase db, Dialect dialect) : m_db(std::move(db)), m_dialect(dialect) { }

    Verdict verify(const QString &citizenId, int pageSize = 5000) const;

    // Entries with `at` before `cutoffMs` (epoch ms). Returns how many were
    // deleted. Throws DatabaseError.
    qint64 purgeOlderThan(qint64 cutoffMs, qint64 nowSeconds);

private:
    QSqlDatabase m_db;
    Dialect m_dialect;
};

} // namespace rathaus::server
