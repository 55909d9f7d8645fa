#include "server/store/Sql.h"

#include "server/store/DatabaseError.h"

#include <QSqlError>

namespace rathaus::server::sql {

namespace {
// The driver's message, first line only: PostgreSQL adds DETAIL lines that can
// quote row values (personal data has no place in a log).
QString errorText(const QSqlQuery &query)
{
    const QString text = query.lastError().text();
    return text.section(QLatin1Char('\n'), 0, 0);
}
} // namespace

QSqlQuery exec(const QSqlDatabase &db, const QString &statement, const QVariantList &values)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (values.isEmpty()) {
        // Unprepared: PostgreSQL cannot PREPARE transaction control or DDL.
        if (!query.exec(statement))
            throw DatabaseError(
                QStringLiteral("exec failed: %1 [%2]").arg(errorText(query), statement));
        return query;
    }
    if (!query.prepare(statement))
        throw DatabaseError(
            QStringLiteral("prepare failed: %1 [%2]").arg(errorText(query), statement));
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        throw DatabaseError(
            QStringLiteral("exec failed: %1 [%2]").arg(errorText(query), statement));
    return query;
}

int execAffected(const QSqlDatabase &db, const QString &statement, const QVariantList &values)
{
    QSqlQuery query = exec(db, statement, values);
    return query.numRowsAffected();
}

std::optional<QVariant> scalar(const QSqlDatabase &db, const QString &statement,
                               const QVariantList &values)
{
    QSqlQuery query = exec(db, statement, values);
    if (!query.next())
        return std::nullopt;
    return query.value(0);
}

} // namespace rathaus::server::sql
