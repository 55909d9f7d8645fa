#include "server/store/MessageRepository.h"

#include "server/store/DatabaseError.h"
#include "server/store/Sql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace rathaus::server {

namespace {

const QString kColumns = QStringLiteral(
    "thread_id, seq, id, application_id, record_id, citizen_id, office_id, sender, sender_staff,"
    " sender_display, body, uploads, created_at, read_by_citizen_at, read_by_office_at");

StoredMessage fromRow(const QSqlQuery &query)
{
    StoredMessage row;
    row.threadId = query.value(0).toString();
    row.seq = query.value(1).toLongLong();
    row.id = query.value(2).toString();
    row.applicationId = query.value(3).toString();
    row.recordId = query.value(4).toString();
    row.citizenId = query.value(5).toString();
    row.officeId = query.value(6).toString();
    const auto sender = messageSenderFromWire(query.value(7).toString());
    if (!sender)
        throw DatabaseError(QStringLiteral("unknown message sender in the database"));
    row.sender = *sender;
    row.senderStaff = query.value(8).toString();
    row.senderDisplay = query.value(9).toString();
    row.body = query.value(10).toString();
    for (const QJsonValue &value :
         QJsonDocument::fromJson(query.value(11).toString().toUtf8()).array())
        row.uploads.append(value.toString());
    row.createdAt = query.value(12).toLongLong();
    row.readByCitizenAt = sql::optionalInt(query.value(13));
    row.readByOfficeAt = sql::optionalInt(query.value(14));
    return row;
}

} // namespace

std::optional<ThreadCase> MessageRepository::threadCase(const QString &applicationId) const
{
    QSqlQuery query = sql::exec(m_db,
                                QStringLiteral("SELECT id, citizen_id, office_id, service_id,"
                                               " status, updated_at FROM applications"
                                               " WHERE id = ?"),
                                { applicationId });
    if (!query.next())
        return std::nullopt;
    ThreadCase thread;
    thread.applicationId = query.value(0).toString();
    thread.citizenId = query.value(1).toString();
    thread.officeId = query.value(2).toString();
    thread.serviceId = query.value(3).toString();
    const auto status = applicationStatusFromWire(query.value(4).toString());
    if (!status)
        throw DatabaseError(QStringLiteral("unknown application status in the database"));
    thread.status = *status;
    thread.updatedAt = query.value(5).toLongLong();
    return thread;
}

QString MessageRepository::recordOffice(const QString &citizenId, const QString &recordId) const
{
    const auto office = sql::scalar(
        m_db, QStringLiteral("SELECT office_id FROM records WHERE citizen_id = ? AND id = ?"),
        { citizenId, recordId });
    return office ? office->toString() : QString();
}

QString MessageRepository::officeName(const QString &officeId) const
{
    const auto name =
        sql::scalar(m_db, QStringLiteral("SELECT name_de FROM offices WHERE id = ?"), { officeId });
    return name ? name->toString() : officeId;
}

StoredMessage MessageRepository::append(StoredMessage m)
{
    sql::exec(m_db,
              QStringLiteral("INSERT INTO message_threads (thread_id, last_seq) VALUES (?, 1)"
                             " ON CONFLICT (thread_id) DO UPDATE"
                             " SET last_seq = message_threads.last_seq + 1"),
              { m.threadId });
    const auto seq = sql::scalar(
        m_db, QStringLiteral("SELECT last_seq FROM message_threads WHERE thread_id = ?"),
        { m.threadId });
    if (!seq)
        throw DatabaseError(QStringLiteral("message thread counter vanished"));
    m.seq = seq->toLongLong();
    sql::exec(
        m_db,
        QStringLiteral("INSERT INTO messages (%1)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
            .arg(kColumns),
        { m.threadId, m.seq, m.id, sql::nullableText(m.applicationId),
          sql::nullableText(m.recordId), m.citizenId, m.officeId, messageSenderToWire(m.sender),
          sql::nullableText(m.senderStaff), sql::nullableText(m.senderDisplay), sql::text(m.body),
          QString::fromUtf8(
              QJsonDocument(QJsonArray::fromStringList(m.uploads)).toJson(QJsonDocument::Compact)),
          m.createdAt, sql::nullable(m.readByCitizenAt), sql::nullable(m.readByOfficeAt) });
    return m;
}

std::optional<StoredMessage> MessageRepository::find(const QString &id) const
{
    QSqlQuery query = sql::exec(
        m_db, QStringLiteral("SELECT %1 FROM messages WHERE id = ?").arg(kColumns), { id });
    if (!query.next())
        return std::nullopt;
    return fromRow(query);
}

QList<StoredMessage> MessageRepository::thread(const QString &threadId, qint64 afterSeq,
                                               int limit) const
{
    QList<StoredMessage> result;
    QSqlQuery query = sql::exec(m_db,
                                QStringLiteral("SELECT %1 FROM messages WHERE thread_id = ?"
                                               " AND seq > ? ORDER BY seq LIMIT ?")
                                    .arg(kColumns),
                                { threadId, afterSeq, limit });
    while (query.next())
        result.append(fromRow(query));
    return result;
}

int MessageRepository::markReadByCitizen(const QString &threadId, qint64 upToSeq, qint64 now)
{
    return sql::execAffected(m_db,
                             QStringLiteral("UPDATE messages SET read_by_citizen_at = ?"
                                            " WHERE thread_id = ? AND seq <= ?"
                                            " AND read_by_citizen_at IS NULL"),
                             { now, threadId, upToSeq });
}

int MessageRepository::markReadByOffice(const QString &threadId, qint64 upToSeq, qint64 now)
{
    return sql::execAffected(m_db,
                             QStringLiteral("UPDATE messages SET read_by_office_at = ?"
                                            " WHERE thread_id = ? AND seq <= ?"
                                            " AND read_by_office_at IS NULL"),
                             { now, threadId, upToSeq });
}

int MessageRepository::unreadForCitizen(const QString &citizenId,
                                        const QString &applicationId) const
{
    const auto count = sql::scalar(m_db,
                                   QStringLiteral("SELECT COUNT(*) FROM messages"
                                                  " WHERE citizen_id = ?"
                                                  " AND read_by_citizen_at IS NULL"
                                                  " AND application_id = ?"),
                                   { citizenId, applicationId });
    return count ? count->toInt() : 0;
}

QHash<QString, int> MessageRepository::unreadForCitizen(const QString &citizenId,
                                                        const QStringList &applicationIds) const
{
    QHash<QString, int> counts;
    if (applicationIds.isEmpty())
        return counts;
    // Unread messages are few per citizen (the index finds exactly them),
    // so one grouped query serves a whole page of the list.
    QSqlQuery query = sql::exec(m_db,
                                QStringLiteral("SELECT application_id, COUNT(*) FROM messages"
                                               " WHERE citizen_id = ?"
                                               " AND read_by_citizen_at IS NULL"
                                               " AND application_id IS NOT NULL"
                                               " GROUP BY application_id"),
                                { citizenId });
    while (query.next()) {
        const QString id = query.value(0).toString();
        if (applicationIds.contains(id))
            counts.insert(id, query.value(1).toInt());
    }
    return counts;
}

QList<StoredMessage>
MessageRepository::officeInbox(const QString &officeId, bool unansweredOnly,
                               const std::optional<QPair<qint64, QString>> &after, int limit) const
{
    QString statement = QStringLiteral("SELECT %1 FROM messages m WHERE m.office_id = ?"
                                       " AND m.sender = 'citizen'")
                            .arg(QString(kColumns)
                                     .replace(QLatin1String(", "), QLatin1String(", m."))
                                     .prepend(QLatin1String("m.")));
    QVariantList values { officeId };
    if (unansweredOnly)
        statement += QStringLiteral(" AND NOT EXISTS (SELECT 1 FROM messages o"
                                    " WHERE o.thread_id = m.thread_id AND o.seq > m.seq"
                                    " AND o.sender = 'office')");
    if (after) {
        statement += QStringLiteral(" AND (m.created_at < ? OR (m.created_at = ? AND m.id < ?))");
        values << after->first << after->first << after->second;
    }
    statement += QStringLiteral(" ORDER BY m.created_at DESC, m.id DESC LIMIT ?");
    values.append(limit);
    QList<StoredMessage> result;
    QSqlQuery query = sql::exec(m_db, statement, values);
    while (query.next())
        result.append(fromRow(query));
    return result;
}

} // namespace rathaus::server
