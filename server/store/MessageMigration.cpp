#include "server/store/MessageMigration.h"

namespace rathaus::server {

Migration messagesMigration(int version)
{
    Migration migration;
    migration.version = version;
    migration.name = QStringLiteral("message threads, feedback");
    migration.statements = {
        // A thread is an application's (thread_id = application id) or a
        // citizen's correction request about a record (its own thread id).
        // last_seq is bumped with an upsert inside the writing transaction,
        // so the row stays locked until commit: messages of one thread get
        // gap-free, strictly increasing numbers on both databases, and the
        // order survives several messages in one second.
        QStringLiteral("CREATE TABLE message_threads ("
                       " thread_id TEXT PRIMARY KEY,"
                       " last_seq BIGINT NOT NULL)"),
        // Citizen-owned: citizen_id on every row. The read marks of one's
        // own messages are set on insert (a citizen has read what they
        // wrote), so "unread for the citizen" is read_by_citizen_at IS NULL
        // and the (citizen_id, read_by_citizen_at) index answers the counts.
        // uploads: JSON array of upload ids (attachments).
        QStringLiteral("CREATE TABLE messages ("
                       " thread_id TEXT NOT NULL,"
                       " seq BIGINT NOT NULL,"
                       " id TEXT NOT NULL UNIQUE,"
                       " application_id TEXT REFERENCES applications(id),"
                       " record_id TEXT,"
                       " citizen_id TEXT NOT NULL REFERENCES users(id),"
                       " office_id TEXT NOT NULL,"
                       " sender TEXT NOT NULL,"
                       " sender_staff TEXT,"
                       " sender_display TEXT,"
                       " body TEXT NOT NULL,"
                       " uploads TEXT NOT NULL,"
                       " created_at BIGINT NOT NULL,"
                       " read_by_citizen_at BIGINT,"
                       " read_by_office_at BIGINT,"
                       " PRIMARY KEY (thread_id, seq))"),
        QStringLiteral("CREATE INDEX messages_citizen_unread"
                       " ON messages(citizen_id, read_by_citizen_at)"),
        QStringLiteral("CREATE INDEX messages_office_unread"
                       " ON messages(office_id, read_by_office_at)"),
        // The office's inbox of citizens' messages, newest first.
        QStringLiteral("CREATE INDEX messages_office_inbox"
                       " ON messages(office_id, sender, created_at, id)"),
        // Improvement suggestions. user_id is kept for the per-user rate
        // limit only (never shown to staff); office_id is the service's
        // office so that a lead reads the suggestions about their office.
        QStringLiteral("CREATE TABLE feedback ("
                       " id TEXT PRIMARY KEY,"
                       " user_id TEXT REFERENCES users(id),"
                       " service_id TEXT,"
                       " office_id TEXT,"
                       " text TEXT NOT NULL,"
                       " status TEXT NOT NULL,"
                       " created_at BIGINT NOT NULL)"),
        QStringLiteral("CREATE INDEX feedback_created ON feedback(created_at, id)"),
        QStringLiteral(
            "CREATE INDEX feedback_office_created ON feedback(office_id, created_at, id)"),
        QStringLiteral("CREATE INDEX feedback_user_created ON feedback(user_id, created_at)"),
    };
    return migration;
}

Migration messageAttachmentsMigration(int version)
{
    Migration migration;
    migration.version = version;
    migration.name = QStringLiteral("message attachments");
    migration.statements = {
        // messages.uploads keeps the ids in the message's order; this table
        // answers "may this user read this upload?" by index: the citizen of
        // the thread and the staff of its office (an application's thread or
        // a record's correction request alike).
        QStringLiteral("CREATE TABLE message_uploads ("
                       " message_id TEXT NOT NULL,"
                       " upload_id TEXT NOT NULL REFERENCES uploads(id),"
                       " citizen_id TEXT NOT NULL REFERENCES users(id),"
                       " office_id TEXT NOT NULL,"
                       " PRIMARY KEY (message_id, upload_id))"),
        QStringLiteral("CREATE INDEX message_uploads_upload ON message_uploads(upload_id)"),
    };
    return migration;
}

} // namespace rathaus::server
