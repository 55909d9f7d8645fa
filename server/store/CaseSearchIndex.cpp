#include "server/store/CaseSearchIndex.h"

#include "server/store/CitizenNameIndex.h"
#include "server/store/Sql.h"

#include <QSqlQuery>
#include <QStringList>

namespace rathaus::server {

void CaseSearchIndex::addApplication(const QSqlDatabase &db, const QString &applicationId,
                                     const QString &citizenId, const QString &officeId,
                                     qint64 createdAt)
{
    sql::exec(db,
              QStringLiteral("INSERT INTO application_search_words"
                             " (office_id, word, created_at, application_id)"
                             " SELECT ?, w.word, ?, ? FROM citizen_name_words w"
                             " WHERE w.citizen_id = ?"),
              { officeId, createdAt, applicationId, citizenId });
}

void CaseSearchIndex::renameCitizen(const QSqlDatabase &db, const QString &citizenId,
                                    const QString &displayName)
{
    sql::exec(db,
              QStringLiteral("UPDATE users SET display_name = ? WHERE id = ? AND role = 'citizen'"),
              { sql::text(displayName), citizenId });
    // The old rows one by one by their primary key (the citizen's cases
    // times the citizen's old words): a few rows, never a scan.
    QList<QVariantList> old;
    {
        QSqlQuery query =
            sql::exec(db,
                      QStringLiteral("SELECT a.office_id, w.word, a.created_at, a.id"
                                     " FROM applications a JOIN citizen_name_words w"
                                     " ON w.citizen_id = a.citizen_id WHERE a.citizen_id = ?"),
                      { citizenId });
        while (query.next())
            old.append({ query.value(0), query.value(1), query.value(2), query.value(3) });
    }
    for (const QVariantList &key : std::as_const(old))
        sql::exec(db,
                  QStringLiteral("DELETE FROM application_search_words WHERE office_id = ?"
                                 " AND word = ? AND created_at = ? AND application_id = ?"),
                  key);
    sql::exec(db, QStringLiteral("DELETE FROM citizen_name_words WHERE citizen_id = ?"),
              { citizenId });
    CitizenNameIndex::store(db, citizenId, displayName);
    sql::exec(db,
              QStringLiteral("INSERT INTO application_search_words"
                             " (office_id, word, created_at, application_id)"
                             " SELECT a.office_id, w.word, a.created_at, a.id"
                             " FROM applications a JOIN citizen_name_words w"
                             " ON w.citizen_id = a.citizen_id WHERE a.citizen_id = ?"),
              { citizenId });
}

void CaseSearchIndex::backfill(const QSqlDatabase &db)
{
    QStringList offices;
    {
        QSqlQuery query = sql::exec(db, QStringLiteral("SELECT id FROM offices ORDER BY id"));
        while (query.next())
            offices.append(query.value(0).toString());
    }
    for (const QString &office : std::as_const(offices))
        sql::exec(db,
                  QStringLiteral("INSERT INTO application_search_words"
                                 " (office_id, word, created_at, application_id)"
                                 " SELECT a.office_id, w.word, a.created_at, a.id"
                                 " FROM applications a JOIN citizen_name_words w"
                                 " ON w.citizen_id = a.citizen_id WHERE a.office_id = ?"
                                 " ORDER BY w.word, a.created_at, a.id"),
                  { office });
}

} // namespace rathaus::server
