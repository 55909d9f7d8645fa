#include "server/store/RecordRepository.h"

#include "server/store/Sql.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace rathaus::server {

namespace {
QString compact(const QJsonValue &value)
{
    const QJsonDocument document =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    return QString::fromUtf8(document.toJson(QJsonDocument::Compact));
}
} // namespace

bool RecordRepository::insertIfAbsent(const StoredRecord &record)
{
    return sql::execAffected(
               m_db,
               QStringLiteral(
                   "INSERT INTO records (citizen_id, id, office_id, category, title, fields,"
                   " legal_basis, retention, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
                   " ON CONFLICT (citizen_id, id) DO NOTHING"),
               { record.citizenId, record.id, record.officeId, record.category,
                 compact(record.title.toJson()), compact(record.fields),
                 sql::text(record.legalBasis), sql::text(record.retention), record.updatedAt }) ==
        1;
}

QString RecordRepository::columns()
{
    return QStringLiteral(
        "id, office_id, category, title, fields, legal_basis, retention, updated_at");
}

StoredRecord RecordRepository::fromRow(const QSqlQuery &query, const QString &citizenId)
{
    StoredRecord record;
    record.citizenId = citizenId;
    record.id = query.value(0).toString();
    record.officeId = query.value(1).toString();
    record.category = query.value(2).toString();
    record.title = LocalizedText::fromJson(
        QJsonDocument::fromJson(query.value(3).toString().toUtf8()).object());
    record.fields = QJsonDocument::fromJson(query.value(4).toString().toUtf8()).array();
    record.legalBasis = query.value(5).toString();
    record.retention = query.value(6).toString();
    record.updatedAt = query.value(7).toLongLong();
    return record;
}

QList<StoredRecord> RecordRepository::forCitizen(const QString &citizenId) const
{
    QList<StoredRecord> result;
    QSqlQuery query = sql::exec(m_db,
                                QStringLiteral("SELECT %1 FROM records WHERE citizen_id = ?"
                                               " ORDER BY office_id, id")
                                    .arg(columns()),
                                { citizenId });
    while (query.next())
        result.append(fromRow(query, citizenId));
    return result;
}

} // namespace rathaus::server
