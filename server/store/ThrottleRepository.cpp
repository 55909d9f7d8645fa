#include "server/store/ThrottleRepository.h"

#include "server/store/Sql.h"

#include <QSqlQuery>

namespace rathaus::server {

void ThrottleRepository::lock(const QString &subject, qint64 now)
{
    // An upsert that always writes: on PostgreSQL it row-locks the subject
    // until commit, on SQLite the IMMEDIATE transaction already serialises.
    sql::exec(
        m_db,
        QStringLiteral("INSERT INTO throttle_subjects (subject, touched_at) VALUES (?, ?)"
                       " ON CONFLICT (subject) DO UPDATE SET touched_at = excluded.touched_at"),
        { subject, now });
}

void ThrottleRepository::prune(const QString &subject, qint64 before)
{
    sql::exec(m_db, QStringLiteral("DELETE FROM throttle_events WHERE subject = ? AND at <= ?"),
              { subject, before });
}

ThrottleRepository::Window ThrottleRepository::countSince(const QString &subject,
                                                          qint64 after) const
{
    QSqlQuery query =
        sql::exec(m_db,
                  QStringLiteral(
                      "SELECT COUNT(*), MIN(at) FROM throttle_events WHERE subject = ? AND at > ?"),
                  { subject, after });
    Window window;
    if (query.next()) {
        window.count = query.value(0).toInt();
        window.oldestAt = query.value(1).isNull() ? 0 : query.value(1).toLongLong();
    }
    return window;
}

void ThrottleRepository::record(const QString &subject, qint64 at)
{
    sql::exec(m_db, QStringLiteral("INSERT INTO throttle_events (subject, at) VALUES (?, ?)"),
              { subject, at });
}

} // namespace rathaus::server
