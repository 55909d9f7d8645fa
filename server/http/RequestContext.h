#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QHttpServerRequest>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

namespace rathaus::server::http {

// Everything a handler may read of a request, copied out of the
// QHttpServerRequest on the server's thread so that a handler can run on a
// worker thread after the request object is gone.
struct RequestContext
{
    QByteArray requestId;
    QHttpServerRequest::Method method = QHttpServerRequest::Method::Unknown;
    QString path;
    QStringList pathArguments; // the {placeholders} of the route, in order
    QUrlQuery query; // ?name=value pairs (percent-decoded by queryValue())
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QHostAddress remoteAddress;

    QByteArray header(const QByteArray &name) const; // case-insensitive; empty if absent
    QString bearerToken() const; // empty if absent
    // A query parameter, fully decoded; null QString if absent.
    QString queryValue(const QString &name) const;

    static RequestContext from(const QHttpServerRequest &request, QStringList pathArguments = {});
};

QByteArray methodName(QHttpServerRequest::Method method);

// The id of a request: the client's X-Request-Id when it is sane (1..64 of
// [A-Za-z0-9._-]), else a fresh random one. Logged with every request line.
QByteArray requestIdFor(const QByteArray &clientValue);

} // namespace rathaus::server::http
