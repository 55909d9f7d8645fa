#pragma once

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace rathaus::server {

// What a change tells the citizen (/me/events; the contract is
// /work/shared/notes/events-contract.md, kinds below).
struct NewEvent
{
    QString citizenId;
    QString kind; // status_changed | message_received | document_issued | payment_settled |
                  // transfer_requested | transfer_changed
    QString applicationId; // optional
    QString subjectId; // optional: message, document, payment or transfer id
    QJsonObject payload; // small
    qint64 at = 0; // epoch seconds
};

struct StoredEvent
{
    qint64 seq = 0;
    qint64 at = 0;
    QString kind;
    QString applicationId;
    QString subjectId;
    QJsonObject payload;

    // {seq, at (RFC 3339), kind, application_id, subject_id, payload}
    QJsonObject toJson() const;
};

// The citizen's events feed. append() belongs INSIDE the transaction of the
// change it reports; after the commit the writer calls EventHub::notify().
class EventRepository
{
public:
    static constexpr int kMaxPage = 100;

    explicit EventRepository(QSqlDatabase db) : m_db(std::move(db)) { }

    // Returns the new seq. Locks the citizen's event_heads row until the
    // transaction ends, so one citizen's events commit in seq order (a feed
    // reader at seq N never misses a smaller seq committed later). Throws
    // DatabaseError.
    qint64 append(const NewEvent &event);
    // The citizen's last seq (0 when there is none).
    qint64 head(const QString &citizenId) const;
    // The citizen's events with seq > afterSeq, oldest first, at most `limit`.
    QList<StoredEvent> after(const QString &citizenId, qint64 afterSeq, int limit = kMaxPage) const;

    static bool isKnownKind(const QString &kind);

private:
    QSqlDatabase m_db;
};

} // namespace rathaus::server
