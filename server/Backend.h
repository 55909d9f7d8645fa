#pragma once

#include "server/domain/PaymentSettings.h"

#include <QHostAddress>
#include <QObject>
#include <QString>

#include <memory>

namespace rathaus {
class Clock;
}

namespace rathaus::server {

struct BackendConfig
{
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 0; // 0: pick a free port
    QString databaseUrl; // "sqlite:/path/file.db" | "sqlite::memory:" |
                         // "postgres://user:pw@host:port/db"
    bool seedDemo = false; // refused on a non-loopback address
    // The city's name for clients (GET /api/v1/health `city_name`: printouts,
    // titles). Empty: the demo city's name with seedDemo, else none.
    QString cityName;
    QString tlsCertificateFile; // both set: HTTPS only
    QString tlsKeyFile;
    // Request bodies: at most this much on every route (JSON needs 1 MiB),
    // except file uploads (POST /api/v1/uploads), which may carry maxUploadBytes.
    qint64 maxBodyBytes = 1024 * 1024;
    qint64 maxUploadBytes = 10 * 1024 * 1024;
    // A connection that sends nothing for this long is closed (mid-request:
    // with 408 first). Frees sockets held by idle or very slow clients. 0: never.
    int idleTimeoutSeconds = 60;
    Clock *clock = nullptr; // nullptr: the system clock (tests pass a ManualClock)
    // Evaluated password attempts per rolling hour (quality.md: <= 100 per account).
    int loginAttemptsPerAccountPerHour = 100;
    int loginAttemptsPerAddressPerHour = 300;
    // Payments and the demo provider (publicBaseUrl: where next_url points).
    PaymentSettings payments;
};

// The whole city backend as a library: rathaus-server's main() and the
// client's embedded demo mode both run one of these. It serves from the thread
// that calls start() (the client runs it on a worker QThread), and must be
// destroyed on that same thread.
class Backend : public QObject
{
    Q_OBJECT
public:
    explicit Backend(BackendConfig config, QObject *parent = nullptr);
    ~Backend() override;

    // Opens the database, applies migrations, seeds when asked, listens.
    // On failure returns false and a message fit for an operator's log.
    bool start(QString *errorMessage);
    quint16 port() const;
    QString baseUrl() const; // "http://127.0.0.1:PORT" (or https)

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace rathaus::server
