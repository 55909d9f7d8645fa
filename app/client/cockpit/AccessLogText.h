#pragma once

#include "app/client/cockpit/CockpitDirectory.h"
#include "common/wire/AccessLogEntry.h"

#include <QDateTime>
#include <QString>

namespace rathaus::client {

// An access-log entry as one sentence a citizen can read without knowing the
// wire format: "Standesamt, Sachbearbeitung S-3F9A2C, hat Ihren Datensatz
// „Geburtseintrag: Leon Mustermann“ am 3. Mai 2026 um 10:14 gelesen – Zweck:
// „…“; Rechtsgrundlage: § 62 PStG." Translated at call time.
class AccessLogText
{
public:
    static QString sentence(const AccessLogEntry &entry, const CockpitDirectory &directory);
    // "gelesen", "geändert", "weitergegeben", "empfangen" (filters, reports).
    static QString actionText(AccessAction action);
    // The staff pseudonym shortened for reading ("S-3F9A2C"); the same person
    // keeps the same short form. Empty for "system".
    static QString actorText(const QString &actor);
    // "3. Mai 2026, 10:14" in local time (banners name entries this way).
    static QString when(const QDateTime &at, const QString &language);
    static QString date(const QDate &date, const QString &language);
};

} // namespace rathaus::client
