#include "app/client/cockpit/AccessLogAudit.h"

#include "common/domain/AccessLogChain.h"

#include <algorithm>

namespace rathaus::client {

void AccessLogAudit::reset()
{
    m_verdict = {};
    m_haveNewer = false;
    m_oldestSoFar = {};
}

void AccessLogAudit::flag(ChainVerdict::Flaw flaw, const AccessLogEntry &entry)
{
    // Pages arrive newest first, so a later finding is an older entry.
    m_verdict.flaw = flaw;
    m_verdict.flawed = entry;
    ++m_verdict.flawCount;
}

void AccessLogAudit::addPage(const QList<AccessLogEntry> &newestFirst)
{
    if (m_verdict.state == ChainVerdict::State::Unchecked)
        m_verdict.state = ChainVerdict::State::Checking;
    if (newestFirst.isEmpty())
        return;
    QList<AccessLogEntry> oldestFirst = newestFirst;
    std::reverse(oldestFirst.begin(), oldestFirst.end());

    // The link to the newer page first: its finding is newer than any in this page.
    if (m_haveNewer && m_oldestSoFar.prevHash != oldestFirst.constLast().hash)
        flag(ChainVerdict::Flaw::NotLinked, m_oldestSoFar);

    // Each entry on its own, newest first, so the oldest finding is flagged
    // last and stays the one reported; every finding is counted.
    for (qsizetype i = oldestFirst.size() - 1; i >= 0; --i) {
        const AccessLogEntry &entry = oldestFirst.at(i);
        if (AccessLogChain::hashOf(entry) != entry.hash)
            flag(ChainVerdict::Flaw::Changed, entry);
        else if (i > 0 && entry.prevHash != oldestFirst.at(i - 1).hash)
            flag(ChainVerdict::Flaw::NotLinked, entry);
    }

    m_verdict.checked += int(oldestFirst.size());
    m_oldestSoFar = oldestFirst.constFirst();
    m_haveNewer = true;
}

void AccessLogAudit::finish(const QDateTime &now)
{
    if (m_haveNewer && m_oldestSoFar.prevHash != AccessLogChain::genesisHash() &&
        m_oldestSoFar.at.daysTo(now) < kRetentionDays - 1) {
        flag(ChainVerdict::Flaw::StartMissing, m_oldestSoFar);
    }
    m_verdict.state =
        m_verdict.flawCount > 0 ? ChainVerdict::State::Broken : ChainVerdict::State::Intact;
}

} // namespace rathaus::client
