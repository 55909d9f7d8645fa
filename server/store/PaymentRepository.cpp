#include "server/store/PaymentRepository.h"

#include "server/store/DatabaseError.h"
#include "server/store/Sql.h"

#include <QSqlQuery>

namespace rathaus::server {

namespace {

const QString kColumns = QStringLiteral(
    "id, application_id, citizen_id, amount_cents, refunded_cents, currency, provider,"
    " provider_ref, status, failure_code, next_url, created_at, updated_at, succeeded_at");

StoredPayment fromRow(const QSqlQuery &query)
{
    StoredPayment row;
    row.id = query.value(0).toString();
    row.applicationId = query.value(1).toString();
    row.citizenId = query.value(2).toString();
    row.amountCents = query.value(3).toLongLong();
    row.refundedCents = query.value(4).toLongLong();
    row.currency = query.value(5).toString();
    row.provider = query.value(6).toString();
    row.providerRef = query.value(7).toString();
    const auto status = paymentStatusFromWire(query.value(8).toString());
    if (!status)
        throw DatabaseError(QStringLiteral("unknown payment status in the database"));
    row.status = *status;
    row.failure = paymentFailureFromWire(query.value(9).toString()).value_or(PaymentFailure::None);
    row.nextUrl = query.value(10).toString();
    row.createdAt = query.value(11).toLongLong();
    row.updatedAt = query.value(12).toLongLong();
    row.succeededAt = sql::optionalInt(query.value(13));
    return row;
}

QString failureColumn(const StoredPayment &p)
{
    return p.status == PaymentStatus::Failed ? paymentFailureToWire(p.failure) : QString();
}

} // namespace

void PaymentRepository::insert(const StoredPayment &p)
{
    sql::exec(m_db,
              QStringLiteral("INSERT INTO payments (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                             " ?, ?)")
                  .arg(kColumns),
              { p.id, p.applicationId, p.citizenId, p.amountCents, p.refundedCents, p.currency,
                p.provider, p.providerRef, paymentStatusToWire(p.status),
                sql::nullableText(failureColumn(p)), sql::nullableText(p.nextUrl), p.createdAt,
                p.updatedAt, sql::nullable(p.succeededAt) });
}

std::optional<StoredPayment> PaymentRepository::find(const QString &id) const
{
    QSqlQuery query = sql::exec(
        m_db, QStringLiteral("SELECT %1 FROM payments WHERE id = ?").arg(kColumns), { id });
    if (!query.next())
        return std::nullopt;
    return fromRow(query);
}

QList<StoredPayment> PaymentRepository::forApplication(const QString &applicationId) const
{
    QList<StoredPayment> result;
    QSqlQuery query = sql::exec(
        m_db,
        QStringLiteral("SELECT %1 FROM payments WHERE application_id = ? ORDER BY created_at, id")
            .arg(kColumns),
        { applicationId });
    while (query.next())
        result.append(fromRow(query));
    return result;
}

bool PaymentRepository::update(const StoredPayment &before, const StoredPayment &after)
{
    return sql::execAffected(
               m_db,
               QStringLiteral("UPDATE payments SET status = ?, failure_code = ?,"
                              " refunded_cents = ?, next_url = ?, updated_at = ?, succeeded_at = ?"
                              " WHERE id = ? AND status = ? AND refunded_cents = ?"),
               { paymentStatusToWire(after.status), sql::nullableText(failureColumn(after)),
                 after.refundedCents, sql::nullableText(after.nextUrl), after.updatedAt,
                 sql::nullable(after.succeededAt), before.id, paymentStatusToWire(before.status),
                 before.refundedCents }) == 1;
}

QList<StoredPayment> PaymentRepository::dueForReconciliation(qint64 changedBefore,
                                                             qint64 failedSince, int limit) const
{
    QList<StoredPayment> result;
    QSqlQuery query = sql::exec(
        m_db,
        QStringLiteral("SELECT %1 FROM payments WHERE updated_at <= ? AND"
                       " (status IN ('created', 'pending') OR"
                       " (status = 'failed' AND created_at >= ?))"
                       " ORDER BY updated_at LIMIT ?")
            .arg(kColumns),
        { changedBefore, failedSince, limit });
    while (query.next())
        result.append(fromRow(query));
    return result;
}

void PaymentRepository::setApplicationPaymentStatus(const QString &applicationId,
                                                    PaymentStatus status, qint64 now)
{
    sql::exec(m_db,
              QStringLiteral("UPDATE applications SET payment_status = ?, updated_at = ?"
                             " WHERE id = ?"),
              { paymentStatusToWire(status), now, applicationId });
}

void PaymentRepository::insertRefund(const QString &id, const QString &paymentId,
                                     qint64 amountCents, const QString &staffId, qint64 now)
{
    sql::exec(m_db,
              QStringLiteral("INSERT INTO payment_refunds (id, payment_id, amount_cents, staff_id,"
                             " created_at) VALUES (?, ?, ?, ?, ?)"),
              { id, paymentId, amountCents, staffId, now });
}

} // namespace rathaus::server
