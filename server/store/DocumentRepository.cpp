#include "server/store/DocumentRepository.h"

#include "server/store/DatabaseError.h"
#include "server/store/Sql.h"

#include <QDateTime>
#include <QJsonDocument>

namespace rathaus::server {

namespace {

const QString kColumns =
    QStringLiteral("id, serial, type, data, office_id, issued_at, signature, application_id,"
                   " citizen_id, visible_to_citizen, issued_by");

} // namespace

StoredDocument DocumentRepository::fromRow(const QSqlQuery &query)
{
    StoredDocument stored;
    Document &document = stored.document;
    document.id = query.value(0).toString();
    document.serial = query.value(1).toString();
    document.type = query.value(2).toString();
    document.data = QJsonDocument::fromJson(query.value(3).toString().toUtf8()).object();
    document.officeId = query.value(4).toString();
    document.issuedAt = QDateTime::fromMSecsSinceEpoch(query.value(5).toLongLong(), Qt::UTC);
    // A stored signature that is not base64 decodes to garbage and then
    // simply does not verify: that is what the verify endpoint reports.
    document.signature = QByteArray::fromBase64(query.value(6).toString().toLatin1());
    stored.applicationId = query.value(7).toString();
    stored.citizenId = query.value(8).toString();
    stored.visibleToCitizen = query.value(9).toInt() != 0;
    stored.issuedBy = query.value(10).toString();
    return stored;
}

QString DocumentRepository::nextSerial(const QString &prefix, int year)
{
    const QString series = QStringLiteral("%1-%2").arg(prefix).arg(year);
    const QString counter = QStringLiteral("doc:") + series;
    sql::exec(m_db,
              QStringLiteral("INSERT INTO reference_counters (name, value) VALUES (?, 1)"
                             " ON CONFLICT (name) DO UPDATE"
                             " SET value = reference_counters.value + 1"),
              { counter });
    const auto value = sql::scalar(
        m_db, QStringLiteral("SELECT value FROM reference_counters WHERE name = ?"), { counter });
    if (!value)
        throw DatabaseError(QStringLiteral("document counter vanished"));
    return QStringLiteral("%1-%2").arg(series).arg(value->toLongLong(), 6, 10, QLatin1Char('0'));
}

void DocumentRepository::insert(const StoredDocument &stored)
{
    const Document &d = stored.document;
    sql::exec(m_db,
              QStringLiteral("INSERT INTO documents (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                  .arg(kColumns),
              { d.id, d.serial, d.type,
                QString::fromUtf8(QJsonDocument(d.data).toJson(QJsonDocument::Compact)),
                d.officeId, d.issuedAt.toMSecsSinceEpoch(),
                QString::fromLatin1(d.signature.toBase64()), stored.applicationId,
                stored.citizenId, stored.visibleToCitizen ? 1 : 0, stored.issuedBy });
}

std::optional<StoredDocument> DocumentRepository::findById(const QString &id) const
{
    QSqlQuery query = sql::exec(
        m_db, QStringLiteral("SELECT %1 FROM documents WHERE id = ?").arg(kColumns), { id });
    if (!query.next())
        return std::nullopt;
    return fromRow(query);
}

std::optional<StoredDocument> DocumentRepository::findBySerial(const QString &serial) const
{
    QSqlQuery query = sql::exec(
        m_db, QStringLiteral("SELECT %1 FROM documents WHERE serial = ?").arg(kColumns),
        { serial });
    if (!query.next())
        return std::nullopt;
    return fromRow(query);
}

QList<StoredDocument> DocumentRepository::forApplication(const QString &applicationId,
                                                         bool citizenView) const
{
    QList<StoredDocument> result;
    QSqlQuery query = sql::exec(
        m_db,
        QStringLiteral("SELECT %1 FROM documents WHERE application_id = ?%2"
                       " ORDER BY issued_at, id")
            .arg(kColumns,
                 citizenView ? QStringLiteral(" AND visible_to_citizen = 1") : QString()),
        { applicationId });
    while (query.next())
        result.append(fromRow(query));
    return result;
}

} // namespace rathaus::server
