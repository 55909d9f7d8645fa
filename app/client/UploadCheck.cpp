#include "app/client/UploadCheck.h"

#include "common/core/MediaSniffer.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

namespace rathaus::client {

namespace {

const QString pdf = QStringLiteral("application/pdf");
const QString png = QStringLiteral("image/png");
const QString jpeg = QStringLiteral("image/jpeg");

Problem refusal(const QString &slug, const QString &title)
{
    return Problem::make(0, slug, title);
}

} // namespace

QString UploadCheck::sniff(const QByteArray &head)
{
    return MediaSniffer::sniff(head);
}

QString UploadCheck::typeOfExtension(const QString &fileName)
{
    return MediaSniffer::typeOfExtension(fileName);
}

QString UploadCheck::displayName(const QString &mediaType)
{
    if (mediaType == pdf)
        return QStringLiteral("PDF");
    if (mediaType == png)
        return QStringLiteral("PNG");
    if (mediaType == jpeg)
        return QStringLiteral("JPEG");
    return mediaType;
}

Result<LocalFile> UploadCheck::check(const QString &path, const QStringList &accept,
                                     qint64 maxBytes)
{
    const QFileInfo info(path);
    QFile file(path);
    if (!info.isFile() || !file.open(QIODevice::ReadOnly))
        return refusal(QStringLiteral("unreadable"),
                       tr("The file cannot be read. Please choose another one."));

    const QStringList allowed = accept.isEmpty() ? QStringList { pdf, png, jpeg } : accept;
    QStringList allowedNames;
    for (const QString &type : allowed)
        allowedNames << displayName(type);
    const QString allowedText = QLocale().createSeparatedList(allowedNames);

    // The content decides, not the name: a renamed file is caught here.
    const QString type = sniff(file.read(16));
    if (type.isEmpty())
        return refusal(QStringLiteral("unsupported-media-type"),
                       tr("This file is not a %1 document. Please choose a %1 file.")
                           .arg(allowedText));
    const QString named = typeOfExtension(info.fileName());
    if (!named.isEmpty() && named != type)
        return refusal(QStringLiteral("name-mismatch"),
                       tr("This file is a %1 document, but its name ends in “.%2”. Please "
                          "rename it to end in “.%3” or choose another file.")
                           .arg(displayName(type), info.suffix(),
                                MediaSniffer::extensionFor(type)));
    if (!allowed.contains(type))
        return refusal(QStringLiteral("unsupported-media-type"),
                       tr("A %1 document is not accepted here. Please choose a %2 file.")
                           .arg(displayName(type), allowedText));
    const qint64 limit = maxBytes > 0 ? maxBytes : defaultMaxBytes;
    if (info.size() > limit)
        return refusal(QStringLiteral("payload-too-large"),
                       tr("The file is too large (%1). At most %2 are accepted.")
                           .arg(QLocale().formattedDataSize(info.size()),
                                QLocale().formattedDataSize(limit)));
    return LocalFile { info.absoluteFilePath(), info.fileName(), info.size(), type };
}

} // namespace rathaus::client
