#pragma once

#include "common/core/Problem.h"
#include "common/wire/Payment.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <optional>

namespace rathaus::client {

class Session;

// Paying an application's fee, step by step:
//   start() -> Creating (POST /applications/{id}/payments with an
//   Idempotency-Key) -> AwaitingProvider (the provider's page is opened in the
//   browser; GET /payments/{id} is asked with growing pauses) -> Settled
//   (succeeded, failed with a code, cancelled).
// A request that fails on the way (no network) leaves the flow in Problem;
// start() then tries again with the same key, so no second payment is made.
// The key is kept until its payment settles: paying again after a failed
// payment makes a new one with a new key.
class PaymentFlow : public QObject
{
    Q_OBJECT
public:
    enum class Step { Idle, Creating, AwaitingProvider, Settled, Problem };
    Q_ENUM(Step)
    // Opens the provider's page for the citizen (the system browser);
    // a seam for tests, which act as the browser themselves.
    using UrlOpener = std::function<bool(const QUrl &)>;

    explicit PaymentFlow(Session *session, QObject *parent = nullptr);

    void setUrlOpener(UrlOpener opener) { m_opener = std::move(opener); }

    // Pays for `applicationId` (again, after a failed payment).
    void start(const QString &applicationId);
    // Watches a payment begun earlier (the application detail shows one still open).
    void follow(const rathaus::Payment &payment);
    // Asks for the payment's status now instead of at the next pause's end.
    void checkNow();
    // Opens the provider's page again (the browser tab was closed, or it
    // could not be opened): true when the browser took it.
    bool reopenProvider();
    // Stops asking; the payment itself stays as the provider leaves it.
    void stopWaiting();

    Step step() const { return m_step; }
    const rathaus::Payment &payment() const { return m_payment; }
    const rathaus::Problem &problem() const { return m_problem; }
    QString applicationId() const { return m_applicationId; }
    QUrl providerUrl() const { return m_providerUrl; }
    // Whether the provider's page went to the browser: nullopt while not
    // tried (a payment begun earlier, followed), false when no browser could
    // be opened (the citizen then needs the address itself).
    std::optional<bool> providerPageOpened() const { return m_pageOpened; }
    // The idempotency key of the payment being made; empty once it settled.
    QByteArray idempotencyKey() const { return m_key; }

    // Words for the citizen: "Paid", "Your card was declined. ...".
    static QString describe(const rathaus::Payment &payment);
    // The pause before the n-th status question (0-based): 1, 1, 2, 2, 3, 5, 5, ... s.
    static int pollDelayMs(int attempt);

signals:
    void stepChanged(rathaus::client::PaymentFlow::Step step);
    void paymentChanged(const rathaus::Payment &payment);
    void settled(const rathaus::Payment &payment);
    // After each try to open the provider's page (see providerPageOpened()).
    void providerPageTried(bool opened);

private:
    void setStep(Step step);
    void fail(const rathaus::Problem &problem);
    void adopt(const rathaus::Payment &payment);
    void schedulePoll();
    void poll();
    QUrl resolve(const QString &url) const;

    Session *m_session;
    UrlOpener m_opener;
    Step m_step = Step::Idle;
    rathaus::Payment m_payment;
    rathaus::Problem m_problem;
    QString m_applicationId;
    QUrl m_providerUrl;
    std::optional<bool> m_pageOpened;
    QByteArray m_key;
    QTimer m_pollTimer;
    int m_pollAttempt = 0;
    bool m_polling = false; // a status question is on its way
    quint64 m_generation = 0; // answers for an abandoned payment are dropped
};

} // namespace rathaus::client
