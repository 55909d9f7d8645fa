#include "app/client/EmbeddedBackend.h"

#include "app/client/LoggingCategories.h"
#include "server/Backend.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>
#include <QThread>

namespace rathaus::client {

// The backend must be created, started and destroyed on the worker thread:
// QHttpServer serves from the thread that calls start(), and its SQL
// connection belongs to that thread.
struct EmbeddedBackend::Worker
{
    QThread thread;
    QObject *anchor = nullptr; // lives on the worker thread; owns the backend
    server::Backend *backend = nullptr;
};

EmbeddedBackend::EmbeddedBackend(QObject *parent) : QObject(parent) { }

EmbeddedBackend::~EmbeddedBackend()
{
    if (!m_worker)
        return;
    if (m_worker->anchor) {
        QMetaObject::invokeMethod(
            m_worker->anchor,
            [worker = m_worker.get()] {
                delete worker->anchor; // deletes the backend with it, on its own thread
                worker->anchor = nullptr;
                worker->backend = nullptr;
            },
            Qt::BlockingQueuedConnection);
    }
    m_worker->thread.quit();
    m_worker->thread.wait();
}

void EmbeddedBackend::start(const QString &dataDirectory)
{
    if (m_worker)
        return;
    QString directory = dataDirectory;
    if (directory.isEmpty())
        directory = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (!QDir().mkpath(directory)) {
        QMetaObject::invokeMethod(
            this,
            [this, directory] {
                emit failed(
                    QCoreApplication::translate(
                        "EmbeddedBackend", "The folder for the demo city could not be created: %1")
                        .arg(QDir::toNativeSeparators(directory)));
            },
            Qt::QueuedConnection);
        return;
    }

    server::BackendConfig config;
    config.address = QHostAddress::LocalHost;
    config.port = 0;
    config.databaseUrl =
        QStringLiteral("sqlite:") + QDir(directory).filePath(QStringLiteral("demo-city.db"));
    config.seedDemo = true;

    m_worker = std::make_unique<Worker>();
    m_worker->thread.setObjectName(QStringLiteral("embedded-backend"));
    m_worker->anchor = new QObject;
    m_worker->anchor->moveToThread(&m_worker->thread);
    m_worker->thread.start();

    qCInfo(lcBackend) << "starting the embedded demo city";
    QMetaObject::invokeMethod(
        m_worker->anchor,
        [this, worker = m_worker.get(), config]() {
            auto *backend = new server::Backend(config, worker->anchor);
            QString error;
            if (!backend->start(&error)) {
                delete backend;
                QMetaObject::invokeMethod(
                    this,
                    [this, error] {
                        qCWarning(lcBackend) << "embedded backend failed:" << error;
                        emit failed(error);
                    },
                    Qt::QueuedConnection);
                return;
            }
            worker->backend = backend;
            const QUrl url(backend->baseUrl());
            QMetaObject::invokeMethod(
                this,
                [this, url] {
                    m_baseUrl = url;
                    qCInfo(lcBackend) << "embedded backend listening on" << url.toString();
                    emit ready(url);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

} // namespace rathaus::client
