#pragma once

#include "common/core/Clock.h"
#include "server/Backend.h"

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QPair>
#include <QString>
#include <QTemporaryDir>

#include <functional>
#include <memory>

namespace rathaus::test {

// A fresh, empty database for one test case.
// RATHAUS_TEST_DATABASE_URL unset: a new SQLite file in a temporary folder.
// Set to a postgres:// URL, or to "file:PATH" naming a file that holds one
// (tests/support/postgres-fixture.sh writes it): that server's role creates
// `rathaus_t_<random>` and drops it again (WITH (FORCE)) in the destructor.
class TestDatabase
{
public:
    TestDatabase();
    ~TestDatabase();
    TestDatabase(const TestDatabase &) = delete;
    TestDatabase &operator=(const TestDatabase &) = delete;

    bool isValid() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    QString url() const { return m_url; }
    bool isPostgres() const { return !m_adminUrl.isEmpty(); }

    // The admin URL from the environment, or empty for SQLite; error set on trouble.
    static QString adminUrlFromEnvironment(QString *error);

private:
    bool execAdmin(const QString &statement);

    QTemporaryDir m_dir;
    QString m_url;
    QString m_adminUrl;
    QString m_databaseName;
    QString m_error;
};

struct HttpResponse
{
    int status = 0; // 0: no HTTP answer (see networkError)
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QString networkError;

    QByteArray header(const QByteArray &name) const; // case-insensitive
    QJsonObject json() const;
    QJsonArray jsonArray() const;
};

// Synchronous HTTP for tests: QNetworkAccessManager + a QEventLoop (which
// also runs the in-process backend's event loop while it waits).
class HttpClient
{
public:
    explicit HttpClient(QString baseUrl);

    using Headers = QList<QPair<QByteArray, QByteArray>>;
    HttpResponse request(const QByteArray &method, const QString &path, const QByteArray &body = {},
                         const Headers &headers = {});
    HttpResponse get(const QString &path, const QString &bearer = {});
    HttpResponse postJson(const QString &path, const QJsonObject &body, const QString &bearer = {});

    QString baseUrl() const { return m_baseUrl; }

private:
    QString m_baseUrl;
    std::unique_ptr<QNetworkAccessManager> m_network;
};

// A Backend on 127.0.0.1:0 over a fresh TestDatabase, with a ManualClock.
class TestBackend
{
public:
    struct Options
    {
        bool seedDemo = true;
        std::function<void(server::BackendConfig &)> configure; // tweak before start
    };

    TestBackend();
    explicit TestBackend(Options options);
    ~TestBackend();

    // False with error() set when the database or the backend did not come up.
    bool start();
    QString error() const { return m_error; }

    ManualClock &clock() { return m_clock; }
    server::Backend &backend() { return *m_backend; }
    HttpClient &http() { return *m_http; }
    TestDatabase &database() { return m_database; }
    const server::BackendConfig &config() const { return m_config; }

    // Stops the backend (keeps the database): a second start() on the same
    // data, e.g. to check that seeding and migrations are idempotent.
    void stop();

    // Signs in; returns the login answer (status 200 on success).
    HttpResponse login(const QString &username,
                       const QString &password = QStringLiteral("rathaus-demo"),
                       const QString &totp = {});
    // The current TOTP code of the demo staff secret at the ManualClock's time.
    QString staffTotp(qint64 offsetSeconds = 0) const;

private:
    Options m_options;
    ManualClock m_clock;
    TestDatabase m_database;
    server::BackendConfig m_config;
    std::unique_ptr<server::Backend> m_backend;
    std::unique_ptr<HttpClient> m_http;
    QString m_error;
};

} // namespace rathaus::test
