#include "server/store/ApplicationRepository.h"

#include "server/store/CaseSearchIndex.h"
#include "server/store/DatabaseError.h"
#include "server/store/Sql.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace rathaus::server {

namespace {

const QString kColumns = QStringLiteral(
    "id, citizen_id, reference, service_id, office_id, schema_version, data, status,"
    " fee_cents, currency, payment_status, assignee, deadline, version, created_at, updated_at");

ApplicationStatus statusFromColumn(const QVariant &value)
{
    const auto status = applicationStatusFromWire(value.toString());
    if (!status)
        throw DatabaseError(QStringLiteral("unknown application status in the database"));
    return *status;
}

} // namespace

const QString &ApplicationRepository::columns()
{
    return kColumns;
}

StoredApplication ApplicationRepository::fromRow(const QSqlQuery &query, int o)
{
    StoredApplication row;
    row.id = query.value(o + 0).toString();
    row.citizenId = query.value(o + 1).toString();
    row.reference = query.value(o + 2).toString();
    row.serviceId = query.value(o + 3).toString();
    row.officeId = query.value(o + 4).toString();
    row.schemaVersion = query.value(o + 5).toInt();
    row.data = QJsonDocument::fromJson(query.value(o + 6).toString().toUtf8()).object();
    row.status = statusFromColumn(query.value(o + 7));
    row.feeCents = query.value(o + 8).toLongLong();
    row.currency = query.value(o + 9).toString();
    row.paymentStatus = query.value(o + 10).toString();
    row.assignee = query.value(o + 11).toString();
    row.deadline = query.value(o + 12).toLongLong();
    row.version = query.value(o + 13).toInt();
    row.createdAt = query.value(o + 14).toLongLong();
    row.updatedAt = query.value(o + 15).toLongLong();
    return row;
}

QString ApplicationRepository::nextReference(int year)
{
    const QString counter = QStringLiteral("LUN-%1").arg(year);
    sql::exec(m_db,
              QStringLiteral("INSERT INTO reference_counters (name, value) VALUES (?, 1)"
                             " ON CONFLICT (name) DO UPDATE"
                             " SET value = reference_counters.value + 1"),
              { counter });
    const auto value = sql::scalar(
        m_db, QStringLiteral("SELECT value FROM reference_counters WHERE name = ?"), { counter });
    if (!value)
        throw DatabaseError(QStringLiteral("reference counter vanished"));
    return QStringLiteral("%1-%2").arg(counter).arg(value->toLongLong(), 6, 10, QLatin1Char('0'));
}

void ApplicationRepository::insert(const StoredApplication &a)
{
    sql::exec(m_db,
              QStringLiteral("INSERT INTO applications (%1)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                  .arg(kColumns),
              { a.id, a.citizenId, a.reference, a.serviceId, a.officeId, a.schemaVersion,
                QString::fromUtf8(QJsonDocument(a.data).toJson(QJsonDocument::Compact)),
                applicationStatusToWire(a.status), a.feeCents, a.currency,
                sql::nullableText(a.paymentStatus), sql::nullableText(a.assignee), a.deadline,
                a.version, a.createdAt, a.updatedAt });
    // The staff case search finds the case by its citizen's name.
    CaseSearchIndex::addApplication(m_db, a.id, a.citizenId, a.officeId, a.createdAt);
}

void ApplicationRepository::appendHistory(const QString &citizenId, const QString &applicationId,
                                          const StoredHistoryEntry &e)
{
    sql::exec(m_db,
              QStringLiteral("INSERT INTO application_history (citizen_id, application_id, seq,"
                             " at, from_status, to_status, actor, actor_name, actor_id, note,"
                             " reason, until_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
              { citizenId, applicationId, e.seq, e.at,
                sql::nullableText(e.from ? applicationStatusToWire(*e.from) : QString()),
                applicationStatusToWire(e.to), actorToWire(e.actor), sql::text(e.actorName),
                sql::nullableText(e.actorId), sql::text(e.note), sql::text(e.reason),
                sql::nullable(e.until) });
}

std::optional<StoredApplication> ApplicationRepository::findForCitizen(const QString &citizenId,
                                                                       const QString &id) const
{
    QSqlQuery query = sql::exec(
        m_db,
        QStringLiteral("SELECT %1 FROM applications WHERE id = ? AND citizen_id = ?").arg(kColumns),
        { id, citizenId });
    if (!query.next())
        return std::nullopt;
    return fromRow(query);
}

std::optional<StoredApplication> ApplicationRepository::findById(const QString &id,
                                                                bool forUpdate) const
{
    const bool lock = forUpdate && m_dialect == Dialect::Postgres;
    QSqlQuery query = sql::exec(m_db,
                                QStringLiteral("SELECT %1 FROM applications WHERE id = ?%2")
                                    .arg(kColumns, lock ? QStringLiteral(" FOR UPDATE") : QString()),
                                { id });
    if (!query.next())
        return std::nullopt;
    return fromRow(query);
}

QList<StoredHistoryEntry> ApplicationRepository::history(const QString &applicationId) const
{
    QList<StoredHistoryEntry> result;
    QSqlQuery query =
        sql::exec(m_db,
                  QStringLiteral("SELECT seq, at, from_status, to_status, actor, actor_name, note,"
                                 " reason, until_at, actor_id FROM application_history"
                                 " WHERE application_id = ? ORDER BY seq"),
                  { applicationId });
    while (query.next()) {
        StoredHistoryEntry entry;
        entry.seq = query.value(0).toInt();
        entry.at = query.value(1).toLongLong();
        if (!query.value(2).isNull())
            entry.from = statusFromColumn(query.value(2));
        entry.to = statusFromColumn(query.value(3));
        entry.actor = actorFromWire(query.value(4).toString()).value_or(Actor::System);
        entry.actorName = query.value(5).toString();
        entry.note = query.value(6).toString();
        entry.reason = query.value(7).toString();
        entry.until = sql::optionalInt(query.value(8));
        entry.actorId = query.value(9).toString();
        result.append(entry);
    }
    return result;
}

QList<StoredApplication> ApplicationRepository::page(const ApplicationListFilter &filter) const
{
    QString statement =
        QStringLiteral("SELECT %1 FROM applications WHERE citizen_id = ?").arg(kColumns);
    QVariantList values { filter.citizenId };
    if (filter.status) {
        statement += QStringLiteral(" AND status = ?");
        values.append(applicationStatusToWire(*filter.status));
    }
    if (filter.after) {
        statement += QStringLiteral(" AND (created_at < ? OR (created_at = ? AND id < ?))");
        values << filter.after->createdAt << filter.after->createdAt << filter.after->id;
    }
    statement += QStringLiteral(" ORDER BY created_at DESC, id DESC LIMIT ?");
    values.append(filter.limit);
    QList<StoredApplication> result;
    QSqlQuery query = sql::exec(m_db, statement, values);
    while (query.next())
        result.append(fromRow(query));
    return result;
}

bool ApplicationRepository::updateStatus(const QString &id, int expectedVersion,
                                         ApplicationStatus to, qint64 now)
{
    return sql::execAffected(m_db,
                             QStringLiteral("UPDATE applications SET status = ?,"
                                            " version = version + 1, updated_at = ?"
                                            " WHERE id = ? AND version = ?"),
                             { applicationStatusToWire(to), now, id, expectedVersion }) == 1;
}

void ApplicationRepository::replaceData(const QString &id, const QJsonObject &data, qint64 now)
{
    sql::exec(m_db, QStringLiteral("UPDATE applications SET data = ?, updated_at = ? WHERE id = ?"),
              { QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact)), now, id });
}

} // namespace rathaus::server

namespace rathaus::server {

void ApplicationRepository::assign(const QString &id, const QString &assignee, qint64 now)
{
    sql::exec(m_db, QStringLiteral("UPDATE applications SET assignee = ?, updated_at = ? WHERE id = ?"),
              { sql::nullableText(assignee), now, id });
}

} // namespace rathaus::server
