#include "app/client/KeychainSecretStore.h"

#include "app/client/LoggingCategories.h"

#include <QPointer>
#include <QTimer>
#include <qt6keychain/keychain.h>

namespace rathaus::client {

namespace {

SecretStore::Status statusOf(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoError:
        return SecretStore::Status::Ok;
    case QKeychain::EntryNotFound:
        return SecretStore::Status::NotFound;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError: // e.g. "Cannot autolaunch D-Bus without X11 $DISPLAY"
        return SecretStore::Status::Unavailable;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return SecretStore::Status::Failed;
    }
    return SecretStore::Status::Failed;
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QObject *parent) : SecretStore(parent) { }

QString KeychainSecretStore::qualifiedKey(const QString &key)
{
    return QLatin1String(serviceName) + QLatin1Char('/') + key;
}

void KeychainSecretStore::read(const QString &key, QObject *context, Callback callback)
{
    run(Operation::Read, key, {}, context, std::move(callback), 0);
}

void KeychainSecretStore::write(const QString &key, const QString &secret, QObject *context,
                                Callback callback)
{
    run(Operation::Write, key, secret, context, std::move(callback), 0);
}

void KeychainSecretStore::remove(const QString &key, QObject *context, Callback callback)
{
    run(Operation::Remove, key, {}, context, std::move(callback), 0);
}

void KeychainSecretStore::run(Operation operation, const QString &key, const QString &secret,
                              QObject *context, Callback callback, int attempt)
{
    const QString service = QLatin1String(serviceName);
    QKeychain::Job *job = nullptr;
    switch (operation) {
    case Operation::Read:
        job = new QKeychain::ReadPasswordJob(service, this);
        break;
    case Operation::Write: {
        auto *writeJob = new QKeychain::WritePasswordJob(service, this);
        writeJob->setTextData(secret);
        job = writeJob;
        break;
    }
    case Operation::Remove:
        job = new QKeychain::DeletePasswordJob(service, this);
        break;
    }
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // a token in a plain file is not a secret any more
    job->setKey(qualifiedKey(key));

    QPointer<QObject> guard(context);
    const bool hadContext = context != nullptr;
    connect(job, &QKeychain::Job::finished, this,
            [this, operation, key, secret, guard, hadContext, callback = std::move(callback),
             attempt](QKeychain::Job *finished) mutable {
                const QKeychain::Error error = finished->error();
                Status status = statusOf(error);
                if (operation == Operation::Remove && status == Status::NotFound)
                    status = Status::Ok; // already gone is what was asked for

                if ((status == Status::Unavailable || status == Status::Failed) && attempt == 0 &&
                    error != QKeychain::AccessDeniedByUser) {
                    qCInfo(lcKeychain)
                        << "keychain not ready (" << int(error) << "), retrying once";
                    QTimer::singleShot(m_retryDelay, this,
                                       [this, operation, key, secret, guard, hadContext,
                                        callback = std::move(callback)]() mutable {
                                           if (hadContext && !guard)
                                               return;
                                           run(operation, key, secret, guard.data(),
                                               std::move(callback), 1);
                                       });
                    return;
                }
                if (status != Status::Ok && status != Status::NotFound)
                    qCWarning(lcKeychain)
                        << "keychain error" << int(error) << finished->errorString();
                if (hadContext && !guard)
                    return;
                Outcome outcome { status, {}, {} };
                if (status == Status::Ok && operation == Operation::Read)
                    outcome.value = static_cast<QKeychain::ReadPasswordJob *>(finished)->textData();
                if (status != Status::Ok && status != Status::NotFound)
                    outcome.message = finished->errorString();
                if (callback)
                    callback(outcome);
            });
    job->start();
}

} // namespace rathaus::client
