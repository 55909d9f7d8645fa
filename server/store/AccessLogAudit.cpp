#include "server/store/AccessLogAudit.h"

#include "common/domain/AccessLogChain.h"
#include "server/store/AccessLogRepository.h"
#include "server/store/Sql.h"
#include "server/store/Transaction.h"

#include <QSqlQuery>

#include <limits>

namespace rathaus::server {

namespace {

struct ChainPoint
{
    qint64 seq = 0;
    QString hash;
};

std::optional<ChainPoint> pointOf(const QSqlDatabase &db, const QString &table,
                                  const QString &citizenId)
{
    QSqlQuery query =
        sql::exec(db, QStringLiteral("SELECT seq, hash FROM %1 WHERE citizen_id = ?").arg(table),
                  { citizenId });
    if (!query.next())
        return std::nullopt;
    return ChainPoint { query.value(0).toLongLong(), query.value(1).toString() };
}

AccessLogAudit::Verdict broken(AccessLogAudit::Verdict verdict, qint64 seq, const char *reason)
{
    verdict.intact = false;
    verdict.brokenAtSeq = seq;
    verdict.reason = QString::fromLatin1(reason);
    return verdict;
}

} // namespace

AccessLogAudit::Verdict AccessLogAudit::verify(const QString &citizenId, int pageSize) const
{
    Verdict verdict;
    const ChainPoint anchor = pointOf(m_db, QStringLiteral("access_log_anchors"), citizenId)
                                  .value_or(ChainPoint { 0, AccessLogChain::genesisHash() });
    const ChainPoint head = pointOf(m_db, QStringLiteral("access_log_heads"), citizenId)
                                .value_or(ChainPoint { 0, AccessLogChain::genesisHash() });
    qint64 expectedSeq = head.seq;
    QString expectedHash = head.hash;

    AccessLogRepository repository(m_db, m_dialect);
    AccessLogFilter filter;
    filter.citizenId = citizenId;
    filter.limit = pageSize;
    filter.nowMs = std::numeric_limits<qint64>::max(); // hidden entries too
    for (;;) {
        const QList<StoredAccessLogEntry> rows = repository.page(filter);
        for (const StoredAccessLogEntry &row : rows) {
            if (row.seq != expectedSeq)
                return broken(verdict, expectedSeq, "an entry is missing or out of place");
            if (AccessLogChain::hashOf(row.entry) != row.entry.hash)
                return broken(verdict, row.seq, "an entry's content does not match its hash");
            if (row.entry.hash != expectedHash)
                return broken(verdict, row.seq, "an entry is not the one its successor names");
            expectedHash = row.entry.prevHash;
            --expectedSeq;
            ++verdict.entries;
        }
        if (rows.size() < filter.limit)
            break;
        filter.beforeSeq = rows.constLast().seq;
    }
    if (expectedSeq != anchor.seq)
        return broken(verdict, expectedSeq, "entries are missing at the oldest end");
    if (expectedHash != anchor.hash)
        return broken(verdict, anchor.seq + 1, "the oldest entry does not follow the anchor");
    return verdict;
}

qint64 AccessLogAudit::purgeOlderThan(qint64 cutoffMs, qint64 nowSeconds)
{
    QList<QPair<QString, qint64>> due;
    {
        QSqlQuery query = sql::exec(m_db,
                                    QStringLiteral("SELECT citizen_id, MAX(seq) FROM access_log"
                                                   " WHERE at < ? GROUP BY citizen_id"),
                                    { cutoffMs });
        while (query.next())
            due.append({ query.value(0).toString(), query.value(1).toLongLong() });
    }
    qint64 deleted = 0;
    for (const auto &[citizenId, lastSeq] : std::as_const(due)) {
        Transaction transaction(m_db, m_dialect);
        const auto hash = sql::scalar(
            m_db, QStringLiteral("SELECT hash FROM access_log WHERE citizen_id = ? AND seq = ?"),
            { citizenId, lastSeq });
        if (!hash)
            continue; // purged meanwhile by another instance
        deleted += sql::execAffected(
            m_db, QStringLiteral("DELETE FROM access_log WHERE citizen_id = ? AND seq <= ?"),
            { citizenId, lastSeq });
        sql::exec(
            m_db,
            QStringLiteral("INSERT INTO access_log_anchors (citizen_id, seq, hash, updated_at)"
                           " VALUES (?, ?, ?, ?) ON CONFLICT (citizen_id) DO UPDATE SET"
                           " seq = excluded.seq, hash = excluded.hash,"
                           " updated_at = excluded.updated_at"
                           " WHERE access_log_anchors.seq < excluded.seq"),
            { citizenId, lastSeq, hash->toString(), nowSeconds });
        transaction.commit();
    }
    return deleted;
}

} // namespace rathaus::server
