#include "app/client/Formatting.h"

#include <QCoreApplication>
#include <QDate>

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

QString Formatting::recordValue(const QString &value, const QLocale &locale)
{
    if (value.size() != 10 || value.at(4) != QLatin1Char('-') || value.at(7) != QLatin1Char('-'))
        return value;
    const QDate date = QDate::fromString(value, Qt::ISODate);
    if (!date.isValid())
        return value;
    // The short format with the whole year: a birth date needs all four digits.
    QString format = locale.dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return locale.toString(date, format);
}

} // namespace rathaus::client
