#pragma once

#include <QSqlDatabase>
#include <QString>

namespace rathaus::server {

// The words of each case's citizen, per office and in received order (table
// application_search_words, migration 16): the staff case list's `q` by name
// reads the first page of each matching word from this index and stops,
// instead of collecting every case of every citizen the word matches
// (citizen_name_words alone: 200 ms for a surname at 10^6 cases, growing
// with the cases). Rows follow the citizen's words in citizen_name_words.
class CaseSearchIndex
{
public:
    // A new case: one row per word of its citizen's name.
    static void addApplication(const QSqlDatabase &db, const QString &applicationId,
                               const QString &citizenId, const QString &officeId, qint64 createdAt);

    // A citizen's new name (e.g. after marriage, from the identity
    // provider): users.display_name and both word tables.
    static void renameCitizen(const QSqlDatabase &db, const QString &citizenId,
                              const QString &displayName);

    // Migration 16 (and the bench generator): the rows of every case there,
    // one office at a time in index order (appends instead of random inserts).
    static void backfill(const QSqlDatabase &db);
};

} // namespace rathaus::server
