#include "server/store/Transaction.h"

#include "server/Logging.h"
#include "server/store/Sql.h"

#include <QSqlError>
#include <QSqlQuery>

namespace rathaus::server {

Transaction::Transaction(const QSqlDatabase &db, Dialect dialect) : m_db(db)
{
    sql::exec(m_db,
              dialect == Dialect::Sqlite ? QStringLiteral("BEGIN IMMEDIATE")
                                         : QStringLiteral("BEGIN"));
    m_open = true;
}

Transaction::~Transaction()
{
    if (!m_open)
        return;
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("ROLLBACK")))
        qCWarning(lcStore) << "rollback failed:" << query.lastError().text();
}

void Transaction::commit()
{
    sql::exec(m_db, QStringLiteral("COMMIT"));
    m_open = false;
}

} // namespace rathaus::server
