#include "server/store/FeedbackRepository.h"

#include "server/store/Sql.h"

#include <QSqlQuery>

namespace rathaus::server {

void FeedbackRepository::insert(const StoredFeedback &f)
{
    sql::exec(m_db,
              QStringLiteral("INSERT INTO feedback (id, user_id, service_id, office_id, text,"
                             " status, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
              { f.id, sql::nullableText(f.userId), sql::nullableText(f.serviceId),
                sql::nullableText(f.officeId), sql::text(f.text), f.status, f.createdAt });
}

FeedbackRepository::Window FeedbackRepository::countByUserSince(const QString &userId,
                                                                qint64 after) const
{
    QSqlQuery query = sql::exec(m_db,
                                QStringLiteral("SELECT COUNT(*), MIN(created_at) FROM feedback"
                                               " WHERE user_id = ? AND created_at > ?"),
                                { userId, after });
    Window window;
    if (query.next()) {
        window.count = query.value(0).toInt();
        window.oldestAt = query.value(1).isNull() ? 0 : query.value(1).toLongLong();
    }
    return window;
}

QList<StoredFeedback> FeedbackRepository::page(const FeedbackFilter &filter) const
{
    QString statement = QStringLiteral("SELECT id, user_id, service_id, office_id, text, status,"
                                       " created_at FROM feedback WHERE 1 = 1");
    QVariantList values;
    if (filter.officeId) {
        statement += QStringLiteral(" AND office_id = ?");
        values.append(*filter.officeId);
    }
    if (!filter.serviceId.isEmpty()) {
        statement += QStringLiteral(" AND service_id = ?");
        values.append(filter.serviceId);
    }
    if (filter.after) {
        statement += QStringLiteral(" AND (created_at < ? OR (created_at = ? AND id < ?))");
        values << filter.after->createdAt << filter.after->createdAt << filter.after->id;
    }
    statement += QStringLiteral(" ORDER BY created_at DESC, id DESC LIMIT ?");
    values.append(filter.limit);
    QList<StoredFeedback> result;
    QSqlQuery query = sql::exec(m_db, statement, values);
    while (query.next()) {
        StoredFeedback row;
        row.id = query.value(0).toString();
        row.userId = query.value(1).toString();
        row.serviceId = query.value(2).toString();
        row.officeId = query.value(3).toString();
        row.text = query.value(4).toString();
        row.status = query.value(5).toString();
        row.createdAt = query.value(6).toLongLong();
        result.append(row);
    }
    return result;
}

} // namespace rathaus::server
