#include "server/store/StaffPseudonymRepository.h"

#include "common/crypto/Crypto.h"
#include "server/store/DatabaseError.h"
#include "server/store/Sql.h"

namespace rathaus::server {

QString StaffPseudonymRepository::pseudonymFor(const QString &userId, qint64 nowSeconds)
{
    const QString select =
        QStringLiteral("SELECT pseudonym FROM staff_pseudonyms WHERE user_id = ?");
    if (const auto existing = sql::scalar(m_db, select, { userId }))
        return existing->toString();
    const QString candidate =
        QStringLiteral("staff-") + QString::fromLatin1(crypto::randomBytes(12).toHex());
    sql::exec(m_db,
              QStringLiteral("INSERT INTO staff_pseudonyms (user_id, pseudonym, created_at)"
                             " VALUES (?, ?, ?) ON CONFLICT (user_id) DO NOTHING"),
              { userId, candidate, nowSeconds });
    // A concurrent first use may have won: read back whichever was stored.
    const auto stored = sql::scalar(m_db, select, { userId });
    if (!stored)
        throw DatabaseError(QStringLiteral("staff pseudonym missing after insert"));
    return stored->toString();
}

} // namespace rathaus::server
