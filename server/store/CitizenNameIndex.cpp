#include "server/store/CitizenNameIndex.h"

#include "server/store/Sql.h"

#include <QSqlQuery>

namespace rathaus::server {

QStringList CitizenNameIndex::words(const QString &text)
{
    QStringList result;
    QString word;
    const QString folded = text.toLower();
    for (qsizetype i = 0; i <= folded.size(); ++i) {
        const QChar c = i < folded.size() ? folded.at(i) : QChar(QLatin1Char(' '));
        if (c.isLetterOrNumber() || c.isMark() || c.isSurrogate()) {
            word += c;
            continue;
        }
        if (!word.isEmpty() && !result.contains(word))
            result.append(word);
        word.clear();
    }
    return result;
}

QString CitizenNameIndex::rangeEnd(const QString &prefix)
{
    // U+10FFFF: larger than any character in UTF-8 byte order.
    return prefix + QString::fromUcs4(U"\U0010FFFF");
}

void CitizenNameIndex::store(const QSqlDatabase &db, const QString &citizenId,
                             const QString &displayName)
{
    for (const QString &word : words(displayName))
        sql::exec(db,
                  QStringLiteral("INSERT INTO citizen_name_words (word, citizen_id) VALUES (?, ?)"
                                 " ON CONFLICT (word, citizen_id) DO NOTHING"),
                  { word, citizenId });
}

void CitizenNameIndex::backfill(const QSqlDatabase &db)
{
    QList<QPair<QString, QString>> citizens;
    {
        QSqlQuery query = sql::exec(
            db, QStringLiteral("SELECT id, display_name FROM users WHERE role = 'citizen'"));
        while (query.next())
            citizens.append({ query.value(0).toString(), query.value(1).toString() });
    }
    for (const auto &[id, name] : std::as_const(citizens))
        store(db, id, name);
}

} // namespace rathaus::server
