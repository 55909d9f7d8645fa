#pragma once

#include "common/wire/AccessLogEntry.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace rathaus {

// The hash chain over one citizen's access-log entries (domain.md "Access
// log"): each entry's hash is SHA-256 (lower-case hex) over the canonical
// JSON (crypto::CanonicalJson) of the entry's wire form without "hash" -
// prev_hash included, so each entry seals its predecessor. The first entry's
// prev_hash is genesisHash().
//
// The backend seals entries as it writes them; the client re-computes the
// chain and warns when a link is broken. A changed member breaks that
// entry's hash; a deleted or reordered entry breaks the next prev_hash.
// Cutting entries off the newest end leaves a valid (shorter) chain: only a
// head hash remembered from earlier can reveal that.
class AccessLogChain
{
public:
    // 64 zeros.
    static QString genesisHash();

    // The hash `entry` must carry (its own `hash` member is ignored).
    static QString hashOf(const AccessLogEntry &entry);
    // The same over a wire object as received (its "hash" member is ignored).
    static QString hashOf(const QJsonObject &wireEntry);

    // Sets prevHash and hash: the entry as the backend stores it.
    static AccessLogEntry seal(AccessLogEntry entry, const QString &prevHash);

    // The index of the first entry whose hash or link is wrong, or nullopt
    // when the chain holds. `oldestFirst[0].prevHash` must be
    // `firstPrevHash`: the genesis hash for a whole log, or the hash of the
    // entry just before the part being checked (paging).
    static std::optional<qsizetype> verifyChain(const QList<AccessLogEntry> &oldestFirst,
                                                const QString &firstPrevHash = genesisHash());
};

} // namespace rathaus
