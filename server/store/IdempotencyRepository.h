#pragma once

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace rathaus::server {

// What was answered to the first request with an Idempotency-Key.
struct StoredIdempotency
{
    QString requestHash; // SHA-256 hex of method, path and canonical body
    std::optional<int> status; // none: the first request has not finished
    QByteArray body;
    QString resourceId;
    qint64 createdAt = 0;
};

// Idempotency keys in the database (api.md "Conventions"), keyed by
// (user_id, key) so that several backend instances agree. The row is claimed
// inside the transaction that does the work and completed in it: a
// concurrent duplicate waits on the unique key (PostgreSQL) or on the write
// lock (SQLite) and then finds the finished answer.
class IdempotencyRepository
{
public:
    static constexpr qint64 kValiditySeconds = 24 * 60 * 60;

    explicit IdempotencyRepository(QSqlDatabase db) : m_db(std::move(db)) { }

    // The row, unless it is older than `notBefore` (expired).
    std::optional<StoredIdempotency> find(const QString &userId, const QString &key,
                                          qint64 notBefore) const;
    // Inserts an unfinished row (an expired one is replaced); false when a
    // live row exists: the caller rolls back and answers from find().
    bool claim(const QString &userId, const QString &key, const QString &requestHash, qint64 now,
               qint64 notBefore);
    void complete(const QString &userId, const QString &key, int status, const QByteArray &body,
                  const QString &resourceId);
    // Housekeeping: rows created before `cutoff`; returns how many went.
    int purgeOlderThan(qint64 cutoff);

private:
    QSqlDatabase m_db;
};

} // namespace rathaus::server
