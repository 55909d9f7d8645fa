#include "tests/support/TestBackend.h"

#include "common/crypto/Crypto.h"
#include "common/crypto/Totp.h"
#include "server/store/DatabaseUrl.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>
#include <QUrl>

namespace rathaus::test {

namespace {
constexpr int kRequestTimeoutMs = 120000;
}

// ---- TestDatabase ------------------------------------------------------------

QString TestDatabase::adminUrlFromEnvironment(QString *error)
{
    QString value = qEnvironmentVariable("RATHAUS_TEST_DATABASE_URL").trimmed();
    if (value.startsWith(QLatin1String("file:"))) {
        QFile file(value.mid(5));
        if (!file.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral(
                         "cannot read the database URL from %1 (is the postgres fixture running?)")
                         .arg(file.fileName());
            return {};
        }
        value = QString::fromUtf8(file.readAll()).trimmed();
    }
    return value;
}

TestDatabase::TestDatabase()
{
    m_adminUrl = adminUrlFromEnvironment(&m_error);
    if (!m_error.isEmpty())
        return;
    if (m_adminUrl.isEmpty() || m_adminUrl.startsWith(QLatin1String("sqlite:"))) {
        m_adminUrl.clear();
        if (!m_dir.isValid()) {
            m_error = QStringLiteral("no temporary folder");
            return;
        }
        m_url = QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("rathaus.db"));
        return;
    }
    auto admin = server::DatabaseUrl::parse(m_adminUrl);
    if (!admin) {
        m_error = admin.problem().detail;
        return;
    }
    m_databaseName =
        QStringLiteral("rathaus_t_") + QString::fromLatin1(crypto::randomBytes(6).toHex());
    if (!execAdmin(QStringLiteral("CREATE DATABASE %1").arg(m_databaseName))) {
        m_databaseName.clear();
        return;
    }
    server::DatabaseUrl url = admin.value();
    url.database = m_databaseName;
    m_url = url.toString();
}

TestDatabase::~TestDatabase()
{
    if (!m_databaseName.isEmpty())
        execAdmin(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_databaseName));
}

bool TestDatabase::execAdmin(const QString &statement)
{
    const auto admin = server::DatabaseUrl::parse(m_adminUrl);
    const QString name =
        QStringLiteral("rathaus-test-admin-") + QString::fromLatin1(crypto::randomBytes(4).toHex());
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(admin.value().host);
        db.setPort(admin.value().port);
        db.setUserName(admin.value().user);
        db.setPassword(admin.value().password);
        db.setDatabaseName(admin.value().database);
        if (!db.open()) {
            m_error =
                QStringLiteral("cannot connect to the test PostgreSQL: ") + db.lastError().text();
        } else {
            QSqlQuery query(db);
            ok = query.exec(statement);
            if (!ok)
                m_error = statement + QStringLiteral(": ") + query.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

// ---- HttpResponse / HttpClient -----------------------------------------------

QByteArray HttpResponse::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QJsonObject HttpResponse::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QJsonArray HttpResponse::jsonArray() const
{
    return QJsonDocument::fromJson(body).array();
}

HttpClient::HttpClient(QString baseUrl)
    : m_baseUrl(std::move(baseUrl)), m_network(std::make_unique<QNetworkAccessManager>())
{
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

HttpResponse HttpClient::request(const QByteArray &method, const QString &path,
                                 const QByteArray &body, const Headers &headers)
{
    QNetworkRequest request(QUrl(m_baseUrl + path));
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    QNetworkReply *reply = m_network->sendCustomRequest(request, method, body);

    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    timeout.start(kRequestTimeoutMs);
    loop.exec();

    HttpResponse response;
    if (!reply->isFinished()) {
        reply->abort();
        response.networkError = QStringLiteral("timeout");
    }
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    response.body = reply->readAll();
    for (const auto &pair : reply->rawHeaderPairs())
        response.headers.append(pair);
    if (response.status == 0 && response.networkError.isEmpty())
        response.networkError = reply->errorString();
    reply->deleteLater();
    return response;
}

HttpResponse HttpClient::get(const QString &path, const QString &bearer)
{
    Headers headers;
    if (!bearer.isEmpty())
        headers.append({ "Authorization", "Bearer " + bearer.toLatin1() });
    return request("GET", path, {}, headers);
}

HttpResponse HttpClient::postJson(const QString &path, const QJsonObject &body,
                                  const QString &bearer)
{
    Headers headers { { "Content-Type", "application/json" } };
    if (!bearer.isEmpty())
        headers.append({ "Authorization", "Bearer " + bearer.toLatin1() });
    return request("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), headers);
}

// ---- TestBackend -------------------------------------------------------------

TestBackend::TestBackend() : TestBackend(Options {}) { }

TestBackend::TestBackend(Options options) : m_options(std::move(options)) { }

TestBackend::~TestBackend()
{
    stop();
}

bool TestBackend::start()
{
    if (!m_database.isValid()) {
        m_error = m_database.error();
        return false;
    }
    m_config = {};
    m_config.address = QHostAddress::LocalHost;
    m_config.port = 0;
    m_config.databaseUrl = m_database.url();
    m_config.seedDemo = m_options.seedDemo;
    m_config.clock = &m_clock;
    if (m_options.configure)
        m_options.configure(m_config);
    m_backend = std::make_unique<server::Backend>(m_config);
    if (!m_backend->start(&m_error)) {
        m_backend.reset();
        return false;
    }
    m_http = std::make_unique<HttpClient>(m_backend->baseUrl());
    return true;
}

void TestBackend::stop()
{
    m_http.reset();
    m_backend.reset();
}

HttpResponse TestBackend::login(const QString &username, const QString &password,
                                const QString &totp)
{
    QJsonObject body { { QStringLiteral("username"), username },
                       { QStringLiteral("password"), password } };
    if (!totp.isEmpty())
        body.insert(QStringLiteral("totp"), totp);
    return m_http->postJson(QStringLiteral("/api/v1/auth/login"), body);
}

QString TestBackend::staffTotp(qint64 offsetSeconds) const
{
    const auto secret = base32::decode(QStringLiteral("JBSWY3DPEHPK3PXP"));
    return Totp(secret.value_or(QByteArray())).code(m_clock.nowSeconds() + offsetSeconds);
}

} // namespace rathaus::test
