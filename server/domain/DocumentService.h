#pragma once

#include "common/core/Result.h"
#include "server/store/DocumentRepository.h"
#include "server/store/UserRepository.h"

#include <QJsonObject>
#include <QString>

namespace rathaus {
class Clock;
}

namespace rathaus::server {

class Database;
class EventHub;

// Issued documents (domain.md "Documents").
//
// Issuing (staff, POST /staff/cases/{id}/documents) is ONE transaction: the
// next serial of the office's series ("SVA-2026-000001"), the document's data
// (the application's form values without uploads, the citizen's name, the
// service's title, validity), the office's ECDSA P-256 signature over
// Document::signedBytes() (canonical JSON of {serial, type, data, office_id,
// issued_at}; see docs/openapi.yaml "Document"), the row, the case's
// approved -> completed transition (CaseTransitions) and a `document_issued`
// event. Run it on the thread pool: it signs.
class DocumentService
{
public:
    DocumentService(Database &database, const Clock &clock, EventHub *events);

    // `body`: {valid_until?: "YYYY-MM-DD", visible_to_citizen?: bool}.
    // Answers the document plus visible_to_citizen and signed_payload.
    Result<QJsonObject> issue(const UserRecord &staff, const QString &applicationId,
                              const QJsonObject &body);
    // The citizen's own, visible document; 404 otherwise.
    Result<QJsonObject> forCitizen(const QString &citizenId, const QString &documentId) const;
    // Public check of a serial: {valid, office_id, issued_at, type}; 404 unknown.
    Result<QJsonObject> verify(const QString &serial) const;

    // The series prefix of an office's serials ("strassenverkehrsamt" -> "SVA").
    static QString serialPrefix(const QString &officeId);
    static bool looksLikeSerial(const QString &text);

private:
    Database &m_database;
    const Clock &m_clock;
    EventHub *m_events;
};

} // namespace rathaus::server
