#pragma once

#include "common/core/Result.h"
#include "common/forms/FormSchema.h"
#include "common/forms/FormValidator.h"
#include "server/store/UploadRepository.h"
#include "server/store/UserRepository.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QString>

namespace rathaus {
class Clock;
}

namespace rathaus::server {

class Database;

// Files citizens attach (api.md "POST /uploads"). The server names them
// (UUID), sniffs the content (common/core/MediaSniffer: PDF, PNG, JPEG only)
// and refuses it unless content, declared type and the name's extension agree;
// the client's file name is kept as a sanitised display name and never used
// as a path. Stored in the database (see server/README.md "Uploads").
// Stateless and thread-safe.
class UploadService
{
public:
    static constexpr qint64 kDefaultMaxBytes = 10 * 1024 * 1024;
    static constexpr qint64 kUnreferencedLifetimeSeconds = 24 * 60 * 60;
    static constexpr qsizetype kMaxFilenameLength = 200;

    struct File
    {
        StoredUpload meta;
        QByteArray content;
    };

    UploadService(Database &database, const Clock &clock);

    // 201 data, or 413 (over `maxBytes`), 415 (type), 403 (not a citizen or staff).
    Result<StoredUpload> create(const UserRecord &user, const QByteArray &contentType,
                                const QByteArray &filenameHeader, const QByteArray &content,
                                qint64 maxBytes);
    // The owner, staff of an office whose application or message thread
    // refers to it, or the citizen of a thread whose message carries it; 404
    // for everybody else (and for ids that are not ours).
    Result<File> open(const UserRecord &user, const QString &id) const;

    // For a submission: the message for `field` when one of `uploadIds` (in
    // any shape fileUploadIds() reads) is not the citizen's, or does not fit
    // the field's accept / max_bytes; empty when all fit.
    static QString checkField(const QSqlDatabase &db, const QString &citizenId,
                              const FormField &field, const QJsonValue &uploadIds);

    // (field id, upload id) for each file an application's data names.
    using FieldUploads = QList<QPair<QString, QString>>;
    // Every file field of `data` checked as by checkField() and rewritten to
    // the one shape that is stored and served, [{"upload_id", "name", "size",
    // "media_type"}] from the upload records, however the client named the
    // files (bare ids or objects): readers need not guess. The messages per
    // field (the value then left as it was); `links` gets the files to link.
    static FormValidator::Errors normaliseFileFields(const QSqlDatabase &db,
                                                     const QString &citizenId,
                                                     const FormSchema &form, QJsonObject *data,
                                                     FieldUploads *links);

    // "../../etc/passwd" -> "passwd"; control and reserved characters
    // replaced, length capped, the sniffed type's extension appended unless
    // the name already ends with it; "upload.pdf" when nothing is left.
    static QString sanitizeFilename(const QString &raw, const QString &mediaType);
    static QJsonObject toJson(const StoredUpload &upload);

private:
    // checkField(), appending the stored shape of each file to `files`.
    static QString describeField(const QSqlDatabase &db, const QString &citizenId,
                                 const FormField &field, const QJsonValue &value,
                                 QJsonArray *files);

    Database &m_database;
    const Clock &m_clock;
};

} // namespace rathaus::server
