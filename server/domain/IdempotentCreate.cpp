#include "server/domain/IdempotentCreate.h"

#include "common/crypto/CanonicalJson.h"
#include "common/crypto/Crypto.h"
#include "server/store/Database.h"
#include "server/store/IdempotencyRepository.h"
#include "server/store/Transaction.h"

#include <QJsonDocument>

namespace rathaus::server {

IdempotentCreate::IdempotentCreate(QString userId, QString key, QString requestHash)
    : m_userId(std::move(userId)), m_key(std::move(key)), m_hash(std::move(requestHash))
{ }

QString IdempotentCreate::requestHash(const QByteArray &method, const QString &path,
                                      const QJsonObject &body)
{
    return crypto::sha256Hex(method + ' ' + path.toUtf8() + '\n' +
                             crypto::CanonicalJson::serialize(body));
}

Result<IdempotentCreate::Answer> IdempotentCreate::run(Database &database, qint64 now,
                                                       const Work &work) const
{
    if (auto answer = earlier(database, now))
        return *answer;
    const QSqlDatabase db = database.connection();
    {
        Transaction transaction(db, database.dialect());
        IdempotencyRepository keys(db);
        if (m_key.isEmpty() ||
            keys.claim(m_userId, m_key, m_hash, now,
                       now - IdempotencyRepository::kValiditySeconds)) {
            const Result<Created> created = work();
            if (!created)
                return created.problem(); // rolled back: the key is free again
            Answer answer;
            answer.body = QJsonDocument(created.value().body).toJson(QJsonDocument::Compact);
            answer.resourceId = created.value().resourceId;
            if (!m_key.isEmpty())
                keys.complete(m_userId, m_key, answer.status, answer.body, answer.resourceId);
            transaction.commit();
            return answer;
        }
    }
    // A concurrent duplicate claimed the key first and has committed by now.
    if (auto answer = earlier(database, now))
        return *answer;
    return Problem::make(409, QStringLiteral("request-in-progress"),
                         QStringLiteral("Request in progress"),
                         QStringLiteral("Another request with this Idempotency-Key was being "
                                        "processed. Try again."));
}

std::optional<Result<IdempotentCreate::Answer>> IdempotentCreate::earlier(Database &database,
                                                                          qint64 now) const
{
    if (m_key.isEmpty())
        return std::nullopt;
    const auto stored = IdempotencyRepository(database.connection())
                            .find(m_userId, m_key, now - IdempotencyRepository::kValiditySeconds);
    if (!stored)
        return std::nullopt;
    if (stored->requestHash != m_hash)
        return Result<Answer>(Problem::make(
            409, QStringLiteral("idempotency-key-reuse"),
            QStringLiteral("Idempotency key already used"),
            QStringLiteral("This Idempotency-Key was used for another request. Use a new key "
                           "for a new request.")));
    if (!stored->status)
        return Result<Answer>(Problem::make(
            409, QStringLiteral("request-in-progress"), QStringLiteral("Request in progress"),
            QStringLiteral("The first request with this Idempotency-Key is still being "
                           "processed. Try again shortly.")));
    return Result<Answer>(Answer { *stored->status, stored->body, stored->resourceId, true });
}

} // namespace rathaus::server
