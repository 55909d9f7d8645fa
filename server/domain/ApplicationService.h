#pragma once

#include "common/core/Result.h"
#include "common/wire/Application.h"
#include "common/wire/Page.h"
#include "server/store/ApplicationRepository.h"
#include "server/store/UserRepository.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace rathaus {
class Clock;
}

namespace rathaus::server {

class Database;
class EventHub;

// A citizen's applications (api.md "Citizen: applications"): submit with an
// Idempotency-Key, list, read, withdraw. Stateless and thread-safe: every
// call uses the calling thread's connection.
//
// Submitting, in ONE transaction: claim the idempotency key (unique
// (user_id, key)), take the next reference number, insert the application and
// its first history entry, store the answer with the key, commit. A duplicate
// that arrives meanwhile waits on the key (PostgreSQL) or the write lock
// (SQLite) and then answers the stored result; it never sees a half-done one.
// Invalid requests (422) are not stored: the same key may be used again with
// corrected data.
class ApplicationService
{
public:
    // An answer to replay byte for byte (what the first request got).
    struct Answer
    {
        int status = 0;
        QByteArray body; // application/json
        QString resourceId;
        bool replayed = false;
    };

    // `events`: woken after a status change (null: nobody listens, e.g. tools).
    ApplicationService(Database &database, const Clock &clock, EventHub *events = nullptr);

    // `body` is the request's {service_id, data}; `idempotencyKey` 1..255 chars.
    Result<Answer> submit(const UserRecord &citizen, const QString &idempotencyKey,
                          const QJsonObject &body);
    // `language` ("de", "en"): of status_label and next_step; German otherwise.
    Result<ApplicationDetail> detail(const QString &citizenId, const QString &id,
                                     const QString &language = QStringLiteral("de")) const;
    Page<ApplicationSummary> list(ApplicationListFilter filter) const;
    // Through CaseTransitions (the one place of status changes).
    Result<ApplicationDetail> withdraw(const QString &citizenId, const QString &id,
                                       const QString &language = QStringLiteral("de"));

    // SHA-256 hex over "POST /api/v1/applications\n" + the canonical JSON body.
    static QString requestHash(const QJsonObject &body);
    // Opaque list cursors (base64url of "created_at|id"); nullopt when malformed.
    static QString encodeCursor(const ApplicationCursor &cursor);
    static std::optional<ApplicationCursor> decodeCursor(const QString &text);
    static bool isApplicationId(const QString &text); // a UUID in its canonical text form
    // The legal deadline: `processingDays` working days after `createdAt`,
    // approximated as ceil(days * 7 / 5) calendar days (no public holidays).
    static qint64 deadlineFor(qint64 createdAt, int processingDays);

private:
    // (field id, upload id) of every file the application refers to.
    using UploadLinks = QList<QPair<QString, QString>>;
    // nullopt: the key was taken meanwhile, or (*uploadGone) an upload vanished.
    std::optional<Answer> create(const UserRecord &citizen, const QString &key, const QString &hash,
                                 const QJsonObject &data, const ServiceDetail &service,
                                 const UploadLinks &uploads, QString *uploadGone);

    Database &m_database;
    const Clock &m_clock;
    EventHub *m_events;
};

} // namespace rathaus::server
