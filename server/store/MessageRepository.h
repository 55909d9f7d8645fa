#pragma once

#include "common/domain/ApplicationStatus.h"
#include "common/wire/Message.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace rathaus::server {

// A message as stored. Times are epoch seconds.
struct StoredMessage
{
    QString threadId; // the application id, or a correction request's own id
    qint64 seq = 0; // 1, 2, 3, ... per thread
    QString id; // UUID
    QString applicationId; // empty for a correction request
    QString recordId;
    QString citizenId;
    QString officeId;
    MessageSender sender = MessageSender::Citizen;
    QString senderStaff; // office messages: the staff member's pseudonym
    QString senderDisplay; // office messages: the office's name
    QString body;
    QStringList uploads;
    qint64 createdAt = 0;
    std::optional<qint64> readByCitizenAt;
    std::optional<qint64> readByOfficeAt;
};

// What a thread hangs on: the application's owner, office and state.
struct ThreadCase
{
    QString applicationId;
    QString citizenId;
    QString officeId;
    QString serviceId;
    ApplicationStatus status = ApplicationStatus::Submitted;
    qint64 updatedAt = 0;
};

// Message threads between citizens and offices. Writes belong in a
// Transaction opened by the caller (store/Transaction.h).
class MessageRepository
{
public:
    explicit MessageRepository(QSqlDatabase db) : m_db(std::move(db)) { }

    // The application a thread belongs to, whoever owns it (the caller
    // checks citizen or office scope); nullopt for an unknown id.
    std::optional<ThreadCase> threadCase(const QString &applicationId) const;
    // The office holding the citizen's record; empty when there is no such record.
    QString recordOffice(const QString &citizenId, const QString &recordId) const;
    // The office's name as citizens see it (German, the city's language).
    QString officeName(const QString &officeId) const;

    // Numbers the message within its thread (the thread's counter row stays
    // locked until the caller's transaction ends) and stores it; returns
    // the message with `seq` set.
    StoredMessage append(StoredMessage message);
    std::optional<StoredMessage> find(const QString &id) const;
    // Oldest first, messages after `afterSeq` (0: from the start).
    QList<StoredMessage> thread(const QString &threadId, qint64 afterSeq, int limit) const;
    // Marks the other side's messages up to `upToSeq` as read; returns how many changed.
    int markReadByCitizen(const QString &threadId, qint64 upToSeq, qint64 now);
    int markReadByOffice(const QString &threadId, qint64 upToSeq, qint64 now);

    // Office messages the citizen has not read yet, per application.
    int unreadForCitizen(const QString &citizenId, const QString &applicationId) const;
    QHash<QString, int> unreadForCitizen(const QString &citizenId,
                                         const QStringList &applicationIds) const;

    // Citizens' messages to an office, newest first by (created_at, seq
    // order within a thread broken by id); `unansweredOnly`: those after
    // which the office has not written in that thread.
    QList<StoredMessage> officeInbox(const QString &officeId, bool unansweredOnly,
                                     const std::optional<QPair<qint64, QString>> &after,
                                     int limit) const;

private:
    QSqlDatabase m_db;
};

} // namespace rathaus::server
