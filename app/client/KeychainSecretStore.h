#pragma once

#include "app/client/SecretStore.h"

#include <chrono>

namespace rathaus::client {

// The system keychain through QtKeychain: Secret Service (GNOME Keyring,
// KWallet) on Linux, Credential Manager on Windows, Keychain on macOS.
// Never falls back to a plain file: without a keychain the caller is told
// (Status::Unavailable) and keeps the session in memory instead.
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT
public:
    static constexpr const char *serviceName = "de.rathaus.desktop";

    explicit KeychainSecretStore(QObject *parent = nullptr);

    void read(const QString &key, QObject *context, Callback callback) override;
    void write(const QString &key, const QString &secret, QObject *context,
               Callback callback) override;
    void remove(const QString &key, QObject *context, Callback callback) override;

    // A keyring daemon that starts with the session may not answer the first
    // call; one retry after this delay covers it (default 0.5 s; tests shorten it).
    void setRetryDelay(std::chrono::milliseconds delay) { m_retryDelay = delay; }

    // "de.rathaus.desktop/<key>": entries are recognisable as ours in any keychain UI.
    static QString qualifiedKey(const QString &key);

private:
    enum class Operation { Read, Write, Remove };
    void run(Operation operation, const QString &key, const QString &secret, QObject *context,
             Callback callback, int attempt);

    std::chrono::milliseconds m_retryDelay { 500 };
};

} // namespace rathaus::client
