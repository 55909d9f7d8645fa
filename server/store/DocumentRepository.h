#pragma once

#include "common/wire/Document.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <optional>

namespace rathaus::server {

// An issued document as stored: the signed content plus whose it is.
struct StoredDocument
{
    Document document; // issuedAt with millisecond precision (as signed)
    QString applicationId;
    QString citizenId;
    bool visibleToCitizen = true;
    QString issuedBy; // staff account id (never on the citizen's wire)
};

// Issued documents (migration 7). Writes belong in the caller's Transaction.
class DocumentRepository
{
public:
    explicit DocumentRepository(QSqlDatabase db) : m_db(std::move(db)) { }

    // "<PREFIX>-<year>-<000001>", counted per prefix and year in
    // reference_counters (locked until the caller's transaction ends:
    // no gaps, no duplicates; the serial column is UNIQUE as well).
    QString nextSerial(const QString &prefix, int year);
    void insert(const StoredDocument &document);
    std::optional<StoredDocument> findById(const QString &id) const;
    std::optional<StoredDocument> findBySerial(const QString &serial) const;
    // Oldest first; `citizenView`: only the visible_to_citizen ones.
    QList<StoredDocument> forApplication(const QString &applicationId, bool citizenView) const;

private:
    static StoredDocument fromRow(const QSqlQuery &query);

    QSqlDatabase m_db;
};

} // namespace rathaus::server
