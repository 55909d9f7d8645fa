#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <QVariantList>

#include <optional>

namespace rathaus::server::sql {

// Prepares `statement` with positional '?' placeholders (both QSQLITE and
// QPSQL understand them), binds `values` and runs it. Throws DatabaseError
// with the driver's message (for the log; never shown to a client).
QSqlQuery exec(const QSqlDatabase &db, const QString &statement, const QVariantList &values = {});

// Rows changed by an UPDATE/DELETE/INSERT.
int execAffected(const QSqlDatabase &db, const QString &statement, const QVariantList &values = {});

// The first column of the first row, or nullopt when there is no row.
std::optional<QVariant> scalar(const QSqlDatabase &db, const QString &statement,
                               const QVariantList &values = {});

// A typed SQL NULL for optional values.
inline QVariant nullable(const std::optional<qint64> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<qint64>());
}
inline QVariant nullableText(const QString &value)
{
    return value.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(value);
}
// A NOT NULL text column: an empty (null) QString binds as '' rather than NULL.
inline QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}
inline std::optional<qint64> optionalInt(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toLongLong();
}

} // namespace rathaus::server::sql
