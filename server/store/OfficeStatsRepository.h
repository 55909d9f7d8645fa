#pragma once

#include <QList>
#include <QMap>
#include <QSqlDatabase>
#include <QString>

namespace rathaus::server {

// The figures of one office for its lead (GET /staff/stats), in SQL both
// dialects run. Times are epoch seconds; `now` comes from the caller's clock.
class OfficeStatsRepository
{
public:
    // Cases closed within this window count for the median.
    static constexpr qint64 kMedianWindowSeconds = 90LL * 24 * 60 * 60;
    // "received" and "closed" count this window.
    static constexpr qint64 kRecentWindowSeconds = 30LL * 24 * 60 * 60;
    // The median is taken over at most this many closed cases (the newest).
    static constexpr int kMedianSampleLimit = 20000;

    explicit OfficeStatsRepository(QSqlDatabase db) : m_db(std::move(db)) { }

    // Wire status -> count, for the statuses the office still works on.
    QMap<QString, int> openByStatus(const QString &officeId) const;
    // Open cases whose legal deadline has passed.
    int overdue(const QString &officeId, qint64 now) const;
    // Seconds from first submission to completion or rejection, of the cases
    // closed since `since` (at most kMedianSampleLimit).
    QList<qint64> processingSeconds(const QString &officeId, qint64 since) const;
    // Cases that reached "submitted" since `since`.
    int received(const QString &officeId, qint64 since) const;
    // Cases completed or rejected since `since`.
    int closed(const QString &officeId, qint64 since) const;

    // The median of `values` (the mean of the middle two for an even count);
    // -1 when there are none.
    static double median(QList<qint64> values);

private:
    QSqlDatabase m_db;
};

} // namespace rathaus::server
