#include "server/domain/StatusTexts.h"

namespace rathaus::server {

namespace {

using S = ApplicationStatus;

bool english(const QString &language)
{
    return language == QLatin1String("en");
}

QString germanLabel(ApplicationStatus status)
{
    switch (status) {
    case S::AwaitingPayment:
        return QStringLiteral("Wartet auf Zahlung");
    case S::Submitted:
        return QStringLiteral("Eingereicht");
    case S::InReview:
        return QStringLiteral("In Bearbeitung");
    case S::InfoRequested:
        return QStringLiteral("Angaben benötigt");
    case S::Suspended:
        return QStringLiteral("Zurückgestellt");
    case S::Approved:
        return QStringLiteral("Bewilligt");
    case S::Rejected:
        return QStringLiteral("Abgelehnt");
    case S::Completed:
        return QStringLiteral("Abgeschlossen");
    case S::Withdrawn:
        return QStringLiteral("Zurückgezogen");
    }
    return {};
}

QString workingDays(int days)
{
    return days == 1 ? QStringLiteral("1 Arbeitstag") : QStringLiteral("%1 Arbeitstage").arg(days);
}

QString germanNextStep(ApplicationStatus status, int processingDays)
{
    switch (status) {
    case S::AwaitingPayment:
        return QStringLiteral("Bezahlen Sie die Gebühr, um Ihren Antrag einzureichen. Das Amt "
                              "sieht ihn, sobald er bezahlt ist.");
    case S::Submitted:
        if (processingDays > 0)
            return QStringLiteral("Das Amt beginnt bald mit der Prüfung Ihres Antrags; in der "
                                  "Regel innerhalb von %1.")
                .arg(workingDays(processingDays));
        return QStringLiteral("Das Amt beginnt bald mit der Prüfung Ihres Antrags.");
    case S::InReview:
        if (processingDays > 0)
            return QStringLiteral("Das Amt prüft Ihren Antrag; das dauert in der Regel %1.")
                .arg(workingDays(processingDays));
        return QStringLiteral("Das Amt prüft Ihren Antrag.");
    case S::InfoRequested:
        return QStringLiteral("Das Amt braucht weitere Angaben von Ihnen. Beantworten Sie seine "
                              "Nachricht, damit es weitergehen kann.");
    case S::Suspended:
        return QStringLiteral("Das Amt hat Ihren Antrag vorerst zurückgestellt und sagt Ihnen "
                              "Bescheid, wenn es weitergeht.");
    case S::Approved:
        return QStringLiteral("Ihr Antrag wurde bewilligt. Das Amt bereitet Ihr Dokument vor.");
    case S::Rejected:
        return QStringLiteral("Ihr Antrag wurde abgelehnt. Die Nachricht des Amtes erklärt, "
                              "warum, und wie Sie widersprechen können.");
    case S::Completed:
        return QStringLiteral("Erledigt. Ausgestellte Dokumente finden Sie bei Ihrem Antrag.");
    case S::Withdrawn:
        return QStringLiteral("Sie haben diesen Antrag zurückgezogen. Das Amt bearbeitet ihn "
                              "nicht weiter.");
    }
    return {};
}

} // namespace

QString statusLabelIn(ApplicationStatus status, const QString &language)
{
    return english(language) ? statusLabel(status) : germanLabel(status);
}

QString nextStepIn(ApplicationStatus status, int processingDays, const QString &language)
{
    return english(language) ? nextStepHint(status, processingDays)
                             : germanNextStep(status, processingDays);
}

} // namespace rathaus::server
