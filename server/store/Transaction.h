#pragma once

#include "server/store/DatabaseUrl.h"

#include <QSqlDatabase>

namespace rathaus::server {

// A write transaction, rolled back unless commit() is reached. On SQLite it is
// BEGIN IMMEDIATE: the write lock is taken up front, so two writers queue on
// busy_timeout instead of one failing with "database is locked" when it
// upgrades a read lock mid-transaction. All QSqlQuery objects used inside must
// be gone (or finished) before commit().
class Transaction
{
public:
    Transaction(const QSqlDatabase &db, Dialect dialect);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    void commit();

private:
    QSqlDatabase m_db;
    bool m_open = false;
};

} // namespace rathaus::server
