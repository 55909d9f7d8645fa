#pragma once

#include "common/core/Result.h"
#include "common/wire/Message.h"
#include "common/wire/Page.h"
#include "server/domain/IdempotentCreate.h"
#include "server/store/FeedbackRepository.h"
#include "server/store/UserRepository.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace rathaus {
class Clock;
}

namespace rathaus::server {

class Database;

// Improvement suggestions (POST /feedback, GET /staff/feedback). Any signed-in
// user may send one: text 10..4000 characters after trimming, an optional
// known service_id; at most kPerDay per user in a rolling 24 hours (429 with
// the seconds until the oldest counted one ages out). Staff read them without
// their author: a lead those about their office's services, an admin all.
class FeedbackService
{
public:
    static constexpr int kMinLength = 10;
    static constexpr int kMaxLength = 4000;
    static constexpr int kPerDay = 20;
    static constexpr qint64 kWindowSeconds = 24 * 60 * 60;

    FeedbackService(Database &database, const Clock &clock);

    // Answers 201 with the stored Feedback; `retryAfterSeconds` is set with a 429.
    Result<IdempotentCreate::Answer> submit(const UserRecord &user, const QJsonObject &request,
                                            const IdempotentCreate &idempotency,
                                            qint64 *retryAfterSeconds);
    Page<Feedback> list(FeedbackFilter filter) const;

    // Opaque list cursors (base64url of "created_at|id"); nullopt when malformed.
    static QString encodeCursor(const FeedbackCursor &cursor);
    static std::optional<FeedbackCursor> decodeCursor(const QString &text);

private:
    Database &m_database;
    const Clock &m_clock;
};

} // namespace rathaus::server
