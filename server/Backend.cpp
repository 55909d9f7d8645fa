#include "server/Backend.h"

#include "common/core/Clock.h"
#include "server/Logging.h"
#include "server/domain/DemoSeed.h"
#include "server/domain/EventHub.h"
#include "server/domain/Housekeeping.h"
#include "server/domain/LoginService.h"
#include "server/domain/SessionService.h"
#include "server/http/ApiServer.h"
#include "server/http/TlsPolicy.h"
#include "server/store/Database.h"
#include "server/store/DatabaseError.h"
#include "server/store/Migrations.h"

#include <QTimer>

namespace rathaus::server {

struct Backend::Private
{
    explicit Private(BackendConfig c)
        : config(std::move(c)), clock(config.clock ? *config.clock : Clock::system())
    { }

    bool start(QString *errorMessage);
    void housekeeping();
    QString baseUrl() const;

    BackendConfig config;
    const Clock &clock;
    // Destroyed bottom-up: the server (and its thread pool) before the
    // services it calls, the database last.
    std::unique_ptr<Database> database;
    std::unique_ptr<SessionService> sessions;
    std::unique_ptr<LoginService> login;
    std::unique_ptr<EventHub> events;
    std::unique_ptr<http::HandlerContext> context;
    std::unique_ptr<http::ApiServer> api;
    std::unique_ptr<QTimer> housekeepingTimer;
    bool tls = false;
};

bool Backend::Private::start(QString *errorMessage)
{
    if (config.seedDemo && !config.address.isLoopback()) {
        // The demo accounts have published passwords and TOTP secrets.
        *errorMessage =
            QStringLiteral("refusing to seed the demo city on the non-loopback address %1: "
                           "its accounts have published passwords")
                .arg(config.address.toString());
        return false;
    }
    auto url = DatabaseUrl::parse(config.databaseUrl);
    if (!url) {
        *errorMessage = url.problem().title + QStringLiteral(": ") + url.problem().detail;
        return false;
    }
    std::optional<QSslConfiguration> tlsConfiguration;
    if (!config.tlsCertificateFile.isEmpty() || !config.tlsKeyFile.isEmpty()) {
        QSslConfiguration loaded;
        if (!http::TlsPolicy::load(config.tlsCertificateFile, config.tlsKeyFile, &loaded,
                                   errorMessage))
            return false;
        tlsConfiguration = loaded;
    }
    try {
        database = std::make_unique<Database>(url.value());
        const QSqlDatabase db = database->connection();
        const int applied = Migrations::apply(db, database->dialect(), clock.nowSeconds());
        qCInfo(lcServer) << "database" << database->url().redacted() << "schema version"
                         << Migrations::currentVersion(db) << "(" << applied << "applied now)";
        if (config.seedDemo && !DemoSeed::apply(*database, clock, nullptr, errorMessage))
            return false;
        Housekeeping::run(*database, clock, Housekeeping::kThrottleWindowSeconds, config.payments);
    } catch (const DatabaseError &error) {
        *errorMessage = error.message();
        return false;
    }
    sessions = std::make_unique<SessionService>(*database, clock);
    LoginThrottle::Limits limits;
    limits.perAccount = config.loginAttemptsPerAccountPerHour;
    limits.perAddress = config.loginAttemptsPerAddressPerHour;
    login = std::make_unique<LoginService>(*database, clock, *sessions, limits);
    events = std::make_unique<EventHub>();
    const QString cityName = !config.cityName.isEmpty() ? config.cityName
        : config.seedDemo                               ? DemoSeed::cityName()
                                                        : QString();
    context = std::make_unique<http::HandlerContext>(
        http::HandlerContext { *database, clock, *sessions, *login, *events, config.maxUploadBytes,
                               config.payments, cityName });
    http::BodySizeGuard::Limits connectionLimits;
    connectionLimits.maxBodyBytes = config.maxBodyBytes;
    connectionLimits.routes.append(
        { QByteArrayLiteral("POST"), QByteArrayLiteral("/api/v1/uploads"), config.maxUploadBytes });
    context->payments.allowDropField = config.seedDemo;
    connectionLimits.idleTimeoutMs = std::max(0, config.idleTimeoutSeconds) * 1000;
    api = std::make_unique<http::ApiServer>(*context, connectionLimits);
    if (!api->listen(config.address, config.port, tlsConfiguration, errorMessage)) {
        api.reset();
        return false;
    }
    tls = tlsConfiguration.has_value();
    if (context->payments.publicBaseUrl.isEmpty())
        context->payments.publicBaseUrl = baseUrl();
    housekeepingTimer = std::make_unique<QTimer>();
    QObject::connect(housekeepingTimer.get(), &QTimer::timeout, housekeepingTimer.get(),
                     [this] { housekeeping(); });
    housekeepingTimer->start(Housekeeping::kIntervalSeconds * 1000);
    qCInfo(lcServer).noquote() << "listening on" << config.address.toString() << "port"
                               << api->port() << (tls ? "(TLS)" : "(plain HTTP)");
    return true;
}

void Backend::Private::housekeeping()
{
    try {
        Housekeeping::run(*database, clock, Housekeeping::kThrottleWindowSeconds, config.payments);
    } catch (const DatabaseError &error) {
        qCWarning(lcServer).noquote() << "housekeeping failed:" << error.message();
    }
}

Backend::Backend(BackendConfig config, QObject *parent)
    : QObject(parent), d(std::make_unique<Private>(std::move(config)))
{ }

Backend::~Backend()
{
    // Explicit order, see Private.
    d->housekeepingTimer.reset();
    d->api.reset();
    d->context.reset();
    d->events.reset();
    d->login.reset();
    d->sessions.reset();
    d->database.reset();
}

bool Backend::start(QString *errorMessage)
{
    QString ignored;
    QString *message = errorMessage ? errorMessage : &ignored;
    if (d->api) {
        *message = QStringLiteral("already started");
        return false;
    }
    if (!d->start(message)) {
        d->housekeepingTimer.reset();
        d->api.reset();
        d->context.reset();
        d->events.reset();
        d->login.reset();
        d->sessions.reset();
        d->database.reset();
        qCWarning(lcServer).noquote() << "backend did not start:" << *message;
        return false;
    }
    return true;
}

quint16 Backend::port() const
{
    return d->api ? d->api->port() : 0;
}

QString Backend::Private::baseUrl() const
{
    QHostAddress host = config.address;
    if (host == QHostAddress::Any || host == QHostAddress::AnyIPv4)
        host = QHostAddress::LocalHost;
    else if (host == QHostAddress::AnyIPv6)
        host = QHostAddress::LocalHostIPv6;
    QString hostText = host.toString();
    if (host.protocol() == QAbstractSocket::IPv6Protocol)
        hostText = QLatin1Char('[') + hostText + QLatin1Char(']');
    return QStringLiteral("%1://%2:%3")
        .arg(tls ? QStringLiteral("https") : QStringLiteral("http"), hostText)
        .arg(api ? api->port() : 0);
}

QString Backend::baseUrl() const
{
    return d->baseUrl();
}

} // namespace rathaus::server
