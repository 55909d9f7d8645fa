#pragma once

#include "common/core/LocalizedText.h"

#include <QJsonArray>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

namespace rathaus::server {

// A record an office holds about a citizen (domain.md "Records").
struct StoredRecord
{
    QString id;
    QString citizenId;
    QString officeId;
    QString category; // residence, birth, vehicle, dog_tax, ...
    LocalizedText title;
    QJsonArray fields; // [{key, label: {de, en}, value}]
    QString legalBasis;
    QString retention;
    qint64 updatedAt = 0;
};

// Reads here are the citizen's own. Staff read records only through
// StaffRecordAccess, which writes the access log in the same transaction.
class RecordRepository
{
public:
    explicit RecordRepository(QSqlDatabase db) : m_db(std::move(db)) { }

    // Seeding: inserts unless (citizen_id, id) exists; true when inserted.
    bool insertIfAbsent(const StoredRecord &record);
    QList<StoredRecord> forCitizen(const QString &citizenId) const;

    // The row shape shared with StaffRecordAccess: the columns to SELECT, and
    // a record from a query positioned on such a row.
    static QString columns();
    static StoredRecord fromRow(const QSqlQuery &query, const QString &citizenId);

private:
    QSqlDatabase m_db;
};

} // namespace rathaus::server
