#pragma once

#include "server/store/CaseRepository.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <optional>

namespace rathaus::server {

// `q` by name in received order (either way), flat in the number of cases:
// the words of the query's most selective term are expanded to the
// distinct name words they start (at most kMaxWords), and the office's
// application_search_words index gives each word's next cases in order
// (keyset from the cursor); their merge is checked against the whole filter
// (every term on the case's citizen, or the reference; status, assignee, ...)
// and, when that leaves fewer than a page, the next candidates after the
// last one read are taken, in growing batches. Same rows and order as
// CaseRepository::statement(), which still serves the other sort orders and
// terms too short to expand.
class CaseSearch
{
public:
    static constexpr int kMaxWords = 20; // per term; more: the term is too short to drive
    static constexpr int kMaxBatch = 400; // candidates per round (bound values per statement)

    explicit CaseSearch(QSqlDatabase db) : m_db(std::move(db)) { }

    // nullopt: not a name search this serves (the caller takes the old plan).
    std::optional<QList<CaseListRow>> page(const CaseListFilter &filter) const;

    struct Statement
    {
        QString name;
        QString sql;
        QVariantList values;
    };
    // The statements of page()'s first round (tests/bench prints their plans);
    // empty when page() would answer nullopt.
    QList<Statement> statements(const CaseListFilter &filter) const;

    struct Candidate
    {
        QString id;
        qint64 createdAt = 0;
        bool names = false; // the other terms match too (or the reference does)
    };

private:
    struct Plan
    {
        QStringList terms; // the query's words, each a prefix
        QStringList driverWords; // the driving term's name words (may be empty: no name matches)
        QList<QStringList> otherWords; // the other terms' words (at most kMaxWords each)
    };
    std::optional<Plan> plan(const CaseListFilter &filter) const;
    QStringList expand(const QString &term, int max) const;
    qint64 citizensUpTo(const QString &term, qint64 cap) const;

    static Statement candidates(const CaseListFilter &filter, const Plan &plan,
                                const std::optional<CaseCursor> &after, int batch);
    static Statement rows(const CaseListFilter &filter, const Plan &plan, const QStringList &ids,
                          int limit);

    QSqlDatabase m_db;
};

} // namespace rathaus::server
