#include "server/store/UploadRepository.h"

#include "server/store/Sql.h"

#include <QSqlQuery>

namespace rathaus::server {

namespace {
constexpr int kPurgeBatch = 500;
}

void UploadRepository::insert(const StoredUpload &u, const QByteArray &content)
{
    sql::exec(m_db,
              QStringLiteral("INSERT INTO uploads (id, owner_id, filename, media_type, size,"
                             " sha256, created_at, referenced_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
              { u.id, u.ownerId, u.filename, u.mediaType, u.size, u.sha256, u.createdAt,
                sql::nullable(u.referencedAt) });
    sql::exec(m_db,
              QStringLiteral("INSERT INTO upload_contents (upload_id, content) VALUES (?, ?)"),
              { u.id, content });
}

std::optional<StoredUpload> UploadRepository::find(const QString &id) const
{
    QSqlQuery query = sql::exec(
        m_db,
        QStringLiteral("SELECT id, owner_id, filename, media_type, size, sha256, created_at,"
                       " referenced_at FROM uploads WHERE id = ?"),
        { id });
    if (!query.next())
        return std::nullopt;
    StoredUpload upload;
    upload.id = query.value(0).toString();
    upload.ownerId = query.value(1).toString();
    upload.filename = query.value(2).toString();
    upload.mediaType = query.value(3).toString();
    upload.size = query.value(4).toLongLong();
    upload.sha256 = query.value(5).toString();
    upload.createdAt = query.value(6).toLongLong();
    upload.referencedAt = sql::optionalInt(query.value(7));
    return upload;
}

QByteArray UploadRepository::content(const QString &id) const
{
    const auto value = sql::scalar(
        m_db, QStringLiteral("SELECT content FROM upload_contents WHERE upload_id = ?"), { id });
    return value ? value->toByteArray() : QByteArray();
}

bool UploadRepository::referencedByOffice(const QString &uploadId, const QString &officeId) const
{
    return sql::scalar(m_db,
                       QStringLiteral("SELECT 1 FROM application_uploads l"
                                      " JOIN applications a ON a.id = l.application_id"
                                      " WHERE l.upload_id = ? AND a.office_id = ?"),
                       { uploadId, officeId })
        .has_value();
}

bool UploadRepository::linkToApplication(const QString &uploadId, const QString &ownerId,
                                         const QString &applicationId, const QString &fieldId,
                                         qint64 now)
{
    // The UPDATE first: it takes the row's lock (PostgreSQL) before the link
    // row refers to it, so housekeeping cannot delete it in between.
    if (sql::execAffected(m_db,
                          QStringLiteral("UPDATE uploads SET referenced_at = COALESCE(referenced_at, ?)"
                                         " WHERE id = ? AND owner_id = ?"),
                          { now, uploadId, ownerId }) != 1)
        return false;
    sql::exec(m_db,
              QStringLiteral("INSERT INTO application_uploads (application_id, upload_id, field_id)"
                             " VALUES (?, ?, ?) ON CONFLICT (application_id, upload_id) DO NOTHING"),
              { applicationId, uploadId, fieldId });
    return true;
}

bool UploadRepository::attachedForCitizen(const QString &uploadId, const QString &citizenId) const
{
    return sql::scalar(m_db,
                       QStringLiteral("SELECT 1 FROM message_uploads"
                                      " WHERE upload_id = ? AND citizen_id = ?"),
                       { uploadId, citizenId })
        .has_value();
}

bool UploadRepository::attachedForOffice(const QString &uploadId, const QString &officeId) const
{
    return sql::scalar(m_db,
                       QStringLiteral("SELECT 1 FROM message_uploads"
                                      " WHERE upload_id = ? AND office_id = ?"),
                       { uploadId, officeId })
        .has_value();
}

bool UploadRepository::linkToMessage(const QString &uploadId, const QString &ownerId,
                                     const QString &messageId, const QString &citizenId,
                                     const QString &officeId, qint64 now)
{
    // As linkToApplication: the UPDATE locks the row before the link refers to it.
    if (sql::execAffected(
            m_db,
            QStringLiteral("UPDATE uploads SET referenced_at = COALESCE(referenced_at, ?)"
                           " WHERE id = ? AND owner_id = ?"),
            { now, uploadId, ownerId }) != 1)
        return false;
    sql::exec(m_db,
              QStringLiteral("INSERT INTO message_uploads (message_id, upload_id, citizen_id,"
                             " office_id) VALUES (?, ?, ?, ?)"),
              { messageId, uploadId, citizenId, officeId });
    return true;
}

int UploadRepository::purgeUnreferenced(Dialect dialect, qint64 cutoff)
{
    QStringList ids;
    {
        QSqlQuery query = sql::exec(
            m_db,
            QStringLiteral("SELECT id FROM uploads WHERE referenced_at IS NULL AND created_at < ?"
                           " ORDER BY created_at LIMIT ?%1")
                .arg(dialect == Dialect::Postgres ? QStringLiteral(" FOR UPDATE SKIP LOCKED")
                                                  : QString()),
            { cutoff, kPurgeBatch });
        while (query.next())
            ids.append(query.value(0).toString());
    }
    for (const QString &id : std::as_const(ids)) {
        sql::exec(m_db, QStringLiteral("DELETE FROM upload_contents WHERE upload_id = ?"), { id });
        sql::exec(m_db, QStringLiteral("DELETE FROM uploads WHERE id = ? AND referenced_at IS NULL"),
                  { id });
    }
    return int(ids.size());
}

} // namespace rathaus::server
