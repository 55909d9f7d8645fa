#include "app/client/DraftKeyring.h"

#include "app/client/LoggingCategories.h"
#include "app/client/SecretStore.h"
#include "common/crypto/Aead.h"
#include "common/crypto/Crypto.h"

namespace rathaus::client {

DraftKeyring::DraftKeyring(SecretStore *store, QObject *parent) : QObject(parent), m_store(store)
{ }

DraftKeyring::~DraftKeyring()
{
    for (QByteArray &key : m_memoryKeys)
        crypto::wipe(key);
}

QString DraftKeyring::storeKey(const QString &account)
{
    return QStringLiteral("draft-key/") + account;
}

void DraftKeyring::useMemoryKey(const QString &account, const Callback &callback)
{
    auto it = m_memoryKeys.find(account);
    if (it == m_memoryKeys.end())
        it = m_memoryKeys.insert(account, crypto::Aead::generateKey());
    callback(it.value(), false);
}

void DraftKeyring::fetchKey(const QString &account, QObject *context, Callback callback)
{
    QPointer<QObject> guard(context);
    const bool hadContext = context != nullptr;
    auto answer = [guard, hadContext, callback](const QByteArray &key, bool persistent) {
        if (hadContext && !guard)
            return;
        callback(key, persistent);
    };
    if (!m_store || m_memoryKeys.contains(account)) {
        QMetaObject::invokeMethod(
            this, [this, account, answer] { useMemoryKey(account, answer); },
            Qt::QueuedConnection);
        return;
    }
    m_store->read(storeKey(account), this,
                  [this, account, answer](const SecretStore::Outcome &outcome) {
                      if (outcome.status == SecretStore::Status::Ok) {
                          QByteArray key = QByteArray::fromBase64(outcome.value.toLatin1());
                          if (key.size() == crypto::Aead::KeySize) {
                              answer(key, true);
                              crypto::wipe(key);
                              return;
                          }
                          qCWarning(lcDrafts) << "the stored draft key is unusable; making a new one";
                      } else if (outcome.status != SecretStore::Status::NotFound) {
                          qCWarning(lcDrafts) << "no keychain for the draft key:" << outcome.message;
                          useMemoryKey(account, answer);
                          return;
                      }
                      QByteArray key = crypto::Aead::generateKey();
                      const QString encoded = QString::fromLatin1(key.toBase64());
                      m_store->write(storeKey(account), encoded, this,
                                     [this, account, key, answer](
                                         const SecretStore::Outcome &written) mutable {
                                         if (written.status == SecretStore::Status::Ok) {
                                             answer(key, true);
                                         } else {
                                             qCWarning(lcDrafts)
                                                 << "the keychain cannot keep the draft key:"
                                                 << written.message;
                                             m_memoryKeys.insert(account, key);
                                             answer(key, false);
                                         }
                                         crypto::wipe(key);
                                     });
                  });
}

} // namespace rathaus::client
