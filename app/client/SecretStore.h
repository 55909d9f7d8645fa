#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace rathaus::client {

// Where the client keeps secrets that must outlive the process (the refresh
// token): the system keychain in the desktop program, memory in the kiosk and
// in tests. Asynchronous because keychains answer over IPC.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    enum class Status {
        Ok,
        NotFound, // read: nothing stored under the key
        Unavailable, // no keychain on this system (the session then lives in memory)
        Failed, // the keychain refused (locked, denied, ...)
    };
    struct Outcome
    {
        Status status = Status::Ok;
        QString value; // read only
        QString message; // for logs and the one-time notice; never contains the secret
    };
    using Callback = std::function<void(const Outcome &)>;

    using QObject::QObject;

    // `callback` runs later on this object's thread unless `context` is gone.
    virtual void read(const QString &key, QObject *context, Callback callback) = 0;
    virtual void write(const QString &key, const QString &secret, QObject *context,
                       Callback callback) = 0;
    virtual void remove(const QString &key, QObject *context, Callback callback) = 0;
};

} // namespace rathaus::client
