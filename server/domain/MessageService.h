#pragma once

#include "common/core/Result.h"
#include "common/wire/Message.h"
#include "common/wire/Page.h"
#include "server/domain/IdempotentCreate.h"
#include "server/store/MessageRepository.h"
#include "server/store/UserRepository.h"

#include <QJsonObject>
#include <QMap>
#include <QPair>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace rathaus {
class Clock;
}

namespace rathaus::server {

class Database;
class EventHub;

// The thread of an application between its citizen and the office that
// handles it (domain.md "Messages and notifications"). Stateless and
// thread-safe: every call uses the calling thread's connection.
//
// Who may write when: the office always (it may need to reach the citizen
// about a decided case); the citizen while the case is open and for
// kClosedThreadDays after it reached a final status (rejected, completed,
// withdrawn), so a question about a decision or a document still reaches
// the office, but a long-closed case does not collect messages forever:
// then 409 thread-closed.
//
// Reading marks the other side's messages up to the last one returned as
// read (the citizen reads office messages, the office citizen messages).
class MessageService
{
public:
    static constexpr int kMaxBodyLength = 5000; // characters (code points), after trimming
    static constexpr int kMaxUploads = 10;
    static constexpr int kMaxUploadIdLength = 100;
    static constexpr int kClosedThreadDays = 30;
    static constexpr int kMaxRecordIdLength = 100;

    // A message as the request describes it: {body, uploads?}.
    struct Draft
    {
        QString body; // trimmed
        QStringList uploads;
    };

    // `events` (may be null) is woken after an office message's commit.
    MessageService(Database &database, const Clock &clock, EventHub *events = nullptr);

    // afterSeq: the page's cursor (0 for the first page).
    Result<Page<Message>> citizenThread(const QString &citizenId, const QString &applicationId,
                                        qint64 afterSeq, int limit);
    // The posting calls answer 201 with the stored Message (see IdempotentCreate).
    Result<IdempotentCreate::Answer> citizenPost(const QString &citizenId,
                                                 const QString &applicationId,
                                                 const QJsonObject &request,
                                                 const IdempotentCreate &idempotency);
    // Staff: caseworkers and leads of the application's office (the caller
    // checked the role); another office's case is 404.
    Result<Page<Message>> officeThread(const UserRecord &staff, const QString &applicationId,
                                       qint64 afterSeq, int limit);
    Result<IdempotentCreate::Answer> officePost(const UserRecord &staff,
                                                const QString &applicationId,
                                                const QJsonObject &request,
                                                const IdempotentCreate &idempotency);

    // A citizen asks the office holding one of their records for a
    // correction (domain.md "Records"): a message in the record's thread
    // (one per citizen and record), not tied to an application. Unknown
    // record: 404.
    Result<IdempotentCreate::Answer> requestCorrection(const QString &citizenId,
                                                       const QString &recordId,
                                                       const QJsonObject &request,
                                                       const IdempotentCreate &idempotency);
    // The record's thread as the citizen sees it (marks the office's replies read).
    Result<Page<Message>> recordThread(const QString &citizenId, const QString &recordId,
                                       qint64 afterSeq, int limit);
    // Staff answer in the thread of one of the office's messages (an
    // application's or a record's); another office's message is 404.
    Result<IdempotentCreate::Answer> officeReply(const UserRecord &staff, const QString &messageId,
                                                 const QJsonObject &request,
                                                 const IdempotentCreate &idempotency);
    static QString recordThreadId(const QString &citizenId, const QString &recordId);

    // The office's inbox: citizens' messages to it (application threads and
    // correction requests), newest first; `unansweredOnly`: those the
    // office has not written after. Keyset paging on (created_at, id).
    Page<Message> officeInbox(const UserRecord &staff, bool unansweredOnly,
                              const std::optional<QPair<qint64, QString>> &after, int limit);

    // Reads `bodyKey` and "uploads" of a request; field errors go to `errors`.
    // nullopt (without an error) when the body is absent and not `required`.
    static std::optional<Draft> readDraft(const QJsonObject &request, const QString &bodyKey,
                                          bool required, QMap<QString, QString> *errors);
    // A citizen's message in an application's thread, ready to append.
    static StoredMessage citizenMessage(const ThreadCase &thread, const Draft &draft, qint64 now);
    static Message toWire(const StoredMessage &message);
    // toWire with the attachments named (their file name, type and size).
    static Message toWire(const QSqlDatabase &db, const StoredMessage &message);
    // Inside the writing transaction, before `message` is appended: links
    // each of its uploads to it (referenced from now on, readable by the
    // thread's other side). An upload not owned by one of `owners` (or
    // gone) refuses the message with 422 `uploads`; nothing is attached.
    static std::optional<Problem> attachUploads(const QSqlDatabase &db,
                                                const StoredMessage &message,
                                                const QStringList &owners, qint64 now);
    // Thread cursors: the last seq of a page, as text; nullopt when malformed.
    static std::optional<qint64> decodeCursor(const QString &text);

private:
    Page<Message> readThread(const QString &threadId, MessageSender reader, qint64 afterSeq,
                             int limit);
    // `message` names the thread, citizen and office; the rest is filled in here.
    Result<IdempotentCreate::Answer> appendOfficeMessage(const UserRecord &staff,
                                                         StoredMessage message, const Draft &draft,
                                                         const IdempotentCreate &idempotency);

    Database &m_database;
    const Clock &m_clock;
    EventHub *m_events = nullptr;
};

} // namespace rathaus::server
