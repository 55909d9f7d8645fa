#include "common/domain/PaymentStatus.h"

#include <QSet>
#include <QTest>

using namespace rathaus;

namespace {

using S = PaymentStatus;
using F = PaymentFailure;

// domain.md "Payments", by hand, with the late-success rule.
const std::pair<S, S> kExpected[] = {
    { S::Created, S::Pending },
    { S::Created, S::Succeeded },
    { S::Created, S::Failed },
    { S::Created, S::Cancelled },
    { S::Pending, S::Succeeded },
    { S::Pending, S::Failed },
    { S::Pending, S::Cancelled },
    { S::Failed, S::Succeeded },
    { S::Cancelled, S::Succeeded },
    { S::Succeeded, S::PartiallyRefunded },
    { S::Succeeded, S::Refunded },
    { S::PartiallyRefunded, S::PartiallyRefunded },
    { S::PartiallyRefunded, S::Refunded },
};

bool expected(S from, S to)
{
    for (const auto &pair : kExpected) {
        if (pair.first == from && pair.second == to)
            return true;
    }
    return false;
}

} // namespace

class TestPaymentStatus : public QObject
{
    Q_OBJECT

private slots:
    void wireNames()
    {
        const QStringList names { QStringLiteral("created"),   QStringLiteral("pending"),
                                  QStringLiteral("succeeded"), QStringLiteral("failed"),
                                  QStringLiteral("cancelled"), QStringLiteral("partially_refunded"),
                                  QStringLiteral("refunded") };
        const QList<S> all = allPaymentStatuses();
        QCOMPARE(all.size(), names.size());
        for (qsizetype i = 0; i < all.size(); ++i) {
            QCOMPARE(paymentStatusToWire(all.at(i)), names.at(i));
            QCOMPARE(paymentStatusFromWire(names.at(i)), std::optional<S>(all.at(i)));
        }
        const QList<std::pair<F, const char *>> failures { { F::Declined, "declined" },
                                                           { F::ExpiredCard, "expired_card" },
                                                           { F::Timeout, "timeout" },
                                                           { F::CancelledByUser,
                                                             "cancelled_by_user" },
                                                           { F::ProviderError, "provider_error" } };
        for (const auto &[failure, name] : failures) {
            QCOMPARE(paymentFailureToWire(failure), QString::fromLatin1(name));
            QCOMPARE(paymentFailureFromWire(QString::fromLatin1(name)), std::optional<F>(failure));
        }
        QCOMPARE(paymentFailureToWire(F::None), QString());
        QVERIFY(!paymentFailureFromWire(QString()));
        QVERIFY(!paymentStatusFromWire(QStringLiteral("paid")));
    }

    void fullMatrix()
    {
        for (const S from : allPaymentStatuses()) {
            for (const S to : allPaymentStatuses()) {
                QVERIFY2(canTransition(from, to) == expected(from, to),
                         qPrintable(QStringLiteral("%1 -> %2")
                                        .arg(paymentStatusToWire(from), paymentStatusToWire(to))));
            }
        }
    }

    void lateSuccessOverridesFailure()
    {
        QCOMPARE(afterProviderReport(S::Failed, S::Succeeded), std::optional<S>(S::Succeeded));
        QCOMPARE(afterProviderReport(S::Cancelled, S::Succeeded), std::optional<S>(S::Succeeded));
        QCOMPARE(afterProviderReport(S::Pending, S::Succeeded), std::optional<S>(S::Succeeded));
    }

    void lateFailureNeverUndoesPayment()
    {
        for (const S reported : { S::Failed, S::Cancelled, S::Pending }) {
            QVERIFY(!afterProviderReport(S::Succeeded, reported));
            QVERIFY(!afterProviderReport(S::PartiallyRefunded, reported));
            QVERIFY(!afterProviderReport(S::Refunded, reported));
        }
        // A repeated report changes nothing; a refunded payment is not
        // "succeeded" again by a replayed webhook.
        QVERIFY(!afterProviderReport(S::Succeeded, S::Succeeded));
        QVERIFY(!afterProviderReport(S::Refunded, S::Succeeded));
        QVERIFY(!afterProviderReport(S::Failed, S::Failed));
        QVERIFY(!afterProviderReport(S::Failed, S::Cancelled));
        QCOMPARE(afterProviderReport(S::Pending, S::Failed), std::optional<S>(S::Failed));
        QCOMPARE(afterProviderReport(S::Created, S::Pending), std::optional<S>(S::Pending));
        QVERIFY(!afterProviderReport(S::Pending, S::Pending));
        // Refund statuses are not the provider's checkout outcome.
        QVERIFY(!afterProviderReport(S::Succeeded, S::Refunded));
        QVERIFY(!afterProviderReport(S::Pending, S::Created));
    }

    void predicates()
    {
        for (const S status : allPaymentStatuses()) {
            QCOMPARE(isOpen(status), status == S::Created || status == S::Pending);
            QCOMPARE(hasSucceeded(status),
                     status == S::Succeeded || status == S::PartiallyRefunded ||
                         status == S::Refunded);
        }
    }

    void refunds()
    {
        QCOMPARE(refundableCents(S::Succeeded, 3000, 0), 3000);
        QCOMPARE(refundableCents(S::PartiallyRefunded, 3000, 1000), 2000);
        QCOMPARE(refundableCents(S::Refunded, 3000, 3000), 0);
        QCOMPARE(refundableCents(S::Pending, 3000, 0), 0);
        QCOMPARE(refundableCents(S::Succeeded, 3000, 5000), 0);

        QCOMPARE(statusAfterRefund(S::Succeeded, 3000, 0, 1000).value(), S::PartiallyRefunded);
        QCOMPARE(statusAfterRefund(S::Succeeded, 3000, 0, 3000).value(), S::Refunded);
        QCOMPARE(statusAfterRefund(S::PartiallyRefunded, 3000, 1000, 2000).value(), S::Refunded);
        QCOMPARE(statusAfterRefund(S::PartiallyRefunded, 3000, 1000, 500).value(),
                 S::PartiallyRefunded);

        // A stale or repeated refund: more than what is left.
        const auto tooMuch = statusAfterRefund(S::PartiallyRefunded, 3000, 2500, 1000);
        QVERIFY(!tooMuch);
        QCOMPARE(tooMuch.problem().status, 409);
        QCOMPARE(tooMuch.problem().slug(), QStringLiteral("refund-exceeds-payment"));
        QVERIFY(tooMuch.problem().detail.contains(QLatin1String("500")));
        const auto again = statusAfterRefund(S::Refunded, 3000, 3000, 1);
        QVERIFY(!again);
        QCOMPARE(again.problem().slug(), QStringLiteral("not-refundable"));
        const auto failed = statusAfterRefund(S::Failed, 3000, 0, 100);
        QVERIFY(!failed);
        QCOMPARE(failed.problem().status, 409);
        for (const qint64 amount : { qint64(0), qint64(-100) }) {
            const auto invalid = statusAfterRefund(S::Succeeded, 3000, 0, amount);
            QVERIFY(!invalid);
            QCOMPARE(invalid.problem().status, 422);
        }
    }

    void labelsInWords()
    {
        QCOMPARE(statusLabel(S::Succeeded), QStringLiteral("Paid"));
        QCOMPARE(statusLabel(S::Failed, F::Declined),
                 QStringLiteral("Your card was declined. You can try again with another card."));
        QSet<QString> failures;
        for (const F failure : { F::None, F::Declined, F::ExpiredCard, F::Timeout,
                                 F::CancelledByUser, F::ProviderError }) {
            QCOMPARE(statusLabel(S::Failed, failure), failureMessage(failure));
            failures.insert(failureMessage(failure));
        }
        QCOMPARE(failures.size(), 6);
        QSet<QString> labels;
        for (const S status : allPaymentStatuses()) {
            QVERIFY(!statusLabel(status).isEmpty());
            labels.insert(statusLabel(status));
        }
        QCOMPARE(labels.size(), allPaymentStatuses().size());
    }
};

QTEST_APPLESS_MAIN(TestPaymentStatus)
#include "test_payment_status.moc"
