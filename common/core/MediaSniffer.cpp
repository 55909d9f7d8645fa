#include "common/core/MediaSniffer.h"

#include <QList>

namespace rathaus {

namespace {
const QString kPdf = QStringLiteral("application/pdf");
const QString kPng = QStringLiteral("image/png");
const QString kJpeg = QStringLiteral("image/jpeg");
} // namespace

QString MediaSniffer::sniff(const QByteArray &content)
{
    // Strict magic numbers at offset 0: lenient PDF readers accept "%PDF-"
    // within the first KiB, but a file that needs that leniency is a polyglot
    // more often than a scan.
    if (content.startsWith("%PDF-"))
        return kPdf;
    if (content.startsWith(QByteArrayLiteral("\x89PNG\r\n\x1a\n")))
        return kPng;
    if (content.startsWith(QByteArrayLiteral("\xff\xd8\xff")))
        return kJpeg;
    return {};
}

QString MediaSniffer::normalizeDeclared(const QByteArray &contentType)
{
    const QByteArray type = contentType.split(';').value(0).trimmed().toLower();
    if (type == "application/pdf")
        return kPdf;
    if (type == "image/png")
        return kPng;
    if (type == "image/jpeg" || type == "image/jpg" || type == "image/pjpeg")
        return kJpeg;
    return {};
}

QString MediaSniffer::typeOfExtension(const QString &fileName)
{
    const qsizetype dot = fileName.lastIndexOf(QLatin1Char('.'));
    if (dot < 0)
        return {};
    const QString extension = fileName.mid(dot + 1).toLower();
    if (extension == QLatin1String("pdf"))
        return kPdf;
    if (extension == QLatin1String("png"))
        return kPng;
    if (extension == QLatin1String("jpg") || extension == QLatin1String("jpeg") ||
        extension == QLatin1String("jpe"))
        return kJpeg;
    return {};
}

QString MediaSniffer::extensionFor(const QString &mediaType)
{
    if (mediaType == kPdf)
        return QStringLiteral("pdf");
    if (mediaType == kPng)
        return QStringLiteral("png");
    if (mediaType == kJpeg)
        return QStringLiteral("jpg");
    return {};
}

} // namespace rathaus
