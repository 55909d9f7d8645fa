#pragma once

#include "common/wire/AccessLogEntry.h"

#include <QDateTime>
#include <QList>

namespace rathaus::client {

// What the client found when it re-computed the hash chain of the access log.
struct ChainVerdict
{
    enum class State {
        Unchecked, // nothing loaded yet
        Checking, // pages still coming; nothing wrong so far
        Intact, // the whole log was checked: every entry and every link holds
        Broken, // at least one entry or link is wrong (see flaw)
        Unavailable, // the log could not be loaded (see problem text in the UI)
    };
    enum class Flaw {
        None,
        Changed, // the entry's content no longer matches its seal
        NotLinked, // the entry does not follow its predecessor (one deleted,
                   // inserted, reordered - or held back, see app/README.md)
        StartMissing, // the oldest entries are gone although still within retention
    };

    State state = State::Unchecked;
    int checked = 0;
    Flaw flaw = Flaw::None;
    int flawCount = 0;
    AccessLogEntry flawed; // the oldest entry with a flaw

    bool isIntact() const { return state == State::Intact; }
};

// Re-computes the chain of one citizen's whole access log, fed page by page
// newest first as GET /me/access-log serves it (unfiltered), with the same
// code as the backend (common's AccessLogChain). Keeps only the link to the
// next older page, so memory stays flat however long the log is.
//
// It reports the *oldest* flaw: a changed entry breaks its own seal, and
// everything newer may well be fine.
class AccessLogAudit
{
public:
    // How long the backend keeps entries (domain.md: two years). A log that
    // starts later than genesis with its oldest entry younger than this has
    // lost entries it should still have.
    static constexpr qint64 kRetentionDays = 730;

    void reset();
    // The next (older) page of the unfiltered log, newest first.
    void addPage(const QList<AccessLogEntry> &newestFirst);
    // The last page was added: checks where the chain begins.
    void finish(const QDateTime &now);

    const ChainVerdict &verdict() const { return m_verdict; }

private:
    void flag(ChainVerdict::Flaw flaw, const AccessLogEntry &entry);

    ChainVerdict m_verdict;
    bool m_haveNewer = false;
    AccessLogEntry
        m_oldestSoFar; // the oldest entry checked, whose prev_hash the next page must end with
};

} // namespace rathaus::client
