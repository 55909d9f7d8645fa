#pragma once

#include "common/core/LocalizedText.h"
#include "common/wire/Record.h"
#include "server/store/RecordRepository.h"
#include "server/store/TransferRepository.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace rathaus::server {

// The wire forms of transfers (docs/openapi.yaml "Transfer") and of their
// delivered copies, for TransferService.

// Office id -> name, for the names shown with each transfer.
QHash<QString, LocalizedText> officeNames(const QSqlDatabase &db);

// What turns a transfer's ids into words: the offices' names, and for the
// case it serves its reference and the service's title (looked up once per
// application, so a page of transfers costs one query per case).
class TransferLabels
{
public:
    explicit TransferLabels(const QSqlDatabase &db);

    const QHash<QString, LocalizedText> &offices() const { return m_offices; }
    // Empty when there is no case or it is unknown.
    QString reference(const QString &applicationId) const;
    LocalizedText serviceTitle(const QString &applicationId) const;

private:
    struct Case
    {
        QString reference;
        LocalizedText serviceTitle;
    };
    const Case &lookUp(const QString &applicationId) const;

    QSqlDatabase m_db;
    QHash<QString, LocalizedText> m_offices;
    QHash<QString, LocalizedText> m_services;
    mutable QHash<QString, Case> m_cases;
};

// The records a transfer is about, among the citizen's records: the approved
// ones once approved, else the requested ids, else the requested categories -
// always only those the sending office holds.
QList<StoredRecord> concernedRecords(const StoredTransfer &t, const QList<StoredRecord> &records);

// Common's Transfer (expires_at: the consent's) plus what a list needs to
// show it without further requests. `citizenRecords` (the citizen's view
// only) adds `records`: the receiving office learns what exists only once it
// is delivered.
QJsonObject transferToJson(const StoredTransfer &t, const TransferLabels &labels,
                           const QList<StoredRecord> *citizenRecords);

// [{seq, at, from, to, actor, note}] (the export).
QJsonArray historyToJson(const QList<StoredTransferHistoryEntry> &history);

// A delivered copy as a record: the original's id, office and legal basis,
// the content as it was at delivery.
Record copyToWire(const StoredTransferCopy &copy);

} // namespace rathaus::server
