#pragma once

#include <QJsonObject>
#include <QMap>
#include <QString>

namespace rathaus {

// An RFC 9457 problem: what went wrong, in a form both the backend (which
// serialises it) and the client (which shows it to the user) understand.
// `type` is a URN ending in a stable slug ("urn:rathaus:problem:totp-required").
struct Problem
{
    int status = 0; // HTTP status; 0 for local and network failures
    QString type;
    QString title;
    QString detail;
    QMap<QString, QString> fieldErrors; // field id -> message (422)

    static Problem make(int status, const QString &slug, const QString &title,
                        const QString &detail = {});
    // The slug after the last ':' of `type`, e.g. "totp-required".
    QString slug() const;
    bool isNull() const { return status == 0 && type.isEmpty(); }

    QJsonObject toJson() const;
    static Problem fromJson(const QJsonObject &object);
};

} // namespace rathaus
