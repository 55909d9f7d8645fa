// The build without the server library: the embedded demo city cannot run,
// and says so instead of failing to link.
#include "app/client/EmbeddedBackend.h"

#include <QCoreApplication>
#include <QTimer>

namespace rathaus::client {

struct EmbeddedBackend::Worker
{
};

EmbeddedBackend::EmbeddedBackend(QObject *parent) : QObject(parent) { }

EmbeddedBackend::~EmbeddedBackend() = default;

void EmbeddedBackend::start(const QString &)
{
    QTimer::singleShot(0, this, [this] {
        emit failed(QCoreApplication::translate(
            "EmbeddedBackend",
            "This build contains no demo city. Set a server address in the settings."));
    });
}

} // namespace rathaus::client
