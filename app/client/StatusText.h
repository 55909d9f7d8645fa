#pragma once

#include <QString>

namespace rathaus::client {

// The client's own words for the backend's statuses, keyed by wire name and
// translated at call time (context "StatusText"), so a list follows a
// language switch without asking the backend again. An unknown status (a
// newer backend) falls back to the backend's label, then to the wire name.
class StatusText
{
public:
    static QString applicationLabel(const QString &wire, const QString &backendLabel = {});
    // What happens next, in a sentence; empty when nothing does.
    static QString applicationHint(const QString &wire, int processingDays = 0,
                                   const QString &backendHint = {});
    static bool canWithdraw(const QString &wire);
    // "Fee open", "Paid", ... ; `wire` empty: no payment started yet.
    static QString paymentLabel(const QString &wire, qint64 feeCents);
};

} // namespace rathaus::client
