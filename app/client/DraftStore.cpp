#include "app/client/DraftStore.h"

#include "app/client/LoggingCategories.h"
#include "common/crypto/Crypto.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <atomic>

namespace rathaus::client {

namespace {

std::atomic<int> connectionCounter { 0 };

QString stateToText(Draft::State state)
{
    return state == Draft::State::Queued ? QStringLiteral("queued") : QStringLiteral("editing");
}

Draft::State stateFromText(const QString &text)
{
    return text == QLatin1String("queued") ? Draft::State::Queued : Draft::State::Editing;
}

Problem unreadable()
{
    return Problem::make(0, QStringLiteral("draft-unreadable"),
                         QCoreApplication::translate("DraftStore", "This draft cannot be read."),
                         QCoreApplication::translate(
                             "DraftStore",
                             "It was saved with another key or was changed on disk. You can "
                             "discard it and start again."));
}

Problem storageFailed()
{
    return Problem::make(0, QStringLiteral("draft-not-saved"),
                         QCoreApplication::translate("DraftStore", "The draft could not be saved."),
                         QCoreApplication::translate(
                             "DraftStore", "Check that there is free space on this computer."));
}

QString isoTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromIsoTime(const QString &text)
{
    return QDateTime::fromString(text, Qt::ISODateWithMs); // stored with "Z": UTC
}

} // namespace

DraftStore::DraftStore(QString filePath)
    : m_filePath(std::move(filePath)),
      m_connectionName(QStringLiteral("rathaus-drafts-%1").arg(++connectionCounter))
{ }

DraftStore::~DraftStore()
{
    clearOwner();
    if (QSqlDatabase::contains(m_connectionName)) {
        QSqlDatabase::database(m_connectionName, false).close();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

bool DraftStore::open(QString *error)
{
    if (isOpen())
        return true;
    QDir().mkpath(QFileInfo(m_filePath).absolutePath());
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_filePath);
    if (!db.open()) {
        qCWarning(lcDrafts) << "cannot open the draft file:" << db.lastError().text();
        if (error)
            *error = db.lastError().text();
        return false;
    }
    QSqlQuery query(db);
    const QStringList statements {
        // WAL + FULL: a finished save is on disk even if the process dies next.
        QStringLiteral("PRAGMA journal_mode=WAL"),
        QStringLiteral("PRAGMA synchronous=FULL"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS drafts ("
                       " id TEXT PRIMARY KEY,"
                       " owner TEXT NOT NULL,"
                       " service_id TEXT NOT NULL,"
                       " idempotency_key TEXT NOT NULL,"
                       " state TEXT NOT NULL,"
                       " progress INTEGER NOT NULL,"
                       " created_at TEXT NOT NULL,"
                       " updated_at TEXT NOT NULL,"
                       " sealed BLOB NOT NULL)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS drafts_by_owner ON drafts(owner, updated_at)"),
    };
    for (const QString &statement : statements) {
        if (!query.exec(statement)) {
            qCWarning(lcDrafts) << "cannot prepare the draft file:" << query.lastError().text();
            if (error)
                *error = query.lastError().text();
            db.close();
            return false;
        }
    }
    return true;
}

bool DraftStore::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) &&
        QSqlDatabase::database(m_connectionName, false).isOpen();
}

void DraftStore::setOwner(const QString &owner, QByteArray key)
{
    // Rows name their owner by a hash: the file does not say which backend
    // or account it belongs to.
    m_ownerHash = crypto::sha256Hex(owner.toUtf8());
    m_aead = std::make_unique<crypto::Aead>(std::move(key));
}

void DraftStore::clearOwner()
{
    m_aead.reset(); // wipes the key
    m_ownerHash.clear();
}

Draft DraftStore::create(const QString &serviceId)
{
    Draft draft;
    draft.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    draft.serviceId = serviceId;
    draft.idempotencyKey = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    draft.createdAt = QDateTime::currentDateTimeUtc();
    draft.updatedAt = draft.createdAt;
    return draft;
}

QByteArray DraftStore::associatedData(const QString &id, const QString &serviceId,
                                      const QByteArray &idempotencyKey) const
{
    return QByteArrayLiteral("rathaus-draft-v1\n") + m_ownerHash.toLatin1() + '\n' + id.toUtf8() +
        '\n' + serviceId.toUtf8() + '\n' + idempotencyKey;
}

std::optional<Problem> DraftStore::save(Draft &draft)
{
    if (!hasOwner() || !isOpen())
        return storageFailed();
    QJsonObject errors;
    for (auto it = draft.fieldErrors.cbegin(); it != draft.fieldErrors.cend(); ++it)
        errors.insert(it.key(), it.value());
    const QJsonObject content { { QStringLiteral("data"), draft.data },
                                { QStringLiteral("submission"), draft.submission },
                                { QStringLiteral("step"), draft.step },
                                { QStringLiteral("field_errors"), errors },
                                { QStringLiteral("notice"), draft.notice } };
    const auto sealed = m_aead->seal(QJsonDocument(content).toJson(QJsonDocument::Compact),
                                     associatedData(draft.id, draft.serviceId,
                                                    draft.idempotencyKey));
    if (!sealed)
        return sealed.problem();

    draft.updatedAt = QDateTime::currentDateTimeUtc();
    if (!draft.createdAt.isValid())
        draft.createdAt = draft.updatedAt;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral(
        "INSERT INTO drafts (id, owner, service_id, idempotency_key, state, progress, created_at,"
        " updated_at, sealed) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT(id) DO UPDATE SET state = excluded.state, progress = excluded.progress,"
        " updated_at = excluded.updated_at, sealed = excluded.sealed"
        " WHERE drafts.owner = excluded.owner"));
    query.addBindValue(draft.id);
    query.addBindValue(m_ownerHash);
    query.addBindValue(draft.serviceId);
    query.addBindValue(QString::fromLatin1(draft.idempotencyKey));
    query.addBindValue(stateToText(draft.state));
    query.addBindValue(qBound(0, draft.progress, 100));
    query.addBindValue(isoTime(draft.createdAt));
    query.addBindValue(isoTime(draft.updatedAt));
    query.addBindValue(sealed.value());
    if (!query.exec()) {
        qCWarning(lcDrafts) << "saving a draft failed:" << query.lastError().text();
        return storageFailed();
    }
    return std::nullopt;
}

Result<Draft> DraftStore::load(const QString &id) const
{
    if (!hasOwner() || !isOpen())
        return unreadable();
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("SELECT service_id, idempotency_key, state, progress, created_at,"
                                 " updated_at, sealed FROM drafts WHERE id = ? AND owner = ?"));
    query.addBindValue(id);
    query.addBindValue(m_ownerHash);
    if (!query.exec() || !query.next())
        return Problem::make(404, QStringLiteral("not-found"),
                             QCoreApplication::translate("DraftStore", "This draft is gone."));
    Draft draft;
    draft.id = id;
    draft.serviceId = query.value(0).toString();
    draft.idempotencyKey = query.value(1).toString().toLatin1();
    draft.state = stateFromText(query.value(2).toString());
    draft.progress = query.value(3).toInt();
    draft.createdAt = fromIsoTime(query.value(4).toString());
    draft.updatedAt = fromIsoTime(query.value(5).toString());
    const auto opened = m_aead->open(query.value(6).toByteArray(),
                                     associatedData(id, draft.serviceId, draft.idempotencyKey));
    if (!opened) {
        qCWarning(lcDrafts) << "a draft could not be opened (wrong key or changed)";
        return unreadable();
    }
    const QJsonDocument json = QJsonDocument::fromJson(opened.value());
    if (!json.isObject())
        return unreadable();
    const QJsonObject content = json.object();
    draft.data = content.value(QLatin1String("data")).toObject();
    draft.submission = content.value(QLatin1String("submission")).toObject();
    draft.step = content.value(QLatin1String("step")).toInt();
    draft.notice = content.value(QLatin1String("notice")).toString();
    const QJsonObject errors = content.value(QLatin1String("field_errors")).toObject();
    for (auto it = errors.begin(); it != errors.end(); ++it)
        draft.fieldErrors.insert(it.key(), it.value().toString());
    return draft;
}

QList<DraftInfo> DraftStore::list() const
{
    QList<DraftInfo> drafts;
    if (!hasOwner() || !isOpen())
        return drafts;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("SELECT id, service_id, idempotency_key, state, progress,"
                                 " updated_at, sealed FROM drafts WHERE owner = ?"
                                 " ORDER BY updated_at DESC"));
    query.addBindValue(m_ownerHash);
    if (!query.exec())
        return drafts;
    while (query.next()) {
        DraftInfo info;
        info.id = query.value(0).toString();
        info.serviceId = query.value(1).toString();
        info.state = stateFromText(query.value(3).toString());
        info.progress = query.value(4).toInt();
        info.updatedAt = fromIsoTime(query.value(5).toString());
        info.readable = m_aead
                            ->open(query.value(6).toByteArray(),
                                   associatedData(info.id, info.serviceId,
                                                  query.value(2).toString().toLatin1()))
                            .ok();
        drafts.append(info);
    }
    return drafts;
}

QStringList DraftStore::queuedIds() const
{
    QStringList ids;
    if (!hasOwner() || !isOpen())
        return ids;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("SELECT id FROM drafts WHERE owner = ? AND state = 'queued'"
                                 " ORDER BY updated_at ASC"));
    query.addBindValue(m_ownerHash);
    if (query.exec()) {
        while (query.next())
            ids.append(query.value(0).toString());
    }
    return ids;
}

bool DraftStore::remove(const QString &id)
{
    if (!hasOwner() || !isOpen())
        return false;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("DELETE FROM drafts WHERE id = ? AND owner = ?"));
    query.addBindValue(id);
    query.addBindValue(m_ownerHash);
    return query.exec() && query.numRowsAffected() > 0;
}

bool DraftStore::wipe()
{
    if (!isOpen())
        return false;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    // secure_delete: the freed pages are zeroed, not only unlinked.
    return query.exec(QStringLiteral("PRAGMA secure_delete=ON")) &&
        query.exec(QStringLiteral("DELETE FROM drafts"));
}

} // namespace rathaus::client
