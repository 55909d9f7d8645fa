#include "server/domain/UploadService.h"

#include "common/core/Clock.h"
#include "common/core/MediaSniffer.h"
#include "common/crypto/Crypto.h"
#include "common/forms/FileFieldValue.h"
#include "server/domain/ApplicationService.h"
#include "server/store/Database.h"
#include "server/store/Transaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QUrl>
#include <QUuid>

namespace rathaus::server {

namespace {

Problem notFound()
{
    return Problem::make(404, QStringLiteral("not-found"), QStringLiteral("Not found"),
                         QStringLiteral("There is no such upload."));
}

Problem unsupported(const QString &detail)
{
    return Problem::make(415, QStringLiteral("unsupported-media-type"),
                         QStringLiteral("Unsupported file type"), detail);
}

} // namespace

UploadService::UploadService(Database &database, const Clock &clock)
    : m_database(database), m_clock(clock)
{ }

Result<StoredUpload> UploadService::create(const UserRecord &user, const QByteArray &contentType,
                                           const QByteArray &filenameHeader,
                                           const QByteArray &content, qint64 maxBytes)
{
    if (user.role == Role::Admin)
        return Problem::make(403, QStringLiteral("forbidden"), QStringLiteral("Not allowed"),
                             QStringLiteral("Only citizens and office staff upload files."));
    // The guard refuses a larger declared body before it is read; this is the
    // same limit for a body that arrived anyway (e.g. a different front end).
    if (content.size() > maxBytes)
        return Problem::make(413, QStringLiteral("payload-too-large"),
                             QStringLiteral("File too large"),
                             QStringLiteral("A file may have at most %1 bytes.").arg(maxBytes));
    const QString declared = MediaSniffer::normalizeDeclared(contentType);
    if (declared.isEmpty())
        return unsupported(QStringLiteral("Send a PDF (application/pdf), PNG (image/png) or "
                                          "JPEG (image/jpeg) with its Content-Type."));
    const QString sniffed = MediaSniffer::sniff(content);
    if (sniffed.isEmpty())
        return unsupported(QStringLiteral("The content is not a PDF, PNG or JPEG file."));
    if (sniffed != declared)
        return unsupported(QStringLiteral("The content is %1, but it was sent as %2.")
                               .arg(sniffed, declared));
    // X-Filename is percent-encoded UTF-8 (headers are Latin-1 on the wire).
    const QString rawName = QUrl::fromPercentEncoding(filenameHeader.left(1024));
    const QString named = MediaSniffer::typeOfExtension(rawName.trimmed());
    if (!named.isEmpty() && named != sniffed)
        return unsupported(QStringLiteral("The content is %1, but the file name says %2.")
                               .arg(sniffed, named));

    StoredUpload upload;
    upload.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    upload.ownerId = user.id;
    upload.filename = sanitizeFilename(rawName, sniffed);
    upload.mediaType = sniffed;
    upload.size = content.size();
    upload.sha256 = crypto::sha256Hex(content);
    upload.createdAt = m_clock.nowSeconds();
    const QSqlDatabase db = m_database.connection();
    Transaction transaction(db, m_database.dialect());
    UploadRepository(db).insert(upload, content);
    transaction.commit();
    return upload;
}

Result<UploadService::File> UploadService::open(const UserRecord &user, const QString &id) const
{
    if (!ApplicationService::isApplicationId(id)) // the same UUID form
        return notFound();
    const QSqlDatabase db = m_database.connection();
    UploadRepository uploads(db);
    const auto meta = uploads.find(id);
    if (!meta)
        return notFound();
    bool allowed = meta->ownerId == user.id;
    if (!allowed && (user.role == Role::Caseworker || user.role == Role::Lead) &&
        !user.officeId.isEmpty())
        allowed = uploads.referencedByOffice(id, user.officeId) ||
            uploads.attachedForOffice(id, user.officeId);
    // The office's attachments to the citizen's threads.
    if (!allowed && user.role == Role::Citizen)
        allowed = uploads.attachedForCitizen(id, user.id);
    if (!allowed)
        return notFound();
    return File { *meta, uploads.content(id) };
}

QString UploadService::checkField(const QSqlDatabase &db, const QString &citizenId,
                                  const FormField &field, const QJsonValue &uploadIds)
{
    QJsonArray ignored;
    return describeField(db, citizenId, field, uploadIds, &ignored);
}

QString UploadService::describeField(const QSqlDatabase &db, const QString &citizenId,
                                     const FormField &field, const QJsonValue &value,
                                     QJsonArray *files)
{
    UploadRepository uploads(db);
    for (const QString &id : fileUploadIds(value).value_or(QStringList())) {
        const auto upload =
            ApplicationService::isApplicationId(id) ? uploads.find(id) : std::nullopt;
        if (!upload || upload->ownerId != citizenId)
            return QCoreApplication::translate("UploadService",
                                               "This file is unknown. Please upload it again.");
        if (!field.accept.isEmpty() && !field.accept.contains(upload->mediaType))
            return QCoreApplication::translate("UploadService",
                                               "This kind of file is not accepted here.");
        if (field.maxBytes > 0 && upload->size > field.maxBytes)
            return QCoreApplication::translate("UploadService", "This file is too large.");
        // Name, size and type as the server knows them, whatever the client
        // sent beside the id: the record shows what was really attached.
        files->append(QJsonObject { { QStringLiteral("upload_id"), upload->id },
                                    { QStringLiteral("name"), upload->filename },
                                    { QStringLiteral("size"), upload->size },
                                    { QStringLiteral("media_type"), upload->mediaType } });
    }
    return {};
}

FormValidator::Errors UploadService::normaliseFileFields(const QSqlDatabase &db,
                                                         const QString &citizenId,
                                                         const FormSchema &form, QJsonObject *data,
                                                         FieldUploads *links)
{
    FormValidator::Errors errors;
    for (const FormField *field : form.allFields()) {
        if (field->type != FieldType::File || !data->contains(field->id))
            continue;
        QJsonArray files;
        const QString message =
            describeField(db, citizenId, *field, data->value(field->id), &files);
        if (!message.isEmpty()) {
            errors.insert(field->id, message);
            continue;
        }
        for (const QJsonValue &file : std::as_const(files))
            links->append(
                { field->id, file.toObject().value(QLatin1String("upload_id")).toString() });
        data->insert(field->id, files);
    }
    return errors;
}

QString UploadService::sanitizeFilename(const QString &raw, const QString &mediaType)
{
    // Only the last path segment, whichever separator the sender's system used.
    QString name = raw.section(QLatin1Char('/'), -1).section(QLatin1Char('\\'), -1);
    QString clean;
    for (const QChar c : std::as_const(name)) {
        const bool reserved = c.category() == QChar::Other_Control ||
            c.category() == QChar::Other_Format || c.category() == QChar::Other_Surrogate ||
            QStringLiteral("<>:\"|?*;").contains(c);
        clean.append(reserved ? QLatin1Char('_') : c);
    }
    clean = clean.simplified();
    while (clean.startsWith(QLatin1Char('.')) || clean.startsWith(QLatin1Char('_')))
        clean.remove(0, 1);
    const QString extension = MediaSniffer::extensionFor(mediaType);
    if (MediaSniffer::typeOfExtension(clean) != mediaType)
        clean += (clean.isEmpty() ? QStringLiteral("upload.") : QStringLiteral(".")) + extension;
    if (clean.size() > kMaxFilenameLength)
        clean = clean.left(kMaxFilenameLength - extension.size() - 1) + QLatin1Char('.') + extension;
    return clean;
}

QJsonObject UploadService::toJson(const StoredUpload &upload)
{
    return { { QStringLiteral("id"), upload.id },
             { QStringLiteral("sha256"), upload.sha256 },
             { QStringLiteral("size"), upload.size },
             { QStringLiteral("media_type"), upload.mediaType },
             { QStringLiteral("filename"), upload.filename } };
}

} // namespace rathaus::server
