#include "server/store/CaseSearch.h"

#include "server/store/CaseListSql.h"
#include "server/store/CitizenNameIndex.h"
#include "server/store/Sql.h"

#include <QSqlQuery>

#include <limits>

namespace rathaus::server {

namespace {

// Counting a term's citizens stops here: enough to tell a rare word from a
// common one, and a bounded read of the word index.
constexpr qint64 kCountCap = 1000;

QString placeholders(qsizetype count)
{
    QStringList marks;
    marks.fill(QStringLiteral("?"), count);
    return marks.join(QStringLiteral(", "));
}

// Rows after `after` in received order, either way; ties by id.
QString keyset(const CaseListFilter &filter, const QString &created, const QString &id,
               const std::optional<CaseCursor> &after, QVariantList *values)
{
    if (!after)
        return QString();
    const qint64 key = after->key.toLongLong();
    *values << key << key << after->id;
    return filter.sort.descending
        ? QStringLiteral(" AND %1 <= ? AND (%1 < ? OR %2 < ?)").arg(created, id)
        : QStringLiteral(" AND %1 >= ? AND (%1 > ? OR %2 > ?)").arg(created, id);
}

} // namespace

QStringList CaseSearch::expand(const QString &term, int max) const
{
    // A loose index scan: one seek per distinct word (portable recursive
    // CTE; a DISTINCT over the range would read every citizen of each word).
    const QString end = CitizenNameIndex::rangeEnd(term);
    QSqlQuery query = sql::exec(
        m_db,
        QStringLiteral(
            "WITH RECURSIVE t(word) AS ("
            " SELECT (SELECT w.word FROM citizen_name_words w WHERE w.word >= ? AND w.word < ?"
            " ORDER BY w.word LIMIT 1)"
            " UNION ALL"
            " SELECT (SELECT w.word FROM citizen_name_words w WHERE w.word > t.word"
            " AND w.word < ? ORDER BY w.word LIMIT 1) FROM t WHERE t.word IS NOT NULL)"
            " SELECT word FROM t WHERE word IS NOT NULL LIMIT ?"),
        { term, end, end, max });
    QStringList words;
    while (query.next())
        words.append(query.value(0).toString());
    return words;
}

qint64 CaseSearch::citizensUpTo(const QString &term, qint64 cap) const
{
    return sql::scalar(m_db,
                       QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM citizen_name_words w"
                                      " WHERE w.word >= ? AND w.word < ? LIMIT ?) n"),
                       { term, CitizenNameIndex::rangeEnd(term), cap })
        .value_or(0)
        .toLongLong();
}

std::optional<CaseSearch::Plan> CaseSearch::plan(const CaseListFilter &filter) const
{
    if (filter.query.isEmpty() || filter.sort.key != CaseSort::Key::Received)
        return std::nullopt;
    Plan plan;
    plan.terms = CitizenNameIndex::words(filter.query);
    if (plan.terms.isEmpty())
        return std::nullopt;
    // The driver: the term matching the fewest citizens among those that
    // expand to few words; ties go to fewer words, then to the later term
    // (the surname, as names are typed). A term no word starts: no citizen
    // matches, only the reference can.
    std::optional<QStringList> best;
    qint64 bestCitizens = std::numeric_limits<qint64>::max();
    QList<QStringList> expanded;
    for (const QString &term : std::as_const(plan.terms)) {
        const QStringList words = expand(term, kMaxWords + 1);
        expanded.append(words);
        if (words.isEmpty()) {
            best = words;
            break;
        }
        if (words.size() > kMaxWords)
            continue;
        const qint64 citizens = plan.terms.size() == 1 ? 0 : citizensUpTo(term, kCountCap);
        if (!best || citizens < bestCitizens ||
            (citizens == bestCitizens && words.size() <= best->size())) {
            best = words;
            bestCitizens = citizens;
        }
    }
    if (!best)
        return std::nullopt; // every term too short: the old plan
    plan.driverWords = *best;
    // The other terms, checked in the compact search index first (one
    // primary-key seek per word and candidate) before any case is read.
    for (const QStringList &words : std::as_const(expanded)) {
        if (words != plan.driverWords && !words.isEmpty() && words.size() <= kMaxWords)
            plan.otherWords.append(words);
    }
    return plan;
}

CaseSearch::Statement CaseSearch::candidates(const CaseListFilter &filter, const Plan &plan,
                                             const std::optional<CaseCursor> &after, int batch)
{
    // Each word's next `batch` cases of the office in order, and the case the
    // reference names; merged, the first `batch` are complete (a word cut
    // off at `batch` reaches at least as far).
    const QString direction = filter.sort.descending ? QStringLiteral(" DESC") : QString();
    Statement statement { QStringLiteral("candidates"), QString(), {} };
    QStringList branches;
    int n = 0;
    for (const QString &word : plan.driverWords) {
        QString branch = QStringLiteral("SELECT id, created_at FROM (SELECT x.application_id AS id,"
                                        " x.created_at FROM application_search_words x"
                                        " WHERE x.office_id = ? AND x.word = ?");
        statement.values << filter.officeId << word;
        branch += keyset(filter, QStringLiteral("x.created_at"), QStringLiteral("x.application_id"),
                         after, &statement.values);
        branch += QStringLiteral(" ORDER BY x.created_at%1, x.application_id%1 LIMIT ?) w%2")
                      .arg(direction)
                      .arg(++n);
        statement.values << batch;
        branches.append(branch);
    }
    QString reference = QStringLiteral("SELECT r.id AS id, r.created_at FROM applications r"
                                       " WHERE r.reference = ? AND r.office_id = ?");
    statement.values << filter.query.toUpper() << filter.officeId;
    reference += keyset(filter, QStringLiteral("r.created_at"), QStringLiteral("r.id"), after,
                        &statement.values);
    branches.append(reference);
    const QString merged = branches.join(QStringLiteral(" UNION ")) +
        QStringLiteral(" ORDER BY created_at%1, id%1 LIMIT ?").arg(direction);
    statement.values << batch;
    // Whether the other terms match too: words of the same case in the same
    // index (a term too short to expand is left to rows()).
    QStringList checks;
    QVariantList checkValues;
    for (const QStringList &words : plan.otherWords) {
        checks.append(
            QStringLiteral("EXISTS (SELECT 1 FROM application_search_words y"
                           " WHERE y.office_id = ? AND y.word IN (%1)"
                           " AND y.created_at = c.created_at AND y.application_id = c.id)")
                .arg(placeholders(words.size())));
        checkValues << filter.officeId;
        for (const QString &word : words)
            checkValues << word;
    }
    QString names = QStringLiteral("1");
    if (!checks.isEmpty()) {
        names = QStringLiteral("CASE WHEN c.id IN (SELECT r.id FROM applications r"
                               " WHERE r.reference = ?) OR (%1) THEN 1 ELSE 0 END")
                    .arg(checks.join(QStringLiteral(" AND ")));
        checkValues.prepend(filter.query.toUpper());
    }
    statement.sql = QStringLiteral("SELECT c.id, c.created_at, %1 FROM (%2) c"
                                   " ORDER BY c.created_at%3, c.id%3")
                        .arg(names, merged, direction);
    statement.values = checkValues + statement.values;
    return statement;
}

CaseSearch::Statement CaseSearch::rows(const CaseListFilter &filter, const Plan &plan,
                                       const QStringList &ids, int limit)
{
    // The whole filter on the candidates: the reference, or every term on the
    // case's citizen (citizen_name_words_citizen: one seek each).
    Statement statement { QStringLiteral("rows"),
                          caselist::selectFrom(QStringLiteral("applications a")),
                          {} };
    statement.values << filter.officeId;
    statement.sql += QStringLiteral(" AND a.id IN (%1)").arg(placeholders(ids.size()));
    for (const QString &id : ids)
        statement.values << id;
    QStringList terms;
    statement.values << filter.query.toUpper();
    for (const QString &term : plan.terms) {
        terms.append(QStringLiteral("EXISTS (SELECT 1 FROM citizen_name_words n"
                                    " WHERE n.citizen_id = a.citizen_id"
                                    " AND n.word >= ? AND n.word < ?)"));
        statement.values << term << CitizenNameIndex::rangeEnd(term);
    }
    statement.sql +=
        QStringLiteral(" AND (a.reference = ? OR (%1))").arg(terms.join(QStringLiteral(" AND ")));
    statement.sql += caselist::conditions(filter, &statement.values);
    const QString direction = filter.sort.descending ? QStringLiteral(" DESC") : QString();
    statement.sql += QStringLiteral(" ORDER BY a.created_at%1, a.id%1 LIMIT ?").arg(direction);
    statement.values << limit;
    return statement;
}

std::optional<QList<CaseListRow>> CaseSearch::page(const CaseListFilter &filter) const
{
    const auto found = plan(filter);
    if (!found)
        return std::nullopt;
    QList<CaseListRow> result;
    std::optional<CaseCursor> after = filter.after;
    int batch = qBound(1, filter.limit, kMaxBatch);
    while (result.size() < filter.limit) {
        const Statement next = candidates(filter, *found, after, batch);
        QStringList matches;
        int read = 0;
        Candidate last;
        {
            QSqlQuery query = sql::exec(m_db, next.sql, next.values);
            while (query.next()) {
                last = { query.value(0).toString(), query.value(1).toLongLong(),
                         query.value(2).toInt() == 1 };
                ++read;
                if (last.names)
                    matches.append(last.id);
            }
        }
        if (read == 0)
            break;
        if (!matches.isEmpty()) {
            const Statement matching =
                rows(filter, *found, matches, int(filter.limit - result.size()));
            QSqlQuery query = sql::exec(m_db, matching.sql, matching.values);
            while (query.next())
                result.append(caselist::rowFrom(query));
        }
        if (read < batch)
            break; // every candidate read
        // The filter left too few: on after the last candidate read, with a
        // bigger batch (a rare combination of common words, a rare status).
        after = CaseCursor { filter.sort, QString::number(last.createdAt), last.id };
        batch = qMin(batch * 4, kMaxBatch);
    }
    return result;
}

QList<CaseSearch::Statement> CaseSearch::statements(const CaseListFilter &filter) const
{
    const auto found = plan(filter);
    if (!found)
        return {};
    const Statement first =
        candidates(filter, *found, filter.after, qBound(1, filter.limit, kMaxBatch));
    QStringList ids;
    QSqlQuery query = sql::exec(m_db, first.sql, first.values);
    while (query.next())
        ids.append(query.value(0).toString());
    if (ids.isEmpty())
        ids.append(QString()); // a plan needs an IN list
    return { first, rows(filter, *found, ids, filter.limit) };
}

} // namespace rathaus::server
