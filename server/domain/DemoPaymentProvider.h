#pragma once

#include "common/domain/PaymentStatus.h"
#include "server/store/DatabaseUrl.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <optional>

namespace rathaus::server {

// The demo payment provider: a stand-in for a municipal payment service
// provider, served by the backend at /pay/demo/ (not under /api). It keeps
// its own books (table demo_provider_checkouts, no foreign key into the
// city's tables) and talks to the city (PaymentService, the merchant) only
// through `notify(merchantRef)` after each outcome, like a provider's
// webhook; the city then asks status() for the facts, as reconciliation does.
//
// A checkout stays open for retries after a declined/expired card or a
// provider error (each attempt is reported), until it succeeds, the citizen
// cancels, the city withdraws it (a newer payment replaces it) or it
// expires (reported as failed(timeout)).
//
// Test cards: 4444333322221111 success, 4000000000000002 declined,
// 4000000000000069 expired_card, 4000000000000119 provider_error; any other
// well-formed (Luhn) number is declined.
class DemoPaymentProvider
{
public:
    struct Checkout
    {
        QString id;
        QString merchantRef;
        qint64 amountCents = 0;
        QString currency;
        QString description;
        QString state; // open | succeeded | cancelled | withdrawn | expired
        PaymentFailure lastFailure = PaymentFailure::None;
        qint64 createdAt = 0;
        qint64 expiresAt = 0;

        bool isOpenAt(qint64 now) const { return state == QLatin1String("open") && now < expiresAt; }
    };
    struct Created
    {
        QString checkoutId;
        QString token; // for the page's URL; stored only as SHA-256
    };
    // What the provider says about a checkout, in the merchant's terms.
    struct Report
    {
        PaymentStatus status = PaymentStatus::Pending;
        PaymentFailure failure = PaymentFailure::None;
    };
    enum class Outcome { Succeeded, Failed, Cancelled, InvalidCard, NotOpen };
    using Notify = std::function<void(const QString &merchantRef)>;

    static constexpr const char *kName = "demo";

    DemoPaymentProvider(QSqlDatabase db, Dialect dialect, Notify notify = {});

    // Inside the caller's transaction (the city creates the payment with it).
    Created createCheckout(const QString &merchantRef, qint64 amountCents, const QString &currency,
                           const QString &description, qint64 now, qint64 lifetimeSeconds);
    std::optional<Checkout> find(const QString &id) const;
    // The page's token, compared in constant time; false for unknown ids.
    bool tokenMatches(const QString &checkoutId, const QString &token) const;

    // The citizen's card (or cancel) on the hosted page: records the outcome
    // in its own transaction, then notifies unless `dropNotification`.
    Outcome attempt(const QString &checkoutId, const QString &cardNumber, bool cancel, qint64 now,
                    bool dropNotification, PaymentFailure *failure);
    // The facts (what the city's reconciliation asks); an open checkout past
    // its expiry is closed as expired first. Inside the caller's transaction.
    Report status(const QString &checkoutId, qint64 now);
    // The city replaces the checkout by a newer one: closes it unless it is
    // already final, and answers the (possibly final) facts. Inside the
    // caller's transaction.
    Report withdraw(const QString &checkoutId, qint64 now);

    static Report reportOf(const Checkout &checkout);
    static bool isWellFormedCard(const QString &digits);

private:
    bool close(const QString &checkoutId, const QString &state, qint64 now);

    QSqlDatabase m_db;
    Dialect m_dialect;
    Notify m_notify;
};

} // namespace rathaus::server
