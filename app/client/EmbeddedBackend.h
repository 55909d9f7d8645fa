#pragma once

#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>

namespace rathaus::client {

// The demo city inside the desktop program: runs rathaus::server::Backend on
// a worker thread, on 127.0.0.1 with a free port and an SQLite file in the
// user's data folder, seeded with the demo city. The client then talks to it
// over HTTP like to any real backend.
class EmbeddedBackend : public QObject
{
    Q_OBJECT
public:
    explicit EmbeddedBackend(QObject *parent = nullptr);
    ~EmbeddedBackend() override; // stops the backend and its thread

    // `dataDirectory` empty: QStandardPaths::AppDataLocation.
    void start(const QString &dataDirectory = {});
    QUrl baseUrl() const { return m_baseUrl; }
    bool isRunning() const { return m_baseUrl.isValid(); }

signals:
    void ready(const QUrl &baseUrl);
    void failed(const QString &message);

private:
    struct Worker;
    std::unique_ptr<Worker> m_worker;
    QUrl m_baseUrl;
};

} // namespace rathaus::client
