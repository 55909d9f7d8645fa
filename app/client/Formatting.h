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
};

} // namespace rathaus::client
