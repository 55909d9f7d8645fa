#include "app/ui/cockpit/ChainBanner.h"

#include "app/client/cockpit/AccessLogText.h"
#include "app/client/cockpit/AccessLogVerifier.h"
#include "app/ui/ProblemText.h"

#include <QCoreApplication>

namespace rathaus::ui {

using client::ChainVerdict;

ChainBanner::Text ChainBanner::describe(const client::AccessLogVerifier &verifier,
                                        const QString &language)
{
    if (verifier.hasFailed()) {
        return { Tone::Info,
                 QCoreApplication::translate("ChainBanner",
                                             "The log could not be checked this time.") +
                     QLatin1Char(' ') + ProblemText::forUser(verifier.problem()) };
    }
    const ChainVerdict &verdict = verifier.verdict();
    switch (verdict.state) {
    case ChainVerdict::State::Unchecked:
    case ChainVerdict::State::Unavailable:
        return { Tone::Info,
                 QCoreApplication::translate("ChainBanner",
                                             "Checking that the log is complete and unchanged…") };
    case ChainVerdict::State::Checking:
        return { Tone::Info,
                 QCoreApplication::translate(
                     "ChainBanner",
                     "Checking that the log is complete and unchanged… (%n entries so far)",
                     nullptr, verdict.checked) };
    case ChainVerdict::State::Intact:
        if (verdict.checked == 0)
            return { Tone::Ok,
                     QCoreApplication::translate(
                         "ChainBanner", "Nobody at the city has accessed your data so far.") };
        return { Tone::Ok,
                 QCoreApplication::translate("ChainBanner",
                                             "Log complete and unchanged (%n entries checked).",
                                             nullptr, verdict.checked) };
    case ChainVerdict::State::Broken:
        break;
    }
    const QString when = client::AccessLogText::when(verdict.flawed.at, language);
    QString text;
    switch (verdict.flaw) {
    case ChainVerdict::Flaw::Changed:
        text = QCoreApplication::translate(
                   "ChainBanner",
                   "Warning: the entry of %1 was changed after it was written - its content no "
                   "longer matches the seal it got when it was written.")
                   .arg(when);
        break;
    case ChainVerdict::Flaw::NotLinked:
    case ChainVerdict::Flaw::None:
        text = QCoreApplication::translate(
                   "ChainBanner",
                   "Warning: the entry of %1 does not fit its predecessor - entries before it "
                   "were removed or the log was changed afterwards. (An office may also be "
                   "allowed by law to show an entry only later.)")
                   .arg(when);
        break;
    case ChainVerdict::Flaw::StartMissing:
        text = QCoreApplication::translate(
                   "ChainBanner",
                   "Warning: the log starts with the entry of %1, but older entries are "
                   "missing although they must still be kept.")
                   .arg(when);
        break;
    }
    if (verdict.flawCount > 1)
        text += QLatin1Char(' ') +
            QCoreApplication::translate("ChainBanner", "%n more entries do not fit either.",
                                        nullptr, verdict.flawCount - 1);
    text += QLatin1Char(' ') +
        QCoreApplication::translate("ChainBanner",
                                    "Please tell the city's data protection officer.");
    return { Tone::Warning, text };
}

} // namespace rathaus::ui
