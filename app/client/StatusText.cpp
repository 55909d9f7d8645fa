#include "app/client/StatusText.h"

#include "common/domain/ApplicationStatus.h"

#include <QCoreApplication>

namespace rathaus::client {

QString StatusText::applicationLabel(const QString &wire, const QString &backendLabel)
{
    if (wire == QLatin1String("awaiting_payment"))
        return QCoreApplication::translate("StatusText", "Fee open");
    if (wire == QLatin1String("submitted"))
        return QCoreApplication::translate("StatusText", "Submitted");
    if (wire == QLatin1String("in_review"))
        return QCoreApplication::translate("StatusText", "In review");
    if (wire == QLatin1String("info_requested"))
        return QCoreApplication::translate("StatusText", "Information needed");
    if (wire == QLatin1String("suspended"))
        return QCoreApplication::translate("StatusText", "On hold");
    if (wire == QLatin1String("approved"))
        return QCoreApplication::translate("StatusText", "Approved");
    if (wire == QLatin1String("rejected"))
        return QCoreApplication::translate("StatusText", "Rejected");
    if (wire == QLatin1String("completed"))
        return QCoreApplication::translate("StatusText", "Completed");
    if (wire == QLatin1String("withdrawn"))
        return QCoreApplication::translate("StatusText", "Withdrawn");
    return backendLabel.isEmpty() ? wire : backendLabel;
}

QString StatusText::applicationHint(const QString &wire, int processingDays,
                                    const QString &backendHint)
{
    if (wire == QLatin1String("awaiting_payment"))
        return QCoreApplication::translate("StatusText", "The fee is still open. The office starts once it is paid.");
    if (wire == QLatin1String("submitted"))
        return processingDays > 0
            ? QCoreApplication::translate("StatusText",
                                          "The office will start checking your application soon; "
                                          "usually within %n working day(s).",
                                          nullptr, processingDays)
            : QCoreApplication::translate("StatusText", "The office will start checking your application soon.");
    if (wire == QLatin1String("in_review"))
        return processingDays > 0
            ? QCoreApplication::translate("StatusText",
                                          "The office is checking your application; this usually "
                                          "takes %n working day(s).",
                                          nullptr, processingDays)
            : QCoreApplication::translate("StatusText", "The office is checking your application.");
    if (wire == QLatin1String("info_requested"))
        return QCoreApplication::translate("StatusText", "The office needs more information from you. Answer its message so it can "
                  "continue.");
    if (wire == QLatin1String("suspended"))
        return QCoreApplication::translate("StatusText", "The office has paused your application and will tell you when it continues.");
    if (wire == QLatin1String("approved"))
        return QCoreApplication::translate("StatusText", "Your application was approved. The office is preparing your document.");
    if (wire == QLatin1String("rejected"))
        return QCoreApplication::translate("StatusText", "Your application was rejected. The office's message explains why and how you "
                  "can object.");
    if (wire == QLatin1String("completed"))
        return QCoreApplication::translate("StatusText", "Done. Any documents issued are attached to your application.");
    if (wire == QLatin1String("withdrawn"))
        return QCoreApplication::translate("StatusText", "You withdrew this application. The office will not process it further.");
    return backendHint;
}

bool StatusText::canWithdraw(const QString &wire)
{
    const auto status = applicationStatusFromWire(wire);
    return status && canTransition(*status, ApplicationStatus::Withdrawn, Actor::Citizen);
}

QString StatusText::paymentLabel(const QString &wire, qint64 feeCents)
{
    if (feeCents <= 0)
        return QCoreApplication::translate("StatusText", "No fee");
    if (wire.isEmpty() || wire == QLatin1String("created"))
        return QCoreApplication::translate("StatusText", "Not paid yet");
    if (wire == QLatin1String("pending"))
        return QCoreApplication::translate("StatusText", "Payment in progress");
    if (wire == QLatin1String("succeeded"))
        return QCoreApplication::translate("StatusText", "Paid");
    if (wire == QLatin1String("failed"))
        return QCoreApplication::translate("StatusText", "Payment failed");
    if (wire == QLatin1String("cancelled"))
        return QCoreApplication::translate("StatusText", "Payment cancelled");
    if (wire == QLatin1String("partially_refunded"))
        return QCoreApplication::translate("StatusText", "Paid, partly refunded");
    if (wire == QLatin1String("refunded"))
        return QCoreApplication::translate("StatusText", "Refunded");
    return wire;
}

} // namespace rathaus::client
