#pragma once

#include "common/domain/PaymentStatus.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace rathaus::server {

// A payment as the city (the merchant) stores it. Times are epoch seconds.
struct StoredPayment
{
    QString id;
    QString applicationId;
    QString citizenId;
    qint64 amountCents = 0;
    qint64 refundedCents = 0;
    QString currency;
    QString provider; // "demo"
    QString providerRef; // the provider's checkout id
    PaymentStatus status = PaymentStatus::Created;
    PaymentFailure failure = PaymentFailure::None;
    QString nextUrl; // the provider's page, while the citizen still has to act
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    std::optional<qint64> succeededAt;
};

// Payments and refunds. Writes belong in a Transaction opened by the caller.
class PaymentRepository
{
public:
    explicit PaymentRepository(QSqlDatabase db) : m_db(std::move(db)) { }

    void insert(const StoredPayment &payment);
    std::optional<StoredPayment> find(const QString &id) const;
    QList<StoredPayment> forApplication(const QString &applicationId) const; // oldest first
    // Compare-and-set: writes `after` only if the row still holds `before`'s
    // status and refunded amount; false when someone changed it first.
    bool update(const StoredPayment &before, const StoredPayment &after);
    // Unsettled payments (created/pending) last changed before `changedBefore`,
    // and failed ones created after `failedSince` (a late success may still come).
    QList<StoredPayment> dueForReconciliation(qint64 changedBefore, qint64 failedSince,
                                              int limit) const;
    // applications.payment_status: the summary's view of the latest payment.
    void setApplicationPaymentStatus(const QString &applicationId, PaymentStatus status,
                                     qint64 now);
    void insertRefund(const QString &id, const QString &paymentId, qint64 amountCents,
                      const QString &staffId, qint64 now);

private:
    QSqlDatabase m_db;
};

} // namespace rathaus::server
