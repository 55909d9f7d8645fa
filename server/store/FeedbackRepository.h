#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace rathaus::server {

// An improvement suggestion as stored. Times are epoch seconds.
struct StoredFeedback
{
    QString id; // UUID
    QString userId; // empty: anonymous (no signed-in author)
    QString serviceId;
    QString officeId;
    QString text;
    QString status = QStringLiteral("new");
    qint64 createdAt = 0;
};

// Keyset position in the staff list: newest first by (created_at, id).
struct FeedbackCursor
{
    qint64 createdAt = 0;
    QString id;
};

struct FeedbackFilter
{
    std::optional<QString> officeId; // unset: every office and general suggestions
    QString serviceId; // empty: any
    std::optional<FeedbackCursor> after;
    int limit = 50;
};

class FeedbackRepository
{
public:
    struct Window
    {
        int count = 0;
        qint64 oldestAt = 0; // 0 when count == 0
    };

    explicit FeedbackRepository(QSqlDatabase db) : m_db(std::move(db)) { }

    void insert(const StoredFeedback &feedback);
    // The user's suggestions created after `after` (for the rate limit).
    Window countByUserSince(const QString &userId, qint64 after) const;
    QList<StoredFeedback> page(const FeedbackFilter &filter) const;

private:
    QSqlDatabase m_db;
};

} // namespace rathaus::server
