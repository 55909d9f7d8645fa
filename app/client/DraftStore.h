#pragma once

#include "app/client/Draft.h"
#include "common/core/Result.h"
#include "common/crypto/Aead.h"

#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace rathaus::client {

// The drafts (and the outbox, which is drafts in state Queued) in a local
// SQLite file. The values are sealed with AES-256-GCM under the owner's key,
// with the owner, draft id, service and idempotency key bound in as
// associated data: the file holds no typed text, and a row copied to another
// account or altered is refused ("draft-unreadable"), never half-read.
//
// WAL and synchronous=FULL: a save that returned survives a kill -9 or a
// power cut. Only the current owner's rows are visible.
class DraftStore
{
public:
    explicit DraftStore(QString filePath);
    ~DraftStore();
    DraftStore(const DraftStore &) = delete;
    DraftStore &operator=(const DraftStore &) = delete;

    // Opens (creates) the file; false with `error` set when it cannot.
    bool open(QString *error = nullptr);
    bool isOpen() const;
    QString filePath() const { return m_filePath; }

    // Whose drafts are read and written: `owner` names the account (backend
    // and user id), `key` is that account's 256-bit draft key.
    void setOwner(const QString &owner, QByteArray key);
    void clearOwner();
    bool hasOwner() const { return m_aead != nullptr; }

    // A new draft for `serviceId` with fresh ids; not stored until save().
    static Draft create(const QString &serviceId);

    std::optional<Problem> save(Draft &draft); // sets updatedAt
    Result<Draft> load(const QString &id) const;
    QList<DraftInfo> list() const; // newest change first
    QStringList queuedIds() const; // oldest first
    bool remove(const QString &id);
    // Every owner's drafts and queued submissions, overwritten as they go
    // (the kiosk, after each person). False when the store is not open.
    bool wipe();

private:
    QByteArray associatedData(const QString &id, const QString &serviceId,
                              const QByteArray &idempotencyKey) const;

    QString m_filePath;
    QString m_connectionName;
    QString m_ownerHash;
    std::unique_ptr<crypto::Aead> m_aead;
};

} // namespace rathaus::client
