#include "app/client/cockpit/CockpitDirectory.h"

#include <QCoreApplication>

namespace rathaus::client {

QString CockpitDirectory::officeName(const QString &officeId) const
{
    const auto it = officeNames.constFind(officeId);
    if (it == officeNames.cend() || it->isEmpty())
        return officeId;
    return it->in(language);
}

QString CockpitDirectory::recordTitle(const QString &recordId) const
{
    const auto it = recordTitles.constFind(recordId);
    return it == recordTitles.cend() ? QString() : it->in(language);
}

QString CockpitDirectory::categoryText(const QString &category)
{
    if (category == QLatin1String("residence"))
        return QCoreApplication::translate("CockpitDirectory", "your registration data");
    if (category == QLatin1String("birth"))
        return QCoreApplication::translate("CockpitDirectory", "a birth record");
    if (category == QLatin1String("marriage"))
        return QCoreApplication::translate("CockpitDirectory", "your marriage record");
    if (category == QLatin1String("vehicle"))
        return QCoreApplication::translate("CockpitDirectory", "your vehicle registration");
    if (category == QLatin1String("dog_tax"))
        return QCoreApplication::translate("CockpitDirectory", "your dog tax record");
    return QCoreApplication::translate("CockpitDirectory", "your data");
}

} // namespace rathaus::client
