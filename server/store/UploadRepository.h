#pragma once

#include "server/store/DatabaseUrl.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace rathaus::server {

// An upload's metadata as stored; the content lives in upload_contents.
struct StoredUpload
{
    QString id; // made by the server (UUID)
    QString ownerId;
    QString filename; // sanitised display name, never used as a path
    QString mediaType; // sniffed: application/pdf | image/png | image/jpeg
    qint64 size = 0;
    QString sha256; // hex
    qint64 createdAt = 0;
    std::optional<qint64> referencedAt;
};

// Uploads, their content (BLOB on SQLite, BYTEA on PostgreSQL, bound as
// QByteArray on both) and their links to applications. Writes belong in a
// Transaction opened by the caller.
class UploadRepository
{
public:
    explicit UploadRepository(QSqlDatabase db) : m_db(std::move(db)) { }

    void insert(const StoredUpload &upload, const QByteArray &content);
    std::optional<StoredUpload> find(const QString &id) const;
    QByteArray content(const QString &id) const;
    // True when an application of `officeId` refers to the upload.
    bool referencedByOffice(const QString &uploadId, const QString &officeId) const;
    // Marks the owner's upload referenced by the application (through
    // `fieldId`); false when it is gone or not the owner's.
    bool linkToApplication(const QString &uploadId, const QString &ownerId,
                           const QString &applicationId, const QString &fieldId, qint64 now);
    // True when a message in a thread of `citizenId` carries the upload.
    bool attachedForCitizen(const QString &uploadId, const QString &citizenId) const;
    // True when a message in a thread of `officeId` carries the upload.
    bool attachedForOffice(const QString &uploadId, const QString &officeId) const;
    // Marks the owner's upload referenced by the message (whose thread is
    // the citizen's with the office); false when it is gone or not the owner's.
    bool linkToMessage(const QString &uploadId, const QString &ownerId, const QString &messageId,
                       const QString &citizenId, const QString &officeId, qint64 now);
    // Housekeeping: deletes unreferenced uploads created before `cutoff`
    // (locks them first on PostgreSQL, so a submission that references one
    // meanwhile either wins or finds it gone). Returns how many went.
    int purgeUnreferenced(Dialect dialect, qint64 cutoff);

private:
    QSqlDatabase m_db;
};

} // namespace rathaus::server
