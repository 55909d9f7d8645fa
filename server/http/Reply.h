#pragma once

#include "common/core/Problem.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>

class QHttpServerResponse;

namespace rathaus::server::http {

// What a handler answers: a plain, copyable value (handlers may run on a
// worker thread; QHttpServerResponse is made from it on the server's thread).
struct Reply
{
    int status = 200;
    QByteArray contentType;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    static Reply json(const QJsonObject &object, int status = 200);
    static Reply json(const QJsonArray &array, int status = 200);
    // RFC 9457: application/problem+json.
    static Reply problem(const Problem &problem);
    static Reply problem(int status, const QString &slug, const QString &title,
                         const QString &detail = {});
    static Reply noContent();

    Reply &withHeader(const QByteArray &name, const QByteArray &value);
    QHttpServerResponse toResponse() const;
};

// The full HTTP/1.1 message, for the places that write to a socket themselves
// (the body-size guard answers before QHttpServer sees the request).
QByteArray serialise(const Reply &reply, bool closeConnection);

} // namespace rathaus::server::http
