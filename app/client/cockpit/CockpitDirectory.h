#pragma once

#include "common/core/LocalizedText.h"

#include <QHash>
#include <QString>

namespace rathaus::client {

// What the cockpit needs to turn ids into words: office names (GET /offices),
// record titles (GET /me/records) and application references, in the UI's
// language. A value type: models keep a copy and re-render when it changes.
struct CockpitDirectory
{
    QString language = QStringLiteral("de");
    QHash<QString, LocalizedText> officeNames; // office id -> name
    QHash<QString, LocalizedText> recordTitles; // record id -> title
    QHash<QString, QString> applicationReferences; // application id -> LUN-...

    // Falls back to the id: an office the catalogue does not know yet.
    QString officeName(const QString &officeId) const;
    // "Meldedaten (Hauptwohnsitz)"; empty when the record is unknown.
    QString recordTitle(const QString &recordId) const;
    // A category in words ("registration data"), for entries naming no known record.
    static QString categoryText(const QString &category);
};

} // namespace rathaus::client
