#include "server/domain/MessageService.h"

#include "common/core/Clock.h"
#include "server/domain/ApplicationService.h"
#include "server/domain/EventHub.h"
#include "server/store/Database.h"
#include "server/store/EventRepository.h"
#include "server/store/StaffPseudonymRepository.h"
#include "server/store/UploadRepository.h"

#include <QJsonArray>
#include <QUuid>

namespace rathaus::server {

namespace {

constexpr qint64 kSecondsPerDay = 24 * 60 * 60;

Problem notFound()
{
    return Problem::make(404, QStringLiteral("not-found"), QStringLiteral("Not found"),
                         QStringLiteral("There is no such application."));
}

Problem validationProblem(const QMap<QString, QString> &errors)
{
    Problem problem =
        Problem::make(422, QStringLiteral("validation-failed"), QStringLiteral("Invalid request"),
                      QStringLiteral("Some fields are missing or invalid."));
    problem.fieldErrors = errors;
    return problem;
}

QDateTime utc(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
}

QDateTime utc(const std::optional<qint64> &seconds)
{
    return seconds ? utc(*seconds) : QDateTime();
}

// The citizen's application, or nullopt for another's, an unknown or a malformed id.
std::optional<ThreadCase> citizensCase(MessageRepository &messages, const QString &citizenId,
                                       const QString &applicationId)
{
    if (!ApplicationService::isApplicationId(applicationId))
        return std::nullopt;
    auto thread = messages.threadCase(applicationId);
    if (!thread || thread->citizenId != citizenId)
        return std::nullopt;
    return thread;
}

std::optional<ThreadCase> officesCase(MessageRepository &messages, const UserRecord &staff,
                                      const QString &applicationId)
{
    if (!ApplicationService::isApplicationId(applicationId) || staff.officeId.isEmpty())
        return std::nullopt;
    auto thread = messages.threadCase(applicationId);
    if (!thread || thread->officeId != staff.officeId)
        return std::nullopt;
    return thread;
}

} // namespace

MessageService::MessageService(Database &database, const Clock &clock, EventHub *events)
    : m_database(database), m_clock(clock), m_events(events)
{ }

Result<Page<Message>> MessageService::citizenThread(const QString &citizenId,
                                                    const QString &applicationId, qint64 afterSeq,
                                                    int limit)
{
    MessageRepository messages(m_database.connection());
    const auto thread = citizensCase(messages, citizenId, applicationId);
    if (!thread)
        return notFound();
    return readThread(thread->applicationId, MessageSender::Citizen, afterSeq, limit);
}

Result<IdempotentCreate::Answer> MessageService::citizenPost(const QString &citizenId,
                                                             const QString &applicationId,
                                                             const QJsonObject &request,
                                                             const IdempotentCreate &idempotency)
{
    MessageRepository messages(m_database.connection());
    if (!citizensCase(messages, citizenId, applicationId))
        return notFound();
    QMap<QString, QString> errors;
    const auto draft = readDraft(request, QStringLiteral("body"), true, &errors);
    if (!draft)
        return validationProblem(errors);

    const qint64 now = m_clock.nowSeconds();
    return idempotency.run(m_database, now, [&]() -> Result<IdempotentCreate::Created> {
        // Read again inside the transaction: the case may have closed meanwhile.
        const auto thread = messages.threadCase(applicationId);
        if (!thread)
            return notFound();
        if (isFinal(thread->status) && now > thread->updatedAt + kClosedThreadDays * kSecondsPerDay)
            return Problem::make(409, QStringLiteral("thread-closed"),
                                 QStringLiteral("Case closed"),
                                 QStringLiteral("This case was closed more than %1 days ago. "
                                                "Please start a new application or contact "
                                                "the office.")
                                     .arg(kClosedThreadDays));
        const StoredMessage message = citizenMessage(*thread, *draft, now);
        if (auto refused = attachUploads(m_database.connection(), message, { citizenId }, now))
            return *refused;
        const StoredMessage stored = messages.append(message);
        return IdempotentCreate::Created { toWire(m_database.connection(), stored).toJson(),
                                           stored.id };
    });
}

Result<Page<Message>> MessageService::officeThread(const UserRecord &staff,
                                                   const QString &applicationId, qint64 afterSeq,
                                                   int limit)
{
    MessageRepository messages(m_database.connection());
    const auto thread = officesCase(messages, staff, applicationId);
    if (!thread)
        return notFound();
    return readThread(thread->applicationId, MessageSender::Office, afterSeq, limit);
}

Result<IdempotentCreate::Answer> MessageService::officePost(const UserRecord &staff,
                                                            const QString &applicationId,
                                                            const QJsonObject &request,
                                                            const IdempotentCreate &idempotency)
{
    const QSqlDatabase db = m_database.connection();
    MessageRepository messages(db);
    const auto thread = officesCase(messages, staff, applicationId);
    if (!thread)
        return notFound();
    QMap<QString, QString> errors;
    const auto draft = readDraft(request, QStringLiteral("body"), true, &errors);
    if (!draft)
        return validationProblem(errors);

    StoredMessage message;
    message.threadId = thread->applicationId;
    message.applicationId = thread->applicationId;
    message.citizenId = thread->citizenId;
    message.officeId = thread->officeId;
    return appendOfficeMessage(staff, message, *draft, idempotency);
}

Result<IdempotentCreate::Answer>
MessageService::appendOfficeMessage(const UserRecord &staff, StoredMessage message,
                                    const Draft &draft, const IdempotentCreate &idempotency)
{
    const QSqlDatabase db = m_database.connection();
    const qint64 now = m_clock.nowSeconds();
    auto answer = idempotency.run(m_database, now, [&]() -> Result<IdempotentCreate::Created> {
        MessageRepository messages(db);
        message.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        message.sender = MessageSender::Office;
        message.senderStaff = StaffPseudonymRepository(db).pseudonymFor(staff.id, now);
        message.senderDisplay = messages.officeName(message.officeId);
        message.body = draft.body;
        message.uploads = draft.uploads;
        message.createdAt = now;
        message.readByOfficeAt = now;
        // The staff member's own files, or the citizen's (sent back to them).
        if (auto refused = attachUploads(db, message, { staff.id, message.citizenId }, now))
            return *refused;
        const StoredMessage stored = messages.append(message);
        NewEvent event;
        event.citizenId = stored.citizenId;
        event.kind = QStringLiteral("message_received");
        event.applicationId = stored.applicationId; // none for a record's thread
        event.subjectId = stored.id;
        event.payload = { { QStringLiteral("office_id"), stored.officeId } };
        event.at = now;
        EventRepository(db).append(event);
        return IdempotentCreate::Created { toWire(db, stored).toJson(), stored.id };
    });
    if (answer && m_events)
        m_events->notify(message.citizenId);
    return answer;
}

Result<IdempotentCreate::Answer>
MessageService::requestCorrection(const QString &citizenId, const QString &recordId,
                                  const QJsonObject &request, const IdempotentCreate &idempotency)
{
    MessageRepository messages(m_database.connection());
    const QString officeId = recordId.size() <= kMaxRecordIdLength
        ? messages.recordOffice(citizenId, recordId)
        : QString();
    if (officeId.isEmpty())
        return Problem::make(404, QStringLiteral("not-found"), QStringLiteral("Not found"),
                             QStringLiteral("There is no such record."));
    QMap<QString, QString> errors;
    const auto draft = readDraft(request, QStringLiteral("body"), true, &errors);
    if (!draft)
        return validationProblem(errors);

    const qint64 now = m_clock.nowSeconds();
    return idempotency.run(m_database, now, [&]() -> Result<IdempotentCreate::Created> {
        StoredMessage message;
        message.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        message.threadId = recordThreadId(citizenId, recordId);
        message.recordId = recordId;
        message.citizenId = citizenId;
        message.officeId = officeId;
        message.sender = MessageSender::Citizen;
        message.body = draft->body;
        message.uploads = draft->uploads;
        message.createdAt = now;
        message.readByCitizenAt = now;
        if (auto refused = attachUploads(m_database.connection(), message, { citizenId }, now))
            return *refused;
        const StoredMessage stored = messages.append(message);
        return IdempotentCreate::Created { toWire(m_database.connection(), stored).toJson(),
                                           stored.id };
    });
}

Result<Page<Message>> MessageService::recordThread(const QString &citizenId,
                                                   const QString &recordId, qint64 afterSeq,
                                                   int limit)
{
    MessageRepository messages(m_database.connection());
    if (recordId.size() > kMaxRecordIdLength ||
        messages.recordOffice(citizenId, recordId).isEmpty())
        return Problem::make(404, QStringLiteral("not-found"), QStringLiteral("Not found"),
                             QStringLiteral("There is no such record."));
    return readThread(recordThreadId(citizenId, recordId), MessageSender::Citizen, afterSeq, limit);
}

Result<IdempotentCreate::Answer> MessageService::officeReply(const UserRecord &staff,
                                                             const QString &messageId,
                                                             const QJsonObject &request,
                                                             const IdempotentCreate &idempotency)
{
    const auto original = ApplicationService::isApplicationId(messageId)
        ? MessageRepository(m_database.connection()).find(messageId)
        : std::nullopt;
    if (!original || staff.officeId.isEmpty() || original->officeId != staff.officeId)
        return Problem::make(404, QStringLiteral("not-found"), QStringLiteral("Not found"),
                             QStringLiteral("There is no such message."));
    QMap<QString, QString> errors;
    const auto draft = readDraft(request, QStringLiteral("body"), true, &errors);
    if (!draft)
        return validationProblem(errors);
    StoredMessage message;
    message.threadId = original->threadId;
    message.applicationId = original->applicationId;
    message.recordId = original->recordId;
    message.citizenId = original->citizenId;
    message.officeId = original->officeId;
    return appendOfficeMessage(staff, message, *draft, idempotency);
}

QString MessageService::recordThreadId(const QString &citizenId, const QString &recordId)
{
    return QStringLiteral("record:%1:%2").arg(citizenId, recordId);
}

Page<Message> MessageService::officeInbox(const UserRecord &staff, bool unansweredOnly,
                                          const std::optional<QPair<qint64, QString>> &after,
                                          int limit)
{
    QList<StoredMessage> rows = MessageRepository(m_database.connection())
                                    .officeInbox(staff.officeId, unansweredOnly, after, limit + 1);
    Page<Message> page;
    if (rows.size() > limit) {
        rows.resize(limit);
        page.nextCursor =
            ApplicationService::encodeCursor({ rows.constLast().createdAt, rows.constLast().id });
    }
    for (const StoredMessage &row : std::as_const(rows))
        page.items.append(toWire(row));
    return page;
}

Page<Message> MessageService::readThread(const QString &threadId, MessageSender reader,
                                         qint64 afterSeq, int limit)
{
    const QSqlDatabase db = m_database.connection();
    MessageRepository messages(db);
    QList<StoredMessage> rows = messages.thread(threadId, afterSeq, limit + 1);
    Page<Message> page;
    if (rows.size() > limit) {
        rows.resize(limit);
        page.nextCursor = QString::number(rows.constLast().seq);
    }
    const qint64 now = m_clock.nowSeconds();
    bool unread = false;
    for (const StoredMessage &row : std::as_const(rows))
        unread = unread ||
            (reader == MessageSender::Citizen ? !row.readByCitizenAt : !row.readByOfficeAt);
    // One UPDATE statement: atomic on its own, and only when there is something to mark.
    if (unread) {
        const qint64 upTo = rows.constLast().seq;
        if (reader == MessageSender::Citizen)
            messages.markReadByCitizen(threadId, upTo, now);
        else
            messages.markReadByOffice(threadId, upTo, now);
    }
    for (StoredMessage &row : rows) {
        std::optional<qint64> &mark =
            reader == MessageSender::Citizen ? row.readByCitizenAt : row.readByOfficeAt;
        if (!mark)
            mark = now;
        page.items.append(toWire(db, row));
    }
    return page;
}

std::optional<MessageService::Draft> MessageService::readDraft(const QJsonObject &request,
                                                               const QString &bodyKey,
                                                               bool required,
                                                               QMap<QString, QString> *errors)
{
    const qsizetype errorsBefore = errors->size();
    const QJsonValue bodyValue = request.value(bodyKey);
    const QJsonValue uploadsValue = request.value(QLatin1String("uploads"));
    const bool bodyAbsent = bodyValue.isUndefined() || bodyValue.isNull();
    const bool uploadsAbsent = uploadsValue.isUndefined() || uploadsValue.isNull();
    if (bodyAbsent && !required) {
        if (!uploadsAbsent)
            errors->insert(QStringLiteral("uploads"),
                           QStringLiteral("Attachments need a message (%1).").arg(bodyKey));
        return std::nullopt;
    }

    Draft draft;
    if (!bodyValue.isString() && !bodyAbsent) {
        errors->insert(bodyKey, QStringLiteral("must be a string"));
    } else {
        draft.body = bodyValue.toString().trimmed();
        const qsizetype length = draft.body.toUcs4().size();
        if (length == 0)
            errors->insert(bodyKey, QStringLiteral("required"));
        else if (length > kMaxBodyLength)
            errors->insert(bodyKey, QStringLiteral("At most %1 characters.").arg(kMaxBodyLength));
    }
    if (!uploadsAbsent) {
        const QJsonArray array = uploadsValue.toArray();
        bool valid = uploadsValue.isArray() && array.size() <= kMaxUploads;
        for (const QJsonValue &value : array) {
            const QString id = value.toString();
            valid = valid && value.isString() && !id.isEmpty() && id.size() <= kMaxUploadIdLength;
            if (valid && !draft.uploads.contains(id))
                draft.uploads.append(id);
        }
        if (!valid)
            errors->insert(QStringLiteral("uploads"),
                           QStringLiteral("A list of at most %1 upload ids.").arg(kMaxUploads));
    }
    if (errors->size() != errorsBefore)
        return std::nullopt;
    return draft;
}

StoredMessage MessageService::citizenMessage(const ThreadCase &thread, const Draft &draft,
                                             qint64 now)
{
    StoredMessage message;
    message.threadId = thread.applicationId;
    message.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    message.applicationId = thread.applicationId;
    message.citizenId = thread.citizenId;
    message.officeId = thread.officeId;
    message.sender = MessageSender::Citizen;
    message.body = draft.body;
    message.uploads = draft.uploads;
    message.createdAt = now;
    message.readByCitizenAt = now;
    return message;
}

Message MessageService::toWire(const StoredMessage &row)
{
    Message message;
    message.id = row.id;
    message.applicationId = row.applicationId;
    message.recordId = row.recordId;
    message.officeId = row.officeId;
    message.sender = row.sender;
    message.senderPseudonym = row.senderStaff;
    message.senderName = row.senderDisplay;
    message.body = row.body;
    message.uploads = row.uploads;
    message.createdAt = utc(row.createdAt);
    message.readByCitizenAt = utc(row.readByCitizenAt);
    message.readByOfficeAt = utc(row.readByOfficeAt);
    return message;
}

Message MessageService::toWire(const QSqlDatabase &db, const StoredMessage &row)
{
    Message message = toWire(row);
    if (row.uploads.isEmpty())
        return message;
    UploadRepository uploads(db);
    for (const QString &id : row.uploads) {
        const auto upload = uploads.find(id);
        if (!upload)
            continue; // older rows may name uploads that were never linked
        message.attachments.append(
            MessageAttachment { upload->id, upload->filename, upload->mediaType, upload->size });
    }
    return message;
}

std::optional<Problem> MessageService::attachUploads(const QSqlDatabase &db,
                                                     const StoredMessage &message,
                                                     const QStringList &owners, qint64 now)
{
    UploadRepository uploads(db);
    for (const QString &id : message.uploads) {
        const auto upload =
            ApplicationService::isApplicationId(id) ? uploads.find(id) : std::nullopt;
        if (!upload || !owners.contains(upload->ownerId) ||
            !uploads.linkToMessage(id, upload->ownerId, message.id, message.citizenId,
                                   message.officeId, now))
            return validationProblem(
                { { QStringLiteral("uploads"),
                    QStringLiteral("Unknown upload %1: upload the file again.").arg(id) } });
    }
    return std::nullopt;
}

std::optional<qint64> MessageService::decodeCursor(const QString &text)
{
    if (text.isEmpty() || text.size() > 18)
        return std::nullopt;
    bool ok = false;
    const qint64 seq = text.toLongLong(&ok);
    if (!ok || seq < 1 || QString::number(seq) != text)
        return std::nullopt;
    return seq;
}

} // namespace rathaus::server
