#pragma once

#include "common/domain/Actor.h"
#include "common/domain/ApplicationStatus.h"
#include "server/store/DatabaseUrl.h"

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <optional>

namespace rathaus::server {

// An application as stored (domain.md "Applications"). Times are epoch seconds.
struct StoredApplication
{
    QString id; // UUID
    QString citizenId;
    QString reference; // LUN-2026-000123
    QString serviceId;
    QString officeId;
    int schemaVersion = 0;
    QJsonObject data; // without the values of hidden fields
    ApplicationStatus status = ApplicationStatus::Submitted;
    qint64 feeCents = 0;
    QString currency;
    QString paymentStatus; // empty: no payment started
    QString assignee;
    qint64 deadline = 0; // the legal deadline
    int version = 1; // +1 per status change; history seq == version
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
};

struct StoredHistoryEntry
{
    int seq = 0;
    qint64 at = 0;
    std::optional<ApplicationStatus> from;
    ApplicationStatus to = ApplicationStatus::Submitted;
    Actor actor = Actor::System;
    QString actorName;
    QString actorId; // staff changes only (migration 17); empty before it
    QString note;
    QString reason;
    std::optional<qint64> until;
};

// Keyset position in a citizen's list: newest first by (created_at, id).
struct ApplicationCursor
{
    qint64 createdAt = 0;
    QString id;
};

struct ApplicationListFilter
{
    QString citizenId;
    std::optional<ApplicationStatus> status;
    std::optional<ApplicationCursor> after; // only rows after this one (older)
    int limit = 50;
};

// Applications, their history and the reference counter. Writes belong in a
// Transaction opened by the caller (store/Transaction.h).
class ApplicationRepository
{
public:
    explicit ApplicationRepository(QSqlDatabase db, Dialect dialect = Dialect::Sqlite)
        : m_db(std::move(db)), m_dialect(dialect)
    { }

    // The next "LUN-<year>-<000001>" of that year, from a counter row that the
    // caller's transaction holds until commit (no gaps, no duplicates).
    QString nextReference(int year);
    void insert(const StoredApplication &application);
    void appendHistory(const QString &citizenId, const QString &applicationId,
                       const StoredHistoryEntry &entry);
    // The citizen's own application; nullopt for another's or an unknown id.
    std::optional<StoredApplication> findForCitizen(const QString &citizenId,
                                                    const QString &id) const;
    // Any application by id, for code that checks the caller's right itself
    // (CaseTransitions, the staff case views). `forUpdate`: PostgreSQL locks
    // the row until the transaction ends (SQLite: the transaction already does).
    std::optional<StoredApplication> findById(const QString &id, bool forUpdate = false) const;
    QList<StoredHistoryEntry> history(const QString &applicationId) const;
    QList<StoredApplication> page(const ApplicationListFilter &filter) const;
    // Moves the application on when it is still at `expectedVersion`; false
    // when someone else changed it first.
    bool updateStatus(const QString &id, int expectedVersion, ApplicationStatus to, qint64 now);
    // Sets (or, with an empty `assignee`, clears) the case's assignee. Not a
    // status change: the version stays.
    void assign(const QString &id, const QString &assignee, qint64 now);

    static const QString &columns(); // for joins: "a." is not prefixed
    static StoredApplication fromRow(const QSqlQuery &query, int offset = 0);
    // Replaces the form data (a citizen's answer to an info request); the
    // caller's transaction has already moved the version on.
    void replaceData(const QString &id, const QJsonObject &data, qint64 now);

private:
    QSqlDatabase m_db;
    Dialect m_dialect;
};

} // namespace rathaus::server
