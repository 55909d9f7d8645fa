#include "server/store/EventRepository.h"

#include "common/wire/WireTime.h"
#include "server/store/DatabaseError.h"
#include "server/store/Sql.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlQuery>

namespace rathaus::server {

QJsonObject StoredEvent::toJson() const
{
    const auto optional = [](const QString &text) {
        return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
    };
    return { { QStringLiteral("seq"), seq },
             { QStringLiteral("at"),
               wire::toWireTime(QDateTime::fromSecsSinceEpoch(at, Qt::UTC)) },
             { QStringLiteral("kind"), kind },
             { QStringLiteral("application_id"), optional(applicationId) },
             { QStringLiteral("subject_id"), optional(subjectId) },
             { QStringLiteral("payload"), payload } };
}

bool EventRepository::isKnownKind(const QString &kind)
{
    static const QStringList kinds { QStringLiteral("status_changed"),
                                     QStringLiteral("message_received"),
                                     QStringLiteral("document_issued"),
                                     QStringLiteral("payment_settled"),
                                     QStringLiteral("transfer_requested"),
                                     QStringLiteral("transfer_changed") };
    return kinds.contains(kind);
}

qint64 EventRepository::append(const NewEvent &event)
{
    if (!isKnownKind(event.kind) || event.citizenId.isEmpty())
        throw DatabaseError(QStringLiteral("refusing an event of unknown kind or citizen"));
    // The upsert takes the row lock on PostgreSQL (SQLite: the IMMEDIATE
    // transaction already is the only writer).
    sql::exec(m_db,
              QStringLiteral("INSERT INTO event_heads (citizen_id, last_seq) VALUES (?, 0)"
                             " ON CONFLICT (citizen_id) DO UPDATE"
                             " SET last_seq = event_heads.last_seq"),
              { event.citizenId });
    qint64 seq = 0;
    {
        QSqlQuery query = sql::exec(
            m_db,
            QStringLiteral("INSERT INTO events (citizen_id, at, kind, application_id, subject_id,"
                           " payload) VALUES (?, ?, ?, ?, ?, ?) RETURNING seq"),
            { event.citizenId, event.at, event.kind, sql::nullableText(event.applicationId),
              sql::nullableText(event.subjectId),
              QString::fromUtf8(QJsonDocument(event.payload).toJson(QJsonDocument::Compact)) });
        if (!query.next())
            throw DatabaseError(QStringLiteral("event insert returned no seq"));
        seq = query.value(0).toLongLong();
    }
    sql::exec(m_db, QStringLiteral("UPDATE event_heads SET last_seq = ? WHERE citizen_id = ?"),
              { seq, event.citizenId });
    return seq;
}

qint64 EventRepository::head(const QString &citizenId) const
{
    const auto value = sql::scalar(
        m_db, QStringLiteral("SELECT MAX(seq) FROM events WHERE citizen_id = ?"), { citizenId });
    return value && !value->isNull() ? value->toLongLong() : 0;
}

QList<StoredEvent> EventRepository::after(const QString &citizenId, qint64 afterSeq,
                                          int limit) const
{
    QList<StoredEvent> result;
    QSqlQuery query = sql::exec(
        m_db,
        QStringLiteral("SELECT seq, at, kind, application_id, subject_id, payload FROM events"
                       " WHERE citizen_id = ? AND seq > ? ORDER BY seq LIMIT ?"),
        { citizenId, afterSeq, limit });
    while (query.next()) {
        StoredEvent event;
        event.seq = query.value(0).toLongLong();
        event.at = query.value(1).toLongLong();
        event.kind = query.value(2).toString();
        event.applicationId = query.value(3).toString();
        event.subjectId = query.value(4).toString();
        event.payload = QJsonDocument::fromJson(query.value(5).toString().toUtf8()).object();
        result.append(event);
    }
    return result;
}

} // namespace rathaus::server
