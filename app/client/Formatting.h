#pragma once

#include "common/forms/FeeRule.h"

#include <QLocale>
#include <QString>

namespace rathaus::client {

// How amounts and durations read for a citizen, in the UI's language and
// locale ("5,00 €", "kostenlos", "ab 0,00 €", "ca. 3 Arbeitstage").
class Formatting
{
public:
    static QString money(qint64 cents, const QString &currency, const QLocale &locale = {});
    static QString fee(const FeeRule &fee, const QLocale &locale = {});
    static QString processingTime(int workingDays);
    // A value of an office's record: ISO dates ("2026-06-03") as the locale
    // writes them ("03.06.2026"), anything else as it is.
    static QString recordValue(const QString &value, const QLocale &locale = {});
};

} // namespace rathaus::client
