#pragma once

#include "common/core/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <functional>

namespace rathaus::server {

class Database;

// An optional Idempotency-Key for writes that create something (api.md
// "Conventions"): messages, correction requests, suggestions. Without a key
// the write simply runs. With one, the claim of the key, the write and the
// stored answer share ONE transaction (as for submissions, see
// ApplicationService): the same key with the same request within 24 h
// answers the first result again (`replayed`), with another request 409
// `idempotency-key-reuse`; a refused request (a Problem from the work) is
// not remembered, so the key can be used again after a fix.
class IdempotentCreate
{
public:
    struct Answer
    {
        int status = 201;
        QByteArray body; // application/json
        QString resourceId;
        bool replayed = false;
    };
    struct Created
    {
        QJsonObject body;
        QString resourceId;
    };
    using Work = std::function<Result<Created>()>;

    // `key` empty: no key was sent.
    IdempotentCreate(QString userId, QString key, QString requestHash);

    // SHA-256 hex over "<METHOD> <path>\n" + the canonical JSON body.
    static QString requestHash(const QByteArray &method, const QString &path,
                               const QJsonObject &body);

    // Runs `work` inside the write transaction (it may return a Problem:
    // then nothing is kept). Throws DatabaseError.
    Result<Answer> run(Database &database, qint64 now, const Work &work) const;

private:
    std::optional<Result<Answer>> earlier(Database &database, qint64 now) const;

    QString m_userId;
    QString m_key;
    QString m_hash;
};

} // namespace rathaus::server
