#include "server/http/Language.h"

#include <algorithm>

namespace rathaus::server::http {

QString preferredLanguage(const RequestContext &request)
{
    const QString header = QString::fromLatin1(request.header("Accept-Language"));
    double german = -1;
    double english = -1;
    int position = 0;
    for (const QString &item : header.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QStringList parts = item.split(QLatin1Char(';'));
        const QString tag = parts.value(0).trimmed().toLower();
        double quality = 1.0;
        for (qsizetype i = 1; i < parts.size(); ++i) {
            const QString parameter = parts.at(i).trimmed();
            if (parameter.startsWith(QLatin1String("q="))) {
                bool ok = false;
                quality = parameter.mid(2).toDouble(&ok);
                if (!ok)
                    quality = 0;
            }
        }
        // Earlier entries win ties, as the header's order is the user's.
        const double rank = quality - 1e-6 * ++position;
        const QString primary = tag.section(QLatin1Char('-'), 0, 0);
        if (primary == QLatin1String("de"))
            german = std::max(german, rank);
        else if (primary == QLatin1String("en"))
            english = std::max(english, rank);
        if (position > 32)
            break;
    }
    return english > 0 && english > german ? QStringLiteral("en") : QStringLiteral("de");
}

} // namespace rathaus::server::http
