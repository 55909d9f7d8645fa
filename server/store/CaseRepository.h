#pragma once

#include "server/store/ApplicationRepository.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

#include <optional>

namespace rathaus::server {

// The orders of the office's queue: by received (created_at), legal deadline
// or reference, each either way, ties broken by id.
struct CaseSort
{
    enum class Key { Received, Deadline, Reference };

    Key key = Key::Received;
    bool descending = false;

    // "received", "-received", "deadline", ... (the wire's sort=); nullopt
    // for anything else.
    static std::optional<CaseSort> fromWire(const QString &text);
    QString toWire() const;

    friend bool operator==(const CaseSort &, const CaseSort &) = default;
};

// Where the next page starts: the last row's sort key (epoch seconds or the
// reference) and id.
struct CaseCursor
{
    CaseSort sort;
    QString key;
    QString id;
};

// The office's queue (GET /staff/cases): always one office, in `sort` order
// (oldest first by default), keyset paging on (key, id). Each filter has its
// index (migration 7); each sort of the unfiltered queue its own (migration 12).
struct CaseListFilter
{
    enum class Assignee { Any, Unassigned, Account };

    QString officeId;
    std::optional<ApplicationStatus> status;
    Assignee assignee = Assignee::Any;
    QString assigneeId; // Assignee::Account
    QString serviceId; // empty: any
    QString query; // reference (exact, any case) or part of the citizen's name
    bool overdueOnly = false;
    qint64 now = 0; // what "overdue" compares the deadline with
    CaseSort sort;
    std::optional<CaseCursor> after; // rows after this one in `sort` order
    int limit = 50;
};

struct CaseListRow
{
    StoredApplication application;
    QString citizenName;
    QString serviceTitleJson; // services.title ({de, en}); empty when the service is gone
    QString assigneeName;
};

// An internal note of the office on a case. Never part of a citizen's answer.
struct StoredNote
{
    QString id;
    QString applicationId;
    QString officeId;
    QString authorId;
    QString authorName; // read only (joined)
    QString body;
    qint64 createdAt = 0;

    QJsonObject toJson() const; // {id, body, author: {id, name}, created_at}
};

class CaseRepository
{
public:
    explicit CaseRepository(QSqlDatabase db) : m_db(std::move(db)) { }

    QList<CaseListRow> page(const CaseListFilter &filter) const;
    // How a `q` page is found (see statement()); page() picks by counting
    // the citizens the name matches, up to kManyCitizens.
    enum class QueryPlan { MatchesFirst, OfficeOrder };
    static constexpr int kManyCitizens = 200;
    QueryPlan planFor(const CaseListFilter &filter) const;
    // The SELECT page() runs and its bound values (tests/bench prints its
    // query plan at 10^6 cases).
    static QString statement(const CaseListFilter &filter, QVariantList *values,
                             QueryPlan plan = QueryPlan::MatchesFirst);

    void insertNote(const StoredNote &note);
    QList<StoredNote> notes(const QString &applicationId) const; // oldest first

    // Open statuses whose legal deadline can pass (the partial index's predicate).
    static bool canBeOverdue(ApplicationStatus status);
    static bool isOverdue(const StoredApplication &application, qint64 now);

    // The cursor after `row` in `sort` order (opaque base64url text).
    static QString encodeCursor(const CaseSort &sort, const StoredApplication &row);
    static std::optional<CaseCursor> decodeCursor(const QString &text);

private:
    QSqlDatabase m_db;
};

} // namespace rathaus::server
