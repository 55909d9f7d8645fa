#pragma once

#include <QSqlDatabase>
#include <QString>

namespace rathaus::server {

// The `actor` of access-log entries: a stable random pseudonym per staff
// account ("staff-" + 24 hex digits), never the username or the account id.
// The city can map it back to the account (staff_pseudonyms) for an
// investigation; a citizen sees only that the same person read twice.
class StaffPseudonymRepository
{
public:
    explicit StaffPseudonymRepository(QSqlDatabase db) : m_db(std::move(db)) { }

    // The account's pseudonym, made on first use. Call it inside the
    // transaction that writes the log entry. Throws DatabaseError.
    QString pseudonymFor(const QString &userId, qint64 nowSeconds);

private:
    QSqlDatabase m_db;
};

} // namespace rathaus::server
