#include "server/domain/DemoPaymentProvider.h"

#include "common/crypto/Crypto.h"
#include "server/Logging.h"
#include "server/store/Sql.h"
#include "server/store/Transaction.h"

#include <QSqlQuery>

namespace rathaus::server {

namespace {

const QString kOpen = QStringLiteral("open");

QByteArray tokenHash(const QString &token)
{
    return crypto::sha256Hex(token.toLatin1()).toLatin1();
}

// The test cards of domain.md; nullopt: not a test card.
std::optional<PaymentFailure> testCard(const QString &digits)
{
    if (digits == QLatin1String("4444333322221111"))
        return PaymentFailure::None;
    if (digits == QLatin1String("4000000000000002"))
        return PaymentFailure::Declined;
    if (digits == QLatin1String("4000000000000069"))
        return PaymentFailure::ExpiredCard;
    if (digits == QLatin1String("4000000000000119"))
        return PaymentFailure::ProviderError;
    return std::nullopt;
}

} // namespace

DemoPaymentProvider::DemoPaymentProvider(QSqlDatabase db, Dialect dialect, Notify notify)
    : m_db(std::move(db)), m_dialect(dialect), m_notify(std::move(notify))
{ }

DemoPaymentProvider::Created
DemoPaymentProvider::createCheckout(const QString &merchantRef, qint64 amountCents,
                                    const QString &currency, const QString &description,
                                    qint64 now, qint64 lifetimeSeconds)
{
    Created created;
    created.checkoutId = QStringLiteral("co_") + QString::fromLatin1(crypto::randomBytes(12).toHex());
    created.token = QString::fromLatin1(crypto::randomBytes(24).toBase64(
        QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    sql::exec(m_db,
              QStringLiteral("INSERT INTO demo_provider_checkouts (id, merchant_ref, token_hash,"
                             " amount_cents, currency, description, state, created_at, expires_at)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
              { created.checkoutId, merchantRef, QString::fromLatin1(tokenHash(created.token)),
                amountCents, currency, description, kOpen, now, now + lifetimeSeconds });
    return created;
}

std::optional<DemoPaymentProvider::Checkout> DemoPaymentProvider::find(const QString &id) const
{
    QSqlQuery query = sql::exec(
        m_db,
        QStringLiteral("SELECT id, merchant_ref, amount_cents, currency, description, state,"
                       " last_failure, created_at, expires_at FROM demo_provider_checkouts"
                       " WHERE id = ?"),
        { id });
    if (!query.next())
        return std::nullopt;
    Checkout checkout;
    checkout.id = query.value(0).toString();
    checkout.merchantRef = query.value(1).toString();
    checkout.amountCents = query.value(2).toLongLong();
    checkout.currency = query.value(3).toString();
    checkout.description = query.value(4).toString();
    checkout.state = query.value(5).toString();
    checkout.lastFailure =
        paymentFailureFromWire(query.value(6).toString()).value_or(PaymentFailure::None);
    checkout.createdAt = query.value(7).toLongLong();
    checkout.expiresAt = query.value(8).toLongLong();
    return checkout;
}

bool DemoPaymentProvider::tokenMatches(const QString &checkoutId, const QString &token) const
{
    if (checkoutId.size() > 64 || token.isEmpty() || token.size() > 128)
        return false;
    const auto stored = sql::scalar(
        m_db, QStringLiteral("SELECT token_hash FROM demo_provider_checkouts WHERE id = ?"),
        { checkoutId });
    return stored && crypto::constantTimeEquals(stored->toString().toLatin1(), tokenHash(token));
}

DemoPaymentProvider::Outcome DemoPaymentProvider::attempt(const QString &checkoutId,
                                                          const QString &cardNumber, bool cancel,
                                                          qint64 now, bool dropNotification,
                                                          PaymentFailure *failure)
{
    *failure = PaymentFailure::None;
    QString digits; // spaces and dashes as people type them
    if (!cancel) {
        for (const QChar c : cardNumber) {
            if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
                digits.append(c);
            else if (c != QLatin1Char(' ') && c != QLatin1Char('-'))
                return Outcome::InvalidCard;
        }
        if (!testCard(digits) && !isWellFormedCard(digits))
            return Outcome::InvalidCard;
    }

    QString merchantRef;
    Outcome outcome = Outcome::NotOpen;
    {
        Transaction transaction(m_db, m_dialect);
        const auto checkout = find(checkoutId);
        if (!checkout)
            return Outcome::NotOpen;
        merchantRef = checkout->merchantRef;
        if (!checkout->isOpenAt(now)) {
            if (checkout->state == kOpen)
                close(checkoutId, QStringLiteral("expired"), now);
            transaction.commit();
            return Outcome::NotOpen;
        }
        if (cancel) {
            close(checkoutId, QStringLiteral("cancelled"), now);
            outcome = Outcome::Cancelled;
        } else {
            const PaymentFailure result = testCard(digits).value_or(PaymentFailure::Declined);
            if (result == PaymentFailure::None) {
                close(checkoutId, QStringLiteral("succeeded"), now);
                outcome = Outcome::Succeeded;
            } else {
                // Stays open: the citizen may try another card on the same page.
                sql::exec(m_db,
                          QStringLiteral("UPDATE demo_provider_checkouts SET last_failure = ?"
                                         " WHERE id = ? AND state = 'open'"),
                          { paymentFailureToWire(result), checkoutId });
                *failure = result;
                outcome = Outcome::Failed;
            }
        }
        transaction.commit();
    }
    if (dropNotification) {
        qCInfo(lcDomain) << "demo provider: notification dropped (test switch)";
        return outcome;
    }
    if (m_notify)
        m_notify(merchantRef);
    return outcome;
}

DemoPaymentProvider::Report DemoPaymentProvider::status(const QString &checkoutId, qint64 now)
{
    auto checkout = find(checkoutId);
    if (!checkout) // never heard of it: the city's request never arrived
        return { PaymentStatus::Failed, PaymentFailure::ProviderError };
    if (checkout->state == kOpen && now >= checkout->expiresAt) {
        close(checkoutId, QStringLiteral("expired"), now);
        checkout->state = QStringLiteral("expired");
    }
    return reportOf(*checkout);
}

DemoPaymentProvider::Report DemoPaymentProvider::withdraw(const QString &checkoutId, qint64 now)
{
    auto checkout = find(checkoutId);
    if (checkout && checkout->state == kOpen) {
        close(checkoutId, QStringLiteral("withdrawn"), now);
        checkout->state = QStringLiteral("withdrawn");
    }
    return checkout ? reportOf(*checkout)
                    : Report { PaymentStatus::Failed, PaymentFailure::ProviderError };
}

DemoPaymentProvider::Report DemoPaymentProvider::reportOf(const Checkout &checkout)
{
    if (checkout.state == QLatin1String("succeeded"))
        return { PaymentStatus::Succeeded, PaymentFailure::None };
    if (checkout.state == QLatin1String("cancelled"))
        return { PaymentStatus::Failed, PaymentFailure::CancelledByUser };
    if (checkout.state == QLatin1String("withdrawn"))
        return { PaymentStatus::Cancelled, PaymentFailure::None };
    if (checkout.state == QLatin1String("expired"))
        return { PaymentStatus::Failed, PaymentFailure::Timeout };
    if (checkout.lastFailure != PaymentFailure::None)
        return { PaymentStatus::Failed, checkout.lastFailure };
    return { PaymentStatus::Pending, PaymentFailure::None };
}

bool DemoPaymentProvider::isWellFormedCard(const QString &digits)
{
    if (digits.size() < 12 || digits.size() > 19)
        return false;
    int sum = 0;
    bool doubled = false;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        int d = digits.at(i).digitValue();
        if (doubled) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        doubled = !doubled;
    }
    return sum % 10 == 0;
}

bool DemoPaymentProvider::close(const QString &checkoutId, const QString &state, qint64 now)
{
    return sql::execAffected(m_db,
                             QStringLiteral("UPDATE demo_provider_checkouts SET state = ?,"
                                            " completed_at = ? WHERE id = ? AND state = 'open'"),
                             { state, now, checkoutId }) == 1;
}

} // namespace rathaus::server
