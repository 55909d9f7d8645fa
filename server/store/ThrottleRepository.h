#pragma once

#include <QSqlDatabase>
#include <QString>

namespace rathaus::server {

// Attempt events per subject ("account:erika", "address:127.0.0.1"), counted
// over a rolling window. Call inside a Transaction.
class ThrottleRepository
{
public:
    struct Window
    {
        int count = 0;
        qint64 oldestAt = 0; // 0 when count == 0
    };

    explicit ThrottleRepository(QSqlDatabase db) : m_db(std::move(db)) { }

    // Takes the subject's lock row (created on first use): concurrent
    // attempts for the same subject queue here until the transaction ends.
    void lock(const QString &subject, qint64 now);
    // Forgets events at or before `before` (they can never count again).
    void prune(const QString &subject, qint64 before);
    Window countSince(const QString &subject, qint64 after) const;
    void record(const QString &subject, qint64 at);

private:
    QSqlDatabase m_db;
};

} // namespace rathaus::server
