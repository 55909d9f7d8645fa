#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>

namespace rathaus::client {

class SecretStore;

// The per-account key of the local drafts: a random 256-bit key kept in the
// system keychain under "draft-key/<account>". Without a usable keychain the
// key lives in memory for this run only (the drafts are then unreadable after
// a restart, and the user is told); it is never written to a file.
class DraftKeyring : public QObject
{
    Q_OBJECT
public:
    // persistent: false when the key is in memory only.
    using Callback = std::function<void(const QByteArray &key, bool persistent)>;

    explicit DraftKeyring(SecretStore *store, QObject *parent = nullptr);
    ~DraftKeyring() override;

    // The key of `account`: read from the keychain, or made and stored there.
    void fetchKey(const QString &account, QObject *context, Callback callback);

    static QString storeKey(const QString &account);

private:
    void useMemoryKey(const QString &account, const Callback &callback);

    QPointer<SecretStore> m_store;
    QHash<QString, QByteArray> m_memoryKeys; // this run only, per account
};

} // namespace rathaus::client
