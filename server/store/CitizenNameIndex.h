#pragma once

#include "server/store/DatabaseUrl.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace rathaus::server {

// The words of each citizen's display name (table citizen_name_words,
// migration 13), for the staff case list's `q`: a name matches when every
// word of the query starts one of its words ("mus" finds Erika Mustermann).
// An index range per word instead of `lower(display_name) LIKE '%q%'`, which
// scanned every citizen (240 ms on PostgreSQL at 10^5 citizens). Words are
// folded with Qt's full Unicode lower-casing (SQLite's lower() folds ASCII
// only) and compared bytewise (COLLATE "C" on PostgreSQL) so that a prefix is
// one range on both databases.
class CitizenNameIndex
{
public:
    // Lower-cased words: runs of letters and digits, each once.
    static QStringList words(const QString &text);

    // [low, high): the range of words that start with `prefix`.
    static QString rangeEnd(const QString &prefix);

    static void store(const QSqlDatabase &db, const QString &citizenId, const QString &displayName);

    // Migration 13: the words of every citizen already there.
    static void backfill(const QSqlDatabase &db);
};

} // namespace rathaus::server
