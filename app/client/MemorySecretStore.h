#pragma once

#include "app/client/SecretStore.h"

#include <QHash>

namespace rathaus::client {

// Secrets for the lifetime of the process only: the kiosk's store (nothing of
// a person may remain), and the test double of the keychain.
class MemorySecretStore : public SecretStore
{
    Q_OBJECT
public:
    using SecretStore::SecretStore;

    void read(const QString &key, QObject *context, Callback callback) override;
    void write(const QString &key, const QString &secret, QObject *context,
               Callback callback) override;
    void remove(const QString &key, QObject *context, Callback callback) override;

    // Tests: behave like a system without a keychain.
    void setUnavailable(bool unavailable) { m_unavailable = unavailable; }
    bool contains(const QString &key) const { return m_secrets.contains(key); }
    bool isEmpty() const { return m_secrets.isEmpty(); }
    // The kiosk after each person: every secret gone at once.
    void clear() { m_secrets.clear(); }

private:
    void answer(QObject *context, Callback callback, Outcome outcome);

    QHash<QString, QString> m_secrets;
    bool m_unavailable = false;
};

} // namespace rathaus::client
