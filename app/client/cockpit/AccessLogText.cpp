#include "app/client/cockpit/AccessLogText.h"

#include <QCoreApplication>
#include <QLocale>

namespace rathaus::client {

namespace {

QLocale localeFor(const QString &language)
{
    if (language == QLatin1String("de"))
        return QLocale(QStringLiteral("de_DE"));
    // Western digits, as in the rest of the program (see LanguageManager).
    if (language == QLatin1String("ar"))
        return QLocale(QLocale::Arabic, QLocale::UnitedArabEmirates);
    return QLocale(language);
}

} // namespace

QString AccessLogText::actionText(AccessAction action)
{
    switch (action) {
    case AccessAction::Read:
        return QCoreApplication::translate("AccessLogText", "read");
    case AccessAction::Update:
        return QCoreApplication::translate("AccessLogText", "changed");
    case AccessAction::TransferOut:
        return QCoreApplication::translate("AccessLogText", "passed on");
    case AccessAction::TransferIn:
        return QCoreApplication::translate("AccessLogText", "received");
    }
    return {};
}

QString AccessLogText::actorText(const QString &actor)
{
    if (actor.isEmpty() || actor == QLatin1String("system"))
        return {};
    QString key = actor;
    if (key.startsWith(QLatin1String("staff-")))
        key = key.mid(6);
    return QStringLiteral("S-") + key.left(6).toUpper();
}

QString AccessLogText::date(const QDate &date, const QString &language)
{
    //: Date format of the access log (QDate::toString): "3 May 2026"; German "d. MMMM yyyy"
    return localeFor(language).toString(
        date, QCoreApplication::translate("AccessLogText", "d MMMM yyyy"));
}

QString AccessLogText::when(const QDateTime &at, const QString &language)
{
    const QDateTime local = at.toLocalTime();
    //: "3 May 2026, 10:14": date, then time
    return QCoreApplication::translate("AccessLogText", "%1, %2")
        .arg(date(local.date(), language),
             localeFor(language).toString(local.time(), QLocale::ShortFormat));
}

QString AccessLogText::sentence(const AccessLogEntry &entry, const CockpitDirectory &directory)
{
    const QString office = directory.officeName(entry.officeId);
    const QString actor = actorText(entry.actor);
    const QString title = directory.recordTitle(entry.recordId);
    const QString what = title.isEmpty()
        ? CockpitDirectory::categoryText(entry.category)
        : QCoreApplication::translate("AccessLogText", "your record “%1”").arg(title);
    const QDateTime local = entry.at.toLocalTime();
    const QString day = date(local.date(), directory.language);
    const QString time = localeFor(directory.language).toString(local.time(), QLocale::ShortFormat);

    // Whole sentences per action, not glued words: the verb sits at the end
    // in German and elsewhere in other languages.
    QString text;
    if (!actor.isEmpty()) {
        switch (entry.action) {
        case AccessAction::Read:
            //: %1 office, %2 caseworker pseudonym, %3 what, %4 date, %5 time
            text = QCoreApplication::translate("AccessLogText",
                                               "%1, caseworker %2, read %3 on %4 at %5");
            break;
        case AccessAction::Update:
            text = QCoreApplication::translate("AccessLogText",
                                               "%1, caseworker %2, changed %3 on %4 at %5");
            break;
        case AccessAction::TransferOut:
            text = QCoreApplication::translate("AccessLogText",
                                               "%1, caseworker %2, passed on %3 on %4 at %5");
            break;
        case AccessAction::TransferIn:
            text = QCoreApplication::translate("AccessLogText",
                                               "%1, caseworker %2, received %3 on %4 at %5");
            break;
        }
        text = text.arg(office, actor, what, day, time);
    } else {
        switch (entry.action) {
        case AccessAction::Read:
            //: No person acted: %1 office, %2 what, %3 date, %4 time
            text = QCoreApplication::translate("AccessLogText",
                                               "%1 read %2 automatically on %3 at %4");
            break;
        case AccessAction::Update:
            // The one automatic change the city makes: a withdrawn or expired
            // consent's copy goes (server: TransferSteps' markCopies).
            text = !entry.consentId.isEmpty()
                ? QCoreApplication::translate("AccessLogText",
                                              "%1 marked its copy of %2 for deletion on %3 at %4")
                : QCoreApplication::translate("AccessLogText",
                                              "%1 changed %2 automatically on %3 at %4");
            break;
        case AccessAction::TransferOut:
            text = QCoreApplication::translate("AccessLogText",
                                               "%1 passed on %2 automatically on %3 at %4");
            break;
        case AccessAction::TransferIn:
            text = QCoreApplication::translate("AccessLogText",
                                               "%1 received %2 automatically on %3 at %4");
            break;
        }
        text = text.arg(office, what, day, time);
    }

    const QString reference = directory.applicationReferences.value(entry.applicationId);
    if (!reference.isEmpty())
        text +=
            QCoreApplication::translate("AccessLogText", " – for application %1").arg(reference);
    if (!entry.purpose.isEmpty())
        text += QCoreApplication::translate("AccessLogText", " – purpose: “%1”").arg(entry.purpose);
    if (!entry.consentId.isEmpty() && entry.action != AccessAction::Update)
        text += QCoreApplication::translate("AccessLogText", "; with your consent");
    if (!entry.legalBasis.isEmpty())
        text +=
            QCoreApplication::translate("AccessLogText", "; legal basis: %1").arg(entry.legalBasis);
    return text + QLatin1Char('.');
}

} // namespace rathaus::client
