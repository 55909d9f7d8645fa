#pragma once

#include "server/store/RecordRepository.h"

#include <QList>
#include <QString>

namespace rathaus {
class Clock;
}

namespace rathaus::server {

class Database;

// Who reads, and why (the access log's actor, office, purpose, legal basis).
struct StaffAccess
{
    QString userId; // the staff account (stored as its pseudonym only)
    QString officeId; // the office scope: only its records are read
    QString purpose; // required
    QString legalBasis; // empty: each record's own legal basis (the office's)
    QString applicationId; // optional: the case the read serves
};

// The ONLY way staff read a citizen's records (quality.md "Audit"): in one
// write transaction it selects the records of the reader's office, appends one
// `read` entry per record to the citizen's access log and commits. If writing
// the log fails, the transaction rolls back and DatabaseError is thrown: no
// record leaves the database unlogged (the HTTP layer answers 503). Records of
// other offices are neither read nor logged.
class StaffRecordAccess
{
public:
    StaffRecordAccess(Database &database, const Clock &clock) : m_database(database), m_clock(clock)
    { }

    QList<StoredRecord> readRecords(const QString &citizenId, const StaffAccess &access);

private:
    Database &m_database;
    const Clock &m_clock;
};

} // namespace rathaus::server
