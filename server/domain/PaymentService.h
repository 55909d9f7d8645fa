#pragma once

#include "common/core/Result.h"
#include "common/wire/Payment.h"
#include "common/wire/Receipt.h"
#include "server/domain/DemoPaymentProvider.h"
#include "server/domain/PaymentSettings.h"
#include "server/store/PaymentRepository.h"
#include "server/store/UserRepository.h"

#include <QByteArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace rathaus {
class Clock;
}

namespace rathaus::server {

class EventHub;

class Database;

// The city's side of payments (domain.md "Payments"): the merchant.
// - create: one transaction claims the Idempotency-Key (as submissions do),
//   withdraws older open checkouts of the application at the provider, makes
//   the payment and the provider's checkout, and stores the answer;
// - the provider's notification and the reconciliation job both call
//   syncWithProvider(), which asks the provider for the facts and settles;
// - refunds (lead of the application's office) are guarded by the amount
//   still refundable, in the transaction that records them.
// Every merchant-side status change goes through settle(), and nowhere else.
// Stateless and thread-safe: every call uses the calling thread's connection.
class PaymentService
{
public:
    struct Answer
    {
        int status = 0;
        QByteArray body; // application/json
        QString resourceId;
        bool replayed = false;
    };

    // `events` (may be null) is woken after a settlement's commit.
    PaymentService(Database &database, const Clock &clock, PaymentSettings settings,
                   EventHub *events = nullptr);

    // POST /applications/{id}/payments.
    Result<Answer> create(const UserRecord &citizen, const QString &applicationId,
                          const QString &idempotencyKey, const QJsonObject &body);
    // The owner, or staff of the application's office; 404 for everybody else.
    Result<Payment> get(const UserRecord &user, const QString &id) const;
    // Owner only; 409 unless money was taken.
    Result<Receipt> receipt(const UserRecord &user, const QString &id) const;
    // POST /staff/payments/{id}/refund {amount_cents}: lead of the office.
    Result<Answer> refund(const UserRecord &staff, const QString &paymentId,
                          const QString &idempotencyKey, const QJsonObject &body);

    // The provider's notification ("look at payment `merchantRef`"): ask it
    // about the payment and settle.
    void onProviderNotification(const QString &provider, const QString &merchantRef);
    // Housekeeping: settles payments left unsettled longer than
    // settings.reconcileAfterSeconds from the provider's state. Returns how
    // many changed.
    int reconcile();

    // The application's payment to show (a succeeded one, else the newest); nullopt: none.
    static std::optional<Payment> latestFor(const QSqlDatabase &db, const QString &applicationId);
    static Payment toWire(const StoredPayment &payment);
    static bool isPaymentId(const QString &text);

private:
    // THE one place where a payment's merchant-side status changes (and, on
    // success, the application's). Inside the caller's transaction. False
    // when the row changed meanwhile (compare-and-set).
    bool settle(const QSqlDatabase &db, StoredPayment &payment, PaymentStatus to,
                PaymentFailure failure, qint64 refundedCents, qint64 now);
    // One payment against the provider's facts, in its own transaction.
    bool syncWithProvider(const QString &paymentId);
    DemoPaymentProvider provider(const QSqlDatabase &db) const;
    void lockApplication(const QSqlDatabase &db, const QString &applicationId) const;

    Database &m_database;
    const Clock &m_clock;
    PaymentSettings m_settings;
    EventHub *m_events = nullptr;
};

} // namespace rathaus::server
