#pragma once

#include "server/store/ApplicationRepository.h"
#include "server/store/CaseRepository.h"
#include "server/store/DocumentRepository.h"
#include "server/store/StaffRecordAccess.h"

#include <QList>
#include <QString>

#include <optional>

namespace rathaus {
class Clock;
}

namespace rathaus::server {

class Database;

// Everything the caseworker sees of one case.
struct StaffCaseRead
{
    StoredApplication application;
    QString citizenName;
    QString assigneeName;
    QList<StoredHistoryEntry> history;
    QList<StoredNote> notes;
    QList<StoredDocument> documents; // all, visible to the citizen or not
};

// The ONLY way staff read a whole case (its form data is the citizen's data,
// quality.md "Audit"), beside StaffRecordAccess for records: in one write
// transaction it reads the case of the reader's office and appends one `read`
// entry (category "application", application_id set, the service's legal
// basis) to the citizen's access log, then commits. A failed log write rolls
// back and throws DatabaseError: nothing is returned unlogged. A case of
// another office is neither read nor logged (nullopt).
class StaffCaseAccess
{
public:
    StaffCaseAccess(Database &database, const Clock &clock) : m_database(database), m_clock(clock)
    { }

    // access.purpose empty: "Bearbeitung des Antrags <reference>".
    std::optional<StaffCaseRead> readCase(const QString &applicationId, const StaffAccess &access);

private:
    Database &m_database;
    const Clock &m_clock;
};

} // namespace rathaus::server
