#include "server/store/CaseRepository.h"

#include "common/wire/WireTime.h"
#include "server/store/CaseListSql.h"
#include "server/store/CaseSearch.h"
#include "server/store/CitizenNameIndex.h"
#include "server/store/Sql.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QSqlQuery>

namespace rathaus::server {

namespace {

// Literal on purpose: the planners use the partial index
// applications_office_open only when the query repeats its predicate as is.
const QString kOpenStatuses =
    QStringLiteral("('submitted', 'in_review', 'info_requested', 'suspended')");

QString prefixed(const QString &columns, const QString &alias)
{
    QStringList list = columns.split(QLatin1Char(','));
    for (QString &column : list)
        column = alias + QLatin1Char('.') + column.trimmed();
    return list.join(QStringLiteral(", "));
}

QString sortColumn(CaseSort::Key key)
{
    switch (key) {
    case CaseSort::Key::Received:
        break;
    case CaseSort::Key::Deadline:
        return QStringLiteral("a.deadline");
    case CaseSort::Key::Reference:
        return QStringLiteral("a.reference");
    }
    return QStringLiteral("a.created_at");
}

QString sortKeyOf(CaseSort::Key key, const StoredApplication &row)
{
    switch (key) {
    case CaseSort::Key::Received:
        break;
    case CaseSort::Key::Deadline:
        return QString::number(row.deadline);
    case CaseSort::Key::Reference:
        return row.reference;
    }
    return QString::number(row.createdAt);
}

bool isUuid(const QString &text)
{
    static const QRegularExpression uuid(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    return uuid.match(text).hasMatch();
}

} // namespace

std::optional<CaseSort> CaseSort::fromWire(const QString &text)
{
    CaseSort sort;
    QString name = text;
    if (name.startsWith(QLatin1Char('-'))) {
        sort.descending = true;
        name = name.mid(1);
    }
    if (name == QLatin1String("received"))
        sort.key = Key::Received;
    else if (name == QLatin1String("deadline"))
        sort.key = Key::Deadline;
    else if (name == QLatin1String("reference"))
        sort.key = Key::Reference;
    else
        return std::nullopt;
    return sort;
}

QString CaseSort::toWire() const
{
    QString name = QStringLiteral("received");
    if (key == Key::Deadline)
        name = QStringLiteral("deadline");
    else if (key == Key::Reference)
        name = QStringLiteral("reference");
    return descending ? QLatin1Char('-') + name : name;
}

QString CaseRepository::encodeCursor(const CaseSort &sort, const StoredApplication &row)
{
    // The sort travels with the key: a cursor of another order is refused
    // rather than read as a position in this one.
    const QString text =
        sort.toWire() + QLatin1Char('|') + sortKeyOf(sort.key, row) + QLatin1Char('|') + row.id;
    return QString::fromLatin1(
        text.toUtf8().toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<CaseCursor> CaseRepository::decodeCursor(const QString &text)
{
    if (text.isEmpty() || text.size() > 256)
        return std::nullopt;
    const auto decoded = QByteArray::fromBase64Encoding(
        text.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    const QStringList parts = QString::fromUtf8(decoded.decoded).split(QLatin1Char('|'));
    if (parts.size() != 3 || !isUuid(parts.at(2)))
        return std::nullopt;
    const auto sort = CaseSort::fromWire(parts.at(0));
    if (!sort)
        return std::nullopt;
    CaseCursor cursor { *sort, parts.at(1), parts.at(2) };
    if (sort->key == CaseSort::Key::Reference) {
        static const QRegularExpression reference(QStringLiteral("^[A-Z0-9-]{1,64}$"));
        if (!reference.match(cursor.key).hasMatch())
            return std::nullopt;
    } else {
        bool ok = false;
        const qint64 seconds = cursor.key.toLongLong(&ok);
        if (!ok || seconds < 0)
            return std::nullopt;
    }
    return cursor;
}

QJsonObject StoredNote::toJson() const
{
    return { { QStringLiteral("id"), id },
             { QStringLiteral("body"), body },
             { QStringLiteral("author"),
               QJsonObject { { QStringLiteral("id"), authorId },
                             { QStringLiteral("name"), authorName } } },
             { QStringLiteral("created_at"),
               wire::toWireTime(QDateTime::fromSecsSinceEpoch(createdAt, Qt::UTC)) } };
}

bool CaseRepository::canBeOverdue(ApplicationStatus status)
{
    using S = ApplicationStatus;
    return status == S::Submitted || status == S::InReview || status == S::InfoRequested ||
        status == S::Suspended;
}

bool CaseRepository::isOverdue(const StoredApplication &application, qint64 now)
{
    return canBeOverdue(application.status) && application.deadline < now;
}

QString caselist::selectFrom(const QString &from)
{
    return QStringLiteral("SELECT %1, u.display_name, s.title, st.display_name"
                          " FROM %2"
                          " JOIN users u ON u.id = a.citizen_id"
                          " LEFT JOIN services s ON s.id = a.service_id"
                          " LEFT JOIN users st ON st.id = a.assignee"
                          " WHERE a.office_id = ?")
        .arg(prefixed(ApplicationRepository::columns(), QStringLiteral("a")), from);
}

QString caselist::conditions(const CaseListFilter &filter, QVariantList *values)
{
    QString text;
    if (filter.status) {
        text += QStringLiteral(" AND a.status = ?");
        values->append(applicationStatusToWire(*filter.status));
    }
    switch (filter.assignee) {
    case CaseListFilter::Assignee::Any:
        break;
    case CaseListFilter::Assignee::Unassigned:
        text += QStringLiteral(" AND a.assignee IS NULL");
        break;
    case CaseListFilter::Assignee::Account:
        text += QStringLiteral(" AND a.assignee = ?");
        values->append(filter.assigneeId);
        break;
    }
    if (!filter.serviceId.isEmpty()) {
        text += QStringLiteral(" AND a.service_id = ?");
        values->append(filter.serviceId);
    }
    if (filter.overdueOnly) {
        text += QStringLiteral(" AND a.status IN %1 AND a.deadline < ?").arg(kOpenStatuses);
        values->append(filter.now);
    }
    return text;
}

CaseListRow caselist::rowFrom(const QSqlQuery &query)
{
    CaseListRow row;
    row.application = ApplicationRepository::fromRow(query);
    row.citizenName = query.value(16).toString();
    row.serviceTitleJson = query.value(17).toString();
    row.assigneeName = query.value(18).toString();
    return row;
}

QString CaseRepository::statement(const CaseListFilter &filter, QVariantList *boundValues,
                                  QueryPlan plan)
{
    // With `q`, two plans, chosen by how many citizens the name matches
    // (planFor() counts up to kManyCitizens in the word index first):
    // - few (a reference, a rare name): the matching cases drive the query
    //   and only they are sorted - walking the office's index instead reads
    //   all of its cases for a name that is not there (linear in cases);
    // - many (a common surname): the office's index is walked in order with
    //   the matching citizens as a set, and stops at LIMIT - driving would
    //   sort tens of thousands of cases across all offices.
    // CROSS JOIN keeps SQLite's join order; PostgreSQL plans it as an inner
    // join. Each part is an index lookup, never an OR over the office (which
    // made PostgreSQL walk it).
    QVariantList values;
    QString from = QStringLiteral("applications a");
    QString nameCondition; // the walking plan's
    QVariantList citizenValues;
    if (!filter.query.isEmpty()) {
        // The citizens each of whose query words starts a word of their name
        // (citizen_name_words: one primary-key range per word).
        QString citizens;
        const QStringList words = CitizenNameIndex::words(filter.query);
        if (!words.isEmpty()) {
            QStringList ranges;
            for (const QString &word : words) {
                ranges.append(QStringLiteral("SELECT w.citizen_id FROM citizen_name_words w"
                                             " WHERE w.word >= ? AND w.word < ?"));
                citizenValues << word << CitizenNameIndex::rangeEnd(word);
            }
            citizens = ranges.join(QStringLiteral(" INTERSECT "));
        }
        if (plan == QueryPlan::MatchesFirst || citizens.isEmpty()) {
            QString matches =
                QStringLiteral("SELECT r.id FROM applications r WHERE r.reference = ?");
            values << filter.query.toUpper();
            if (!citizens.isEmpty()) {
                matches += QStringLiteral(" UNION SELECT c.id FROM applications c"
                                          " WHERE c.citizen_id IN (%1)")
                               .arg(citizens);
                values << citizenValues;
            }
            from = QStringLiteral("(%1) m CROSS JOIN applications a").arg(matches);
        } else {
            nameCondition =
                QStringLiteral(" AND (a.reference = ? OR a.citizen_id IN (%1))").arg(citizens);
        }
    }
    QString statement = caselist::selectFrom(from);
    values.append(filter.officeId);
    if (from.contains(QLatin1String(" m CROSS JOIN "))) {
        statement += QStringLiteral(" AND a.id = m.id");
    } else if (!nameCondition.isEmpty()) {
        statement += nameCondition;
        values << filter.query.toUpper() << citizenValues;
    }
    statement += caselist::conditions(filter, &values);
    const QString column = sortColumn(filter.sort.key);
    if (filter.after) {
        // The first term bounds the index range on both databases; the
        // second breaks ties (one second, one deadline) by id.
        const QVariant key = filter.sort.key == CaseSort::Key::Reference
            ? QVariant(filter.after->key)
            : QVariant(filter.after->key.toLongLong());
        statement += filter.sort.descending
            ? QStringLiteral(" AND %1 <= ? AND (%1 < ? OR a.id < ?)").arg(column)
            : QStringLiteral(" AND %1 >= ? AND (%1 > ? OR a.id > ?)").arg(column);
        values << key << key << filter.after->id;
    }
    const QString direction = filter.sort.descending ? QStringLiteral(" DESC") : QStringLiteral("");
    statement += QStringLiteral(" ORDER BY %1%2, a.id%2 LIMIT ?").arg(column, direction);
    values.append(filter.limit);
    *boundValues = values;
    return statement;
}

CaseRepository::QueryPlan CaseRepository::planFor(const CaseListFilter &filter) const
{
    const QStringList words = CitizenNameIndex::words(filter.query);
    if (words.isEmpty())
        return QueryPlan::MatchesFirst;
    // The citizens all words match (a given name and a surname together are
    // rare even when each is common); counting stops at the threshold.
    QStringList ranges;
    QVariantList values;
    for (const QString &word : words) {
        ranges.append(QStringLiteral("SELECT w.citizen_id FROM citizen_name_words w"
                                     " WHERE w.word >= ? AND w.word < ?"));
        values << word << CitizenNameIndex::rangeEnd(word);
    }
    values << kManyCitizens;
    const qint64 citizens = sql::scalar(m_db,
                                        QStringLiteral("SELECT COUNT(*) FROM (%1 LIMIT ?) n")
                                            .arg(ranges.join(QStringLiteral(" INTERSECT "))),
                                        values)
                                .value_or(0)
                                .toLongLong();
    return citizens >= kManyCitizens ? QueryPlan::OfficeOrder : QueryPlan::MatchesFirst;
}

QList<CaseListRow> CaseRepository::page(const CaseListFilter &filter) const
{
    // A name in received order: flat in the cases (store/CaseSearch).
    if (auto found = CaseSearch(m_db).page(filter))
        return *found;
    QVariantList values;
    const QString statement = CaseRepository::statement(filter, &values, planFor(filter));
    QList<CaseListRow> rows;
    QSqlQuery query = sql::exec(m_db, statement, values);
    while (query.next())
        rows.append(caselist::rowFrom(query));
    return rows;
}

void CaseRepository::insertNote(const StoredNote &note)
{
    sql::exec(
        m_db,
        QStringLiteral("INSERT INTO case_notes (id, application_id, office_id, author_id,"
                       " body, created_at) VALUES (?, ?, ?, ?, ?, ?)"),
        { note.id, note.applicationId, note.officeId, note.authorId, note.body, note.createdAt });
}

QList<StoredNote> CaseRepository::notes(const QString &applicationId) const
{
    QList<StoredNote> result;
    QSqlQuery query = sql::exec(
        m_db,
        QStringLiteral("SELECT n.id, n.application_id, n.office_id, n.author_id, u.display_name,"
                       " n.body, n.created_at FROM case_notes n"
                       " JOIN users u ON u.id = n.author_id"
                       " WHERE n.application_id = ? ORDER BY n.created_at, n.id"),
        { applicationId });
    while (query.next()) {
        StoredNote note;
        note.id = query.value(0).toString();
        note.applicationId = query.value(1).toString();
        note.officeId = query.value(2).toString();
        note.authorId = query.value(3).toString();
        note.authorName = query.value(4).toString();
        note.body = query.value(5).toString();
        note.createdAt = query.value(6).toLongLong();
        result.append(note);
    }
    return result;
}

} // namespace rathaus::server
