#pragma once

#include "common/core/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace rathaus::client {

// A file the citizen chose, as it will be sent.
struct LocalFile
{
    QString path;
    QString name; // the file name without folders: what the office sees
    qint64 size = 0;
    QString mediaType; // what the content is (sniffed), e.g. "application/pdf"
};

// The checks the backend makes on an upload (type by content, the name's
// extension agreeing with it, the field's types and size limit), made before
// anything is sent so the citizen hears at once what is wrong and waits for
// no refusal. Messages are translated (context "UploadCheck").
class UploadCheck
{
    Q_DECLARE_TR_FUNCTIONS(UploadCheck)

public:
    // The city's server default when a field names no limit.
    static constexpr qint64 defaultMaxBytes = 10 * 1024 * 1024;

    // `accept` empty: any type the city takes (PDF, PNG, JPEG).
    static Result<LocalFile> check(const QString &path, const QStringList &accept,
                                   qint64 maxBytes);
    // The backend's own rules (common MediaSniffer): the type from the first
    // bytes, and the type a file name's extension claims; empty for neither.
    static QString sniff(const QByteArray &head);
    static QString typeOfExtension(const QString &fileName);
    // "PDF", "PNG", "JPEG": how a citizen knows the types.
    static QString displayName(const QString &mediaType);
};

} // namespace rathaus::client
