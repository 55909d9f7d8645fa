#pragma once

#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace rathaus::server {

// One issued token pair. Tokens themselves are never stored: only their
// SHA-256 (hex), which is all a database thief gets.
struct SessionRecord
{
    QString id;
    QString familyId; // every pair since one login
    QString userId;
    qint64 familyStartedAt = 0; // the login: the 12 h absolute limit counts from here
    qint64 createdAt = 0;
    qint64 lastUsedAt = 0;
    std::optional<qint64> refreshUsedAt;
    std::optional<qint64> revokedAt;
};

class SessionRepository
{
public:
    explicit SessionRepository(QSqlDatabase db) : m_db(std::move(db)) { }

    void insert(const SessionRecord &session, const QString &accessHash,
                const QString &refreshHash);
    std::optional<SessionRecord> findByAccessHash(const QString &accessHash) const;
    std::optional<SessionRecord> findByRefreshHash(const QString &refreshHash) const;
    void touch(const QString &id, qint64 now);
    // Marks the refresh token used; false if it already was, or the pair is revoked.
    bool markRefreshUsed(const QString &id, qint64 now);
    void revoke(const QString &id, qint64 now);
    void revokeFamily(const QString &familyId, qint64 now);
    // Every live pair of one account (it was disabled); returns how many.
    int revokeUser(const QString &userId, qint64 now);

private:
    std::optional<SessionRecord> findBy(const char *column, const QString &hash) const;

    QSqlDatabase m_db;
};

} // namespace rathaus::server
