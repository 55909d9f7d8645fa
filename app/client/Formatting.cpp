#include "app/client/Formatting.h"

#include <QCoreApplication>

namespace rathaus::client {

QString Formatting::money(qint64 cents, const QString &currency, const QLocale &locale)
{
    const QString symbol = currency == QLatin1String("EUR") ? QStringLiteral("€") : currency;
    return locale.toCurrencyString(double(cents) / 100.0, symbol, 2);
}

QString Formatting::fee(const FeeRule &fee, const QLocale &locale)
{
    if (fee.isFree())
        return QCoreApplication::translate("Formatting", "free of charge");
    if (fee.isVariable()) {
        //: A fee that depends on the application, e.g. "from €0.00"
        return QCoreApplication::translate("Formatting", "from %1")
            .arg(money(fee.minimumCents(), fee.currency, locale));
    }
    return money(fee.baseCents, fee.currency, locale);
}

QString Formatting::processingTime(int workingDays)
{
    if (workingDays <= 0)
        return QCoreApplication::translate("Formatting", "immediately");
    // Two sentences, not a %n plural: reads right even before a translator is loaded.
    if (workingDays == 1)
        return QCoreApplication::translate("Formatting", "about 1 working day");
    return QCoreApplication::translate("Formatting", "about %1 working days").arg(workingDays);
}

} // namespace rathaus::client
