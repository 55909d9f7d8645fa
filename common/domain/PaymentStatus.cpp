#include "common/domain/PaymentStatus.h"

#include "common/core/WireNames.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <utility>

namespace rathaus {

namespace {

using S = PaymentStatus;
using F = PaymentFailure;

constexpr std::array<std::pair<S, const char *>, 7> kNames { {
    { S::Created, "created" },
    { S::Pending, "pending" },
    { S::Succeeded, "succeeded" },
    { S::Failed, "failed" },
    { S::Cancelled, "cancelled" },
    { S::PartiallyRefunded, "partially_refunded" },
    { S::Refunded, "refunded" },
} };

constexpr std::array<std::pair<F, const char *>, 5> kFailures { {
    { F::Declined, "declined" },
    { F::ExpiredCard, "expired_card" },
    { F::Timeout, "timeout" },
    { F::CancelledByUser, "cancelled_by_user" },
    { F::ProviderError, "provider_error" },
} };

// The only payment table. Anything not listed is forbidden.
constexpr std::array<std::pair<S, S>, 13> kTransitions { {
    { S::Created, S::Pending },
    // The provider refused to start (provider_error) or the citizen left first.
    { S::Created, S::Failed },
    { S::Created, S::Cancelled },
    { S::Pending, S::Succeeded },
    { S::Pending, S::Failed },
    { S::Pending, S::Cancelled },
    // A late success wins: the money was taken.
    { S::Failed, S::Succeeded },
    { S::Cancelled, S::Succeeded },
    { S::Succeeded, S::PartiallyRefunded },
    { S::Succeeded, S::Refunded },
    { S::PartiallyRefunded, S::PartiallyRefunded },
    { S::PartiallyRefunded, S::Refunded },
    // A provider that reports success before we saw it pending.
    { S::Created, S::Succeeded },
} };

Problem refundProblem(int status, const char *slug, const QString &title, const QString &detail)
{
    return Problem::make(status, QString::fromLatin1(slug), title, detail);
}

} // namespace

QString paymentStatusToWire(PaymentStatus status)
{
    return enumToWire(kNames, status);
}

std::optional<PaymentStatus> paymentStatusFromWire(const QString &wire)
{
    return enumFromWire(kNames, wire);
}

QList<PaymentStatus> allPaymentStatuses()
{
    return allEnumValues(kNames);
}

QString paymentFailureToWire(PaymentFailure failure)
{
    return enumToWire(kFailures, failure);
}

std::optional<PaymentFailure> paymentFailureFromWire(const QString &wire)
{
    return enumFromWire(kFailures, wire);
}

bool canTransition(PaymentStatus from, PaymentStatus to)
{
    return std::find(kTransitions.cbegin(), kTransitions.cend(), std::pair { from, to }) !=
        kTransitions.cend();
}

std::optional<PaymentStatus> afterProviderReport(PaymentStatus current, PaymentStatus reported)
{
    switch (reported) {
    case S::Pending:
    case S::Succeeded:
    case S::Failed:
    case S::Cancelled:
        // Only the provider's own outcomes; a repeat of the current one is a no-op.
        if (current != reported && canTransition(current, reported))
            return reported;
        return std::nullopt;
    case S::Created:
    case S::PartiallyRefunded:
    case S::Refunded:
        // Refunds are ours, not the provider's report on a checkout.
        return std::nullopt;
    }
    return std::nullopt;
}

bool isOpen(PaymentStatus status)
{
    return status == S::Created || status == S::Pending;
}

bool hasSucceeded(PaymentStatus status)
{
    return status == S::Succeeded || status == S::PartiallyRefunded || status == S::Refunded;
}

qint64 refundableCents(PaymentStatus status, qint64 amountCents, qint64 refundedCents)
{
    if (status != S::Succeeded && status != S::PartiallyRefunded)
        return 0;
    return std::max<qint64>(0, amountCents - refundedCents);
}

Result<PaymentStatus> statusAfterRefund(PaymentStatus status, qint64 amountCents,
                                        qint64 refundedCents, qint64 refundCents)
{
    if (refundCents <= 0) {
        return refundProblem(422, "invalid-amount",
                             QStringLiteral("The refund amount must be positive"), {});
    }
    if (status != S::Succeeded && status != S::PartiallyRefunded) {
        return refundProblem(409, "not-refundable",
                             QStringLiteral("This payment cannot be refunded"),
                             QStringLiteral("Its status is %1.").arg(paymentStatusToWire(status)));
    }
    const qint64 rest = refundableCents(status, amountCents, refundedCents);
    if (refundCents > rest) {
        return refundProblem(
            409, "refund-exceeds-payment",
            QStringLiteral("The refund is larger than what is left of the payment"),
            QStringLiteral("At most %1 cents can still be refunded.").arg(rest));
    }
    return refundCents == rest ? S::Refunded : S::PartiallyRefunded;
}

QString statusLabel(PaymentStatus status, PaymentFailure failure)
{
    switch (status) {
    case S::Created:
        return QCoreApplication::translate("PaymentStatus", "Not paid yet");
    case S::Pending:
        return QCoreApplication::translate("PaymentStatus", "Payment in progress");
    case S::Succeeded:
        return QCoreApplication::translate("PaymentStatus", "Paid");
    case S::Failed:
        return failureMessage(failure);
    case S::Cancelled:
        return QCoreApplication::translate("PaymentStatus", "The payment was cancelled.");
    case S::PartiallyRefunded:
        return QCoreApplication::translate("PaymentStatus", "Paid, partly refunded");
    case S::Refunded:
        return QCoreApplication::translate("PaymentStatus", "Refunded");
    }
    return {};
}

QString failureMessage(PaymentFailure failure)
{
    switch (failure) {
    case F::Declined:
        return QCoreApplication::translate(
            "PaymentStatus", "Your card was declined. You can try again with another card.");
    case F::ExpiredCard:
        return QCoreApplication::translate(
            "PaymentStatus", "Your card has expired. You can try again with another card.");
    case F::Timeout:
        return QCoreApplication::translate(
            "PaymentStatus",
            "The payment service did not answer in time. If money was taken, the payment "
            "will show as paid within a few minutes; otherwise you can try again.");
    case F::CancelledByUser:
        return QCoreApplication::translate(
            "PaymentStatus", "You cancelled the payment. You can start it again at any time.");
    case F::ProviderError:
        return QCoreApplication::translate(
            "PaymentStatus",
            "The payment service had a problem. Please try again in a few minutes.");
    case F::None:
        break;
    }
    return QCoreApplication::translate("PaymentStatus",
                                       "The payment did not go through. You can try again.");
}

} // namespace rathaus
