#include "server/store/OfficeStatsRepository.h"

#include "common/domain/ApplicationStatus.h"
#include "server/store/Sql.h"

#include <QSqlQuery>

#include <algorithm>

namespace rathaus::server {

namespace {

// Literal: the partial index applications_office_open repeats it as is.
const QString kOverdueStatuses =
    QStringLiteral("('submitted', 'in_review', 'info_requested', 'suspended')");
// What the office still works on: the above and approved (document pending).
const QStringList kOpenStatuses { QStringLiteral("submitted"), QStringLiteral("in_review"),
                                  QStringLiteral("info_requested"), QStringLiteral("suspended"),
                                  QStringLiteral("approved") };

} // namespace

QMap<QString, int> OfficeStatsRepository::openByStatus(const QString &officeId) const
{
    QMap<QString, int> counts;
    for (const QString &status : kOpenStatuses)
        counts.insert(status, 0);
    // One index range per status (applications_office_status_created).
    QSqlQuery query = sql::exec(
        m_db,
        QStringLiteral("SELECT status, COUNT(*) FROM applications WHERE office_id = ?"
                       " AND status IN ('submitted', 'in_review', 'info_requested', 'suspended',"
                       " 'approved') GROUP BY status"),
        { officeId });
    while (query.next())
        counts.insert(query.value(0).toString(), query.value(1).toInt());
    return counts;
}

int OfficeStatsRepository::overdue(const QString &officeId, qint64 now) const
{
    return sql::scalar(m_db,
                       QStringLiteral("SELECT COUNT(*) FROM applications WHERE office_id = ?"
                                      " AND status IN %1 AND deadline < ?")
                           .arg(kOverdueStatuses),
                       { officeId, now })
        .value_or(QVariant(0))
        .toInt();
}

QList<qint64> OfficeStatsRepository::processingSeconds(const QString &officeId, qint64 since) const
{
    // The closing entries come from application_history_closed (migration
    // 12); the first submission of each is a lookup by its primary key.
    QSqlQuery query = sql::exec(
        m_db,
        QStringLiteral("SELECT h.at - (SELECT MIN(s.at) FROM application_history s"
                       " WHERE s.application_id = h.application_id AND s.to_status = 'submitted')"
                       " FROM application_history h JOIN applications a ON a.id = h.application_id"
                       " WHERE h.to_status IN ('completed', 'rejected') AND h.at >= ?"
                       " AND a.office_id = ? ORDER BY h.at DESC LIMIT ?"),
        { since, officeId, kMedianSampleLimit });
    QList<qint64> seconds;
    while (query.next()) {
        if (!query.value(0).isNull()) // never submitted (cannot happen; be safe)
            seconds.append(qMax<qint64>(0, query.value(0).toLongLong()));
    }
    return seconds;
}

int OfficeStatsRepository::received(const QString &officeId, qint64 since) const
{
    return sql::scalar(m_db,
                       QStringLiteral("SELECT COUNT(DISTINCT h.application_id)"
                                      " FROM application_history h"
                                      " JOIN applications a ON a.id = h.application_id"
                                      " WHERE h.to_status = 'submitted' AND h.at >= ?"
                                      " AND a.office_id = ?"),
                       { since, officeId })
        .value_or(QVariant(0))
        .toInt();
}

int OfficeStatsRepository::closed(const QString &officeId, qint64 since) const
{
    return sql::scalar(m_db,
                       QStringLiteral("SELECT COUNT(*) FROM application_history h"
                                      " JOIN applications a ON a.id = h.application_id"
                                      " WHERE h.to_status IN ('completed', 'rejected')"
                                      " AND h.at >= ? AND a.office_id = ?"),
                       { since, officeId })
        .value_or(QVariant(0))
        .toInt();
}

double OfficeStatsRepository::median(QList<qint64> values)
{
    if (values.isEmpty())
        return -1;
    std::sort(values.begin(), values.end());
    const qsizetype middle = values.size() / 2;
    if (values.size() % 2 == 1)
        return double(values.at(middle));
    return (double(values.at(middle - 1)) + double(values.at(middle))) / 2.0;
}

} // namespace rathaus::server
