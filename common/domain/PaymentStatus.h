#pragma once

#include "common/core/Result.h"

#include <QList>
#include <QString>

#include <optional>

namespace rathaus {

// A payment's life (domain.md "Payments"):
//   created -> pending -> succeeded | failed(code) | cancelled
//   succeeded -> partially_refunded (-> partially_refunded ...) -> refunded
// plus the one rule that bends it: money taken is never shown as unpaid, so a
// late success from the provider overrides failed (any code, timeout above
// all) and cancelled.
enum class PaymentStatus {
    Created,
    Pending,
    Succeeded,
    Failed,
    Cancelled,
    PartiallyRefunded,
    Refunded,
};

// Why a payment failed; None for every status but failed.
enum class PaymentFailure {
    None,
    Declined,
    ExpiredCard,
    Timeout,
    CancelledByUser,
    ProviderError,
};

QString paymentStatusToWire(PaymentStatus status);
std::optional<PaymentStatus> paymentStatusFromWire(const QString &wire);
QList<PaymentStatus> allPaymentStatuses();
// None is the empty string (the member is left out on the wire).
QString paymentFailureToWire(PaymentFailure failure);
std::optional<PaymentFailure> paymentFailureFromWire(const QString &wire);

bool canTransition(PaymentStatus from, PaymentStatus to);

// What a provider report (webhook, return page, reconciliation) does to a
// payment now in `current`: the status to store, or nullopt to ignore the
// report (a repeat, or a failure arriving after money was taken). Clear the
// failure code when the answer is succeeded.
std::optional<PaymentStatus> afterProviderReport(PaymentStatus current, PaymentStatus reported);

// Created or pending: the reconciliation job must ask the provider.
bool isOpen(PaymentStatus status);
// Money was taken at some point (succeeded, partially or fully refunded):
// what "one application has at most one succeeded payment" counts.
bool hasSucceeded(PaymentStatus status);

// What can still be refunded: amount minus refunds so far, 0 unless the
// payment is succeeded or partially refunded.
qint64 refundableCents(PaymentStatus status, qint64 amountCents, qint64 refundedCents);
// The status after refunding `refundCents` more, or a problem: 422
// "invalid-amount" for a non-positive amount, 409 "not-refundable" for a
// payment that took no money, 409 "refund-exceeds-payment" when more than the
// refundable rest is asked (a stale or repeated refund is refused, never paid
// twice). Callers check this in the same transaction that records the refund.
Result<PaymentStatus> statusAfterRefund(PaymentStatus status, qint64 amountCents,
                                        qint64 refundedCents, qint64 refundCents);

// For the citizen, translated at call time (context "PaymentStatus"): a short
// label ("Paid"); for failed, the sentence that says what went wrong and what
// to do ("Your card was declined. You can try again with another card.").
QString statusLabel(PaymentStatus status, PaymentFailure failure = PaymentFailure::None);
QString failureMessage(PaymentFailure failure);

} // namespace rathaus
