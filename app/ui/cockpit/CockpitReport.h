#pragma once

#include "app/client/cockpit/CockpitDirectory.h"
#include "common/core/Result.h"
#include "common/wire/AccessLogEntry.h"
#include "common/wire/Application.h"
#include "common/wire/Message.h"
#include "common/wire/Payment.h"
#include "common/wire/Record.h"
#include "common/wire/Transfer.h"

#include <QHash>
#include <QJsonObject>
#include <QString>

namespace rathaus::ui {

// The citizen's data as a printable PDF (QPdfWriter, A4), in sections:
// every record with its fields, legal basis and last change; every
// application with its history, payments, issued documents and messages;
// the transfers between offices; the access log as sentences, with the
// result of the client's own check of the log. Made from GET /me/export
// (fromExport); a city without the export gives records and log only.
class CockpitReport
{
public:
    struct Application
    {
        ApplicationDetail detail;
        QList<Message> messages; // oldest first
        QList<Payment> payments; // every attempt, oldest first
    };

    struct Content
    {
        QString citizenName;
        QList<Record> records;
        QList<AccessLogEntry> accessLog; // newest first
        QString chainCheck; // the banner's sentence
        client::CockpitDirectory directory;
        QHash<QString, LocalizedText> serviceTitles; // service id -> title
        // From the export; without it the report says that these are missing.
        bool hasApplications = false;
        QList<Application> applications; // newest first
        QList<Transfer> transfers;
    };

    // Fills records, applications, transfers and the log (newest first) of
    // `content` from the export document; a malformed part is a problem.
    static Result<Content> fromExport(const QJsonObject &exported, Content content);

    static QString html(const Content &content);
    // False when the file could not be written.
    static bool writePdf(const Content &content, const QString &path);
};

} // namespace rathaus::ui
