#include "app/client/MemorySecretStore.h"

#include <QPointer>
#include <QTimer>

namespace rathaus::client {

void MemorySecretStore::answer(QObject *context, Callback callback, Outcome outcome)
{
    // Later, like a real keychain, so callers cannot come to rely on synchrony.
    QPointer<QObject> guard(context);
    const bool hadContext = context != nullptr;
    QTimer::singleShot(0, this, [guard, hadContext, callback = std::move(callback), outcome] {
        if (hadContext && !guard)
            return;
        if (callback)
            callback(outcome);
    });
}

void MemorySecretStore::read(const QString &key, QObject *context, Callback callback)
{
    if (m_unavailable)
        return answer(context, std::move(callback),
                      { Status::Unavailable, {}, QStringLiteral("no keychain") });
    const auto it = m_secrets.constFind(key);
    if (it == m_secrets.constEnd())
        return answer(context, std::move(callback), { Status::NotFound, {}, {} });
    answer(context, std::move(callback), { Status::Ok, *it, {} });
}

void MemorySecretStore::write(const QString &key, const QString &secret, QObject *context,
                              Callback callback)
{
    if (m_unavailable)
        return answer(context, std::move(callback),
                      { Status::Unavailable, {}, QStringLiteral("no keychain") });
    m_secrets.insert(key, secret);
    answer(context, std::move(callback), { Status::Ok, {}, {} });
}

void MemorySecretStore::remove(const QString &key, QObject *context, Callback callback)
{
    if (m_unavailable)
        return answer(context, std::move(callback),
                      { Status::Unavailable, {}, QStringLiteral("no keychain") });
    m_secrets.remove(key);
    answer(context, std::move(callback), { Status::Ok, {}, {} });
}

} // namespace rathaus::client
