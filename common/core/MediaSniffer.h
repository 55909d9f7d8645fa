#pragma once

#include <QByteArray>
#include <QString>

namespace rathaus {

// What a file really is, from its first bytes, for the three types the city
// accepts (PDF, PNG, JPEG). Uploads are refused unless the content, the
// declared Content-Type and the file name's extension agree: a PDF named
// ".png" or sent as image/png is refused (quality.md "uploads ... their
// content must match their type"). Shared so the client can tell the citizen
// before uploading. Pure functions on bytes: a fuzz target for any input.
class MediaSniffer
{
public:
    // "application/pdf", "image/png", "image/jpeg"; empty when none of them.
    static QString sniff(const QByteArray &content);
    // A declared Content-Type, lower-cased, parameters dropped, with the
    // common alias image/jpg and image/pjpeg folded into image/jpeg; empty when
    // not one of the accepted types.
    static QString normalizeDeclared(const QByteArray &contentType);
    // The type a file name's extension claims ("scan.PDF" -> application/pdf);
    // empty for no extension or an extension that names none of the three.
    static QString typeOfExtension(const QString &fileName);
    // The file extension for a type ("pdf", "png", "jpg").
    static QString extensionFor(const QString &mediaType);
};

} // namespace rathaus
