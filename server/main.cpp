// rathaus-server: the reference city backend.
//   rathaus-server --listen 127.0.0.1:8080 --db sqlite:/var/lib/rathaus/city.db --seed-demo
//   rathaus-server --listen 0.0.0.0:8443 --db postgres://rathaus:...@db:5432/rathaus
//                  --tls-cert /etc/rathaus/cert.pem --tls-key /etc/rathaus/key.pem
#include "server/Backend.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTimer>
#include <QUrl>

#include <csignal>
#include <cstdio>

namespace {

bool parseListen(const QString &text, QHostAddress *address, quint16 *port)
{
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        return false;
    QString host = text.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    bool ok = false;
    const uint value = text.mid(colon + 1).toUInt(&ok);
    if (!ok || value > 65535 || !address->setAddress(host))
        return false;
    *port = quint16(value);
    return true;
}

// Only a flag is async-signal-safe to touch in a handler; a timer on the
// event loop turns it into a clean quit (the Backend then closes its
// connections and database in order).
volatile std::sig_atomic_t s_stopRequested = 0;

void requestStop(int)
{
    s_stopRequested = 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("rathaus-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RATHAUS_VERSION_STRING));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Rathaus reference city backend"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption listen(QStringLiteral("listen"),
                                    QStringLiteral("Address and port to listen on."),
                                    QStringLiteral("ADDR:PORT"), QStringLiteral("127.0.0.1:8080"));
    const QCommandLineOption db(QStringLiteral("db"),
                                QStringLiteral("sqlite:PATH or postgres://user:pw@host:port/db"),
                                QStringLiteral("URL"));
    const QCommandLineOption cert(QStringLiteral("tls-cert"),
                                  QStringLiteral("PEM certificate (chain) for HTTPS."),
                                  QStringLiteral("FILE"));
    const QCommandLineOption key(QStringLiteral("tls-key"),
                                 QStringLiteral("PEM private key for HTTPS."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption seed(QStringLiteral("seed-demo"),
                                  QStringLiteral("Seed the demo city (loopback addresses only)."));
    const QCommandLineOption quiet(QStringLiteral("quiet"),
                                   QStringLiteral("Log warnings only, no request lines."));
    const QCommandLineOption publicUrl(
        QStringLiteral("public-url"),
        QStringLiteral("Origin citizens' browsers reach this server at (payment pages), "
                       "e.g. https://rathaus.example. Default: the listening address."),
        QStringLiteral("URL"));
    const QCommandLineOption maxUpload(QStringLiteral("max-upload-bytes"),
                                       QStringLiteral("Largest file upload (default 10485760)."),
                                       QStringLiteral("BYTES"));
    const QCommandLineOption cityName(
        QStringLiteral("city-name"),
        QStringLiteral("The city's name for clients' printouts, e.g. \"Stadt Musterstadt\" "
                       "(default with --seed-demo: the demo city's)."),
        QStringLiteral("NAME"));
    parser.addOptions({ listen, db, cert, key, seed, quiet, publicUrl, maxUpload, cityName });
    parser.process(app);

    if (!parser.isSet(quiet))
        QLoggingCategory::setFilterRules(QStringLiteral("rathaus.server*.info=true"));

    rathaus::server::BackendConfig config;
    if (!parseListen(parser.value(listen), &config.address, &config.port)) {
        std::fprintf(stderr, "rathaus-server: --listen wants ADDR:PORT, e.g. 127.0.0.1:8080\n");
        return 2;
    }
    if (!parser.isSet(db)) {
        std::fprintf(stderr, "rathaus-server: --db is required\n");
        return 2;
    }
    if (parser.isSet(cert) != parser.isSet(key)) {
        std::fprintf(stderr, "rathaus-server: --tls-cert and --tls-key go together\n");
        return 2;
    }
    config.databaseUrl = parser.value(db);
    config.tlsCertificateFile = parser.value(cert);
    config.tlsKeyFile = parser.value(key);
    config.seedDemo = parser.isSet(seed);
    config.cityName = parser.value(cityName).trimmed();
    if (parser.isSet(publicUrl)) {
        const QUrl url(parser.value(publicUrl), QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != QLatin1String("https") &&
                               url.scheme() != QLatin1String("http")) ||
            url.host().isEmpty() || !url.path().isEmpty() || url.hasQuery()) {
            std::fprintf(stderr, "rathaus-server: --public-url wants an origin such as "
                                 "https://rathaus.example\n");
            return 2;
        }
        config.payments.publicBaseUrl = url.toString(QUrl::FullyEncoded);
    }
    if (parser.isSet(maxUpload)) {
        bool ok = false;
        config.maxUploadBytes = parser.value(maxUpload).toLongLong(&ok);
        if (!ok || config.maxUploadBytes <= 0) {
            std::fprintf(stderr, "rathaus-server: --max-upload-bytes wants a positive number\n");
            return 2;
        }
    }

    rathaus::server::Backend backend(config);
    QString error;
    if (!backend.start(&error)) {
        std::fprintf(stderr, "rathaus-server: %s\n", qPrintable(error));
        return 1;
    }
    std::fprintf(stdout, "rathaus-server listening on %s\n", qPrintable(backend.baseUrl()));
    std::fflush(stdout);

    std::signal(SIGINT, requestStop);
    std::signal(SIGTERM, requestStop);
    QTimer stopPoll;
    QObject::connect(&stopPoll, &QTimer::timeout, &app, [] {
        if (s_stopRequested)
            QCoreApplication::quit();
    });
    stopPoll.start(200);
    return app.exec();
}
