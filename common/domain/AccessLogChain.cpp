#include "common/domain/AccessLogChain.h"

#include "common/crypto/CanonicalJson.h"
#include "common/crypto/Crypto.h"

#include <utility>

namespace rathaus {

QString AccessLogChain::genesisHash()
{
    return QString(64, QLatin1Char('0'));
}

QString AccessLogChain::hashOf(const AccessLogEntry &entry)
{
    return crypto::sha256Hex(crypto::CanonicalJson::serialize(entry.hashedJson()));
}

QString AccessLogChain::hashOf(const QJsonObject &wireEntry)
{
    QJsonObject hashed = wireEntry;
    hashed.remove(QLatin1String("hash"));
    return crypto::sha256Hex(crypto::CanonicalJson::serialize(hashed));
}

AccessLogEntry AccessLogChain::seal(AccessLogEntry entry, const QString &prevHash)
{
    entry.prevHash = prevHash;
    entry.hash = hashOf(entry);
    return entry;
}

std::optional<qsizetype> AccessLogChain::verifyChain(const QList<AccessLogEntry> &oldestFirst,
                                                     const QString &firstPrevHash)
{
    const QString *expectedPrev = &firstPrevHash;
    for (qsizetype i = 0; i < oldestFirst.size(); ++i) {
        const AccessLogEntry &entry = oldestFirst.at(i);
        // Hashes are public values: a plain comparison leaks nothing.
        if (entry.prevHash != *expectedPrev || hashOf(entry) != entry.hash)
            return i;
        expectedPrev = &entry.hash;
    }
    return std::nullopt;
}

} // namespace rathaus
