#include "server/domain/LoginThrottle.h"

#include "server/store/ThrottleRepository.h"
#include "server/store/Transaction.h"

#include <algorithm>
#include <array>

namespace rathaus::server {

LoginThrottle::Decision LoginThrottle::acquire(const QSqlDatabase &db, Dialect dialect,
                                               const QString &account, const QString &address,
                                               qint64 now) const
{
    struct Subject
    {
        QString key;
        int limit;
    };
    std::array<Subject, 2> subjects {
        Subject { QStringLiteral("account:") + account, m_limits.perAccount },
        Subject { QStringLiteral("address:") + address, m_limits.perAddress }
    };
    // Always lock in the same order: two attempts never wait on each other crosswise.
    std::sort(subjects.begin(), subjects.end(),
              [](const Subject &a, const Subject &b) { return a.key < b.key; });

    const qint64 windowStart = now - m_limits.windowSeconds;
    Transaction transaction(db, dialect);
    ThrottleRepository repository(db);
    Decision decision;
    for (const Subject &subject : subjects) {
        repository.lock(subject.key, now);
        repository.prune(subject.key, windowStart);
        const ThrottleRepository::Window window = repository.countSince(subject.key, windowStart);
        if (window.count >= subject.limit) {
            decision.allowed = false;
            decision.retryAfterSeconds =
                std::max(decision.retryAfterSeconds,
                         std::max<qint64>(1, window.oldestAt + m_limits.windowSeconds - now));
        }
    }
    if (decision.allowed) {
        for (const Subject &subject : subjects)
            repository.record(subject.key, now);
    }
    transaction.commit();
    return decision;
}

} // namespace rathaus::server
