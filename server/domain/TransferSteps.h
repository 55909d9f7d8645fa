#pragma once

#include "common/domain/Actor.h"
#include "common/wire/AccessLogEntry.h"
#include "server/store/DatabaseUrl.h"
#include "server/store/RecordRepository.h"
#include "server/store/TransferRepository.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace rathaus::server {

// The steps TransferService composes, each inside the caller's transaction.

// `time` cut to milliseconds: the access log's (and so the hash's) precision.
QDateTime millisecondsOf(const QDateTime &time);

// An access-log entry about `recordId` by `officeId` under the transfer's
// consent (purpose, legal basis, consent_id, application_id), actor `system`.
AccessLogEntry logEntry(const StoredTransfer &t, const QString &recordId, const QString &category,
                        AccessAction action, const QString &officeId, const QDateTime &at);

// One change of a transfer: the row (optimistic, on its version) and its
// history entry (seq = the new version). False when someone else was first.
bool changeStatus(TransferRepository &repository, StoredTransfer &t, TransferStatus to, Actor actor,
                  qint64 now, const QString &note = {});

// Copies `records` to the receiving office and logs transfer_out (sending
// office) + transfer_in (receiving office) per record; then approved ->
// delivered. False on a lost race (the caller answers 409 and rolls back).
bool deliver(const QSqlDatabase &db, Dialect dialect, StoredTransfer &t,
             const QList<StoredRecord> &records, const QDateTime &now);

// Marks the receiving office's copies for deletion and logs an `update` per
// copy for the receiving office (its holding changes), with `purpose` and
// the legal basis of erasure; sets t.copiesMarkedAt.
void markCopies(const QSqlDatabase &db, Dialect dialect, StoredTransfer &t, const QDateTime &now,
                const QString &purpose);

} // namespace rathaus::server
