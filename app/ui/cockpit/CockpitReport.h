#pragma once

#include "app/client/cockpit/CockpitDirectory.h"
#include "common/wire/AccessLogEntry.h"
#include "common/wire/Record.h"

#include <QString>

namespace rathaus::ui {

// The citizen's data as a printable PDF (QPdfWriter, A4): every record with
// its fields, legal basis and last change, then the access log as sentences,
// with the result of the client's own check of the log.
class CockpitReport
{
public:
    struct Content
    {
        QString citizenName;
        QList<Record> records;
        QList<AccessLogEntry> accessLog; // newest first
        QString chainCheck; // the banner's sentence
        client::CockpitDirectory directory;
    };

    static QString html(const Content &content);
    // False when the file could not be written.
    static bool writePdf(const Content &content, const QString &path);
};

} // namespace rathaus::ui
