#include "server/domain/PaymentService.h"

#include "common/core/Clock.h"
#include "common/core/LocalizedText.h"
#include "common/crypto/CanonicalJson.h"
#include "common/crypto/Crypto.h"
#include "server/Logging.h"
#include "server/domain/ApplicationService.h"
#include "server/domain/CaseTransitions.h"
#include "server/domain/EventHub.h"
#include "server/store/EventRepository.h"
#include "server/store/ApplicationRepository.h"
#include "server/store/Database.h"
#include "server/store/DatabaseError.h"
#include "server/store/IdempotencyRepository.h"
#include "server/store/Sql.h"
#include "server/store/Transaction.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QUrlQuery>
#include <QUuid>

namespace rathaus::server {

namespace {

constexpr int kReconcileBatch = 200;

Problem notFound()
{
    return Problem::make(404, QStringLiteral("not-found"), QStringLiteral("Not found"),
                         QStringLiteral("There is no such payment."));
}

Problem conflict(const QString &slug, const QString &title, const QString &detail)
{
    return Problem::make(409, slug, title, detail);
}

QDateTime utc(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
}

QString requestHash(const QString &path, const QJsonObject &body)
{
    return crypto::sha256Hex(QByteArrayLiteral("POST ") + path.toUtf8() + '\n' +
                             crypto::CanonicalJson::serialize(body));
}

Result<PaymentService::Answer> replay(const StoredIdempotency &stored, const QString &hash)
{
    if (stored.requestHash != hash)
        return conflict(QStringLiteral("idempotency-key-reuse"),
                        QStringLiteral("Idempotency key already used"),
                        QStringLiteral("This Idempotency-Key was used for another request. "
                                       "Use a new key for a new request."));
    if (!stored.status)
        return conflict(QStringLiteral("request-in-progress"), QStringLiteral("Request in progress"),
                        QStringLiteral("The first request with this Idempotency-Key is still "
                                       "being processed. Try again shortly."));
    return PaymentService::Answer { *stored.status, stored.body, stored.resourceId, true };
}

bool isOfficeStaff(const UserRecord &user)
{
    return (user.role == Role::Caseworker || user.role == Role::Lead) && !user.officeId.isEmpty();
}

QString serviceTitleDe(const QSqlDatabase &db, const QString &serviceId)
{
    const auto title =
        sql::scalar(db, QStringLiteral("SELECT title FROM services WHERE id = ?"), { serviceId });
    if (!title)
        return serviceId;
    return LocalizedText::fromJson(QJsonDocument::fromJson(title->toString().toUtf8()).object())
        .in(QStringLiteral("de"));
}

} // namespace

PaymentService::PaymentService(Database &database, const Clock &clock, PaymentSettings settings,
                               EventHub *events)
    : m_database(database), m_clock(clock), m_settings(std::move(settings)), m_events(events)
{ }

void PaymentService::lockApplication(const QSqlDatabase &db, const QString &applicationId) const
{
    // One lock order for every payment write (application row, then payment
    // rows), or two of them could deadlock on PostgreSQL. SQLite: the
    // transaction's write lock already serialises all writers.
    if (m_database.dialect() == Dialect::Postgres)
        sql::exec(db, QStringLiteral("SELECT id FROM applications WHERE id = ? FOR UPDATE"),
                  { applicationId });
}

DemoPaymentProvider PaymentService::provider(const QSqlDatabase &db) const
{
    return DemoPaymentProvider(db, m_database.dialect());
}

Result<PaymentService::Answer> PaymentService::create(const UserRecord &citizen,
                                                      const QString &applicationId,
                                                      const QString &idempotencyKey,
                                                      const QJsonObject &body)
{
    if (!ApplicationService::isApplicationId(applicationId))
        return Problem::make(404, QStringLiteral("not-found"), QStringLiteral("Not found"),
                             QStringLiteral("There is no such application."));
    const QString hash =
        requestHash(QStringLiteral("/api/v1/applications/%1/payments").arg(applicationId), body);
    const qint64 notBefore = m_clock.nowSeconds() - IdempotencyRepository::kValiditySeconds;
    const QSqlDatabase db = m_database.connection();
    if (const auto stored = IdempotencyRepository(db).find(citizen.id, idempotencyKey, notBefore))
        return replay(*stored, hash);

    // Bring open payments of the application up to date first: one may have
    // succeeded at the provider while its notification is still on the way.
    for (const StoredPayment &earlier : PaymentRepository(db).forApplication(applicationId)) {
        if (earlier.citizenId == citizen.id &&
            (isOpen(earlier.status) || earlier.status == PaymentStatus::Failed))
            syncWithProvider(earlier.id);
    }

    const qint64 now = m_clock.nowSeconds();
    Transaction transaction(db, m_database.dialect());
    IdempotencyRepository keys(db);
    if (!keys.claim(citizen.id, idempotencyKey, hash, now, notBefore)) {
        transaction.commit(); // nothing written
        const auto stored = IdempotencyRepository(db).find(citizen.id, idempotencyKey, notBefore);
        if (!stored)
            return conflict(QStringLiteral("request-in-progress"),
                            QStringLiteral("Request in progress"),
                            QStringLiteral("Another request with this Idempotency-Key was being "
                                           "processed. Try again."));
        return replay(*stored, hash);
    }
    // Payments of one application are made one at a time: a concurrent
    // create must see this one's checkout to withdraw it.
    lockApplication(db, applicationId);
    const auto application = ApplicationRepository(db).findForCitizen(citizen.id, applicationId);
    if (!application)
        return Problem::make(404, QStringLiteral("not-found"), QStringLiteral("Not found"),
                             QStringLiteral("There is no such application."));
    PaymentRepository payments(db);
    QList<StoredPayment> earlier = payments.forApplication(applicationId);
    for (const StoredPayment &payment : std::as_const(earlier)) {
        if (hasSucceeded(payment.status))
            return conflict(QStringLiteral("already-paid"), QStringLiteral("Already paid"),
                            QStringLiteral("The fee of this application has been paid."));
    }
    if (application->status != ApplicationStatus::AwaitingPayment || application->feeCents <= 0)
        return conflict(QStringLiteral("not-awaiting-payment"), QStringLiteral("Nothing to pay"),
                        QStringLiteral("This application is %1; it does not wait for a payment.")
                            .arg(applicationStatusToWire(application->status)));

    // One checkout at a time: a newer payment withdraws the older ones at the
    // provider, so that two cannot both take money. (A failed one may still
    // be open there: the demo page lets the citizen retry another card.)
    DemoPaymentProvider demo = provider(db);
    for (StoredPayment &payment : earlier) {
        if (!isOpen(payment.status) && payment.status != PaymentStatus::Failed)
            continue;
        const DemoPaymentProvider::Report facts = demo.withdraw(payment.providerRef, now);
        if (facts.status == PaymentStatus::Succeeded)
            return conflict(QStringLiteral("payment-in-progress"),
                            QStringLiteral("Payment just completed"),
                            QStringLiteral("An earlier payment of this application has just "
                                           "gone through. Reload the application."));
        if (const auto to = afterProviderReport(payment.status, facts.status))
            settle(db, payment, *to, facts.failure, payment.refundedCents, now);
    }

    StoredPayment payment;
    payment.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    payment.applicationId = application->id;
    payment.citizenId = citizen.id;
    payment.amountCents = application->feeCents;
    payment.currency = application->currency;
    payment.provider = QString::fromLatin1(DemoPaymentProvider::kName);
    payment.status = PaymentStatus::Created;
    payment.createdAt = now;
    payment.updatedAt = now;
    const DemoPaymentProvider::Created checkout = demo.createCheckout(
        payment.id, payment.amountCents, payment.currency,
        QStringLiteral("%1 – %2").arg(application->reference,
                                      serviceTitleDe(db, application->serviceId)),
        now, m_settings.checkoutLifetimeSeconds);
    payment.providerRef = checkout.checkoutId;
    payments.insert(payment);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("token"), checkout.token);
    payment.nextUrl = m_settings.publicBaseUrl + QStringLiteral("/pay/demo/") +
        checkout.checkoutId + QLatin1Char('?') + query.toString(QUrl::FullyEncoded);
    settle(db, payment, PaymentStatus::Pending, PaymentFailure::None, 0, now);

    Answer answer { 201,
                    QJsonDocument(toWire(payment).toJson()).toJson(QJsonDocument::Compact),
                    payment.id, false };
    keys.complete(citizen.id, idempotencyKey, answer.status, answer.body, payment.id);
    transaction.commit();
    return answer;
}

bool PaymentService::settle(const QSqlDatabase &db, StoredPayment &payment, PaymentStatus to,
                            PaymentFailure failure, qint64 refundedCents, qint64 now)
{
    StoredPayment after = payment;
    after.status = to;
    after.failure = to == PaymentStatus::Failed ? failure : PaymentFailure::None;
    after.refundedCents = refundedCents;
    after.updatedAt = now;
    if (!isOpen(to))
        after.nextUrl.clear(); // nothing left for the citizen to do at the provider
    const bool firstSuccess = hasSucceeded(to) && !hasSucceeded(payment.status);
    if (firstSuccess && !after.succeededAt)
        after.succeededAt = now;
    if (firstSuccess) {
        // domain.md: at most one succeeded payment per application (the
        // database's partial unique index says the same). Should a provider
        // still take money twice, this one stays as it is and staff refund.
        for (const StoredPayment &other : PaymentRepository(db).forApplication(payment.applicationId)) {
            if (other.id != payment.id && hasSucceeded(other.status)) {
                qCWarning(lcDomain).noquote()
                    << "payment" << payment.id << "succeeded at the provider, but application"
                    << payment.applicationId << "is already paid: refund it";
                return false;
            }
        }
    }
    PaymentRepository payments(db);
    if (!payments.update(payment, after))
        return false;
    payments.setApplicationPaymentStatus(payment.applicationId, to, now);
    if (to != PaymentStatus::Pending) {
        NewEvent event;
        event.citizenId = payment.citizenId;
        event.kind = QStringLiteral("payment_settled");
        event.applicationId = payment.applicationId;
        event.subjectId = payment.id;
        event.payload = { { QStringLiteral("status"), paymentStatusToWire(to) },
                          { QStringLiteral("amount_cents"), after.amountCents },
                          { QStringLiteral("refunded_cents"), after.refundedCents } };
        if (to == PaymentStatus::Failed)
            event.payload.insert(QStringLiteral("failure_code"), paymentFailureToWire(failure));
        event.at = now;
        EventRepository(db).append(event);
    }
    if (firstSuccess) {
        // The one transition function moves the application on (history
        // entry and status_changed event included). A concurrent change
        // (PostgreSQL) makes its compare-and-set miss: read again and retry;
        // giving up rolls the whole settlement back (reconciliation tries
        // again later).
        TransitionCommand command;
        command.applicationId = payment.applicationId;
        command.to = ApplicationStatus::Submitted;
        command.actor.kind = Actor::Payment;
        command.actor.displayName = QStringLiteral("Zahlung");
        command.note = QStringLiteral("Gebühr bezahlt (Zahlung %1)").arg(payment.id);
        for (int attempt = 0;; ++attempt) {
            const auto application = ApplicationRepository(db, m_database.dialect())
                                         .findForCitizen(payment.citizenId, payment.applicationId);
            if (!application || application->status != ApplicationStatus::AwaitingPayment) {
                // Paid after the citizen withdrew (or staff moved it on): the
                // money is recorded, the application keeps its status; staff refund.
                if (application)
                    qCInfo(lcDomain).noquote()
                        << "payment" << payment.id << "succeeded for application"
                        << application->id << "in status"
                        << applicationStatusToWire(application->status);
                break;
            }
            command.expectedVersion = application->version;
            if (CaseTransitions::applyInTransaction(db, m_database.dialect(), command, now))
                break;
            if (attempt >= 2)
                throw DatabaseError(QStringLiteral("application kept changing while a payment "
                                                   "settled"));
        }
    }
    payment = after;
    return true;
}

bool PaymentService::syncWithProvider(const QString &paymentId)
{
    const QSqlDatabase db = m_database.connection();
    const qint64 now = m_clock.nowSeconds();
    Transaction transaction(db, m_database.dialect());
    auto payment = PaymentRepository(db).find(paymentId);
    if (!payment)
        return false;
    lockApplication(db, payment->applicationId);
    payment = PaymentRepository(db).find(paymentId); // as of holding the lock
    const DemoPaymentProvider::Report facts = provider(db).status(payment->providerRef, now);
    bool changed = false;
    if (const auto to = afterProviderReport(payment->status, facts.status))
        changed = settle(db, *payment, *to, facts.failure, payment->refundedCents, now);
    transaction.commit(); // also the provider's own bookkeeping (an expiry)
    if (changed && m_events)
        m_events->notify(payment->citizenId);
    return changed;
}

void PaymentService::onProviderNotification(const QString &provider, const QString &merchantRef)
{
    // Only a hint to look: the facts come from the provider (syncWithProvider).
    const auto payment = PaymentRepository(m_database.connection()).find(merchantRef);
    if (!payment || payment->provider != provider) {
        qCWarning(lcDomain) << "provider notification for an unknown payment";
        return;
    }
    syncWithProvider(payment->id);
}

int PaymentService::reconcile()
{
    const QSqlDatabase db = m_database.connection();
    const qint64 now = m_clock.nowSeconds();
    // Failed payments are asked about while their checkout could still take
    // money (a late success); after that the provider's answer cannot change.
    const qint64 failedSince =
        now - m_settings.checkoutLifetimeSeconds - 2 * m_settings.reconcileAfterSeconds;
    const QList<StoredPayment> due = PaymentRepository(db).dueForReconciliation(
        now - m_settings.reconcileAfterSeconds, failedSince, kReconcileBatch);
    int changed = 0;
    for (const StoredPayment &payment : due) {
        if (syncWithProvider(payment.id))
            ++changed;
    }
    if (changed > 0)
        qCInfo(lcDomain) << "reconciliation settled" << changed << "payments";
    return changed;
}

Result<Payment> PaymentService::get(const UserRecord &user, const QString &id) const
{
    if (!isPaymentId(id))
        return notFound();
    const QSqlDatabase db = m_database.connection();
    const auto payment = PaymentRepository(db).find(id);
    if (!payment)
        return notFound();
    bool allowed = payment->citizenId == user.id;
    if (!allowed && isOfficeStaff(user)) {
        const auto application =
            ApplicationRepository(db).findForCitizen(payment->citizenId, payment->applicationId);
        allowed = application && application->officeId == user.officeId;
    }
    if (!allowed)
        return notFound();
    return toWire(*payment);
}

Result<Receipt> PaymentService::receipt(const UserRecord &user, const QString &id) const
{
    if (!isPaymentId(id))
        return notFound();
    const QSqlDatabase db = m_database.connection();
    const auto payment = PaymentRepository(db).find(id);
    if (!payment || payment->citizenId != user.id)
        return notFound();
    if (!hasSucceeded(payment->status))
        return conflict(QStringLiteral("not-paid"), QStringLiteral("Not paid"),
                        QStringLiteral("There is a receipt only for a payment that went through."));
    const auto application =
        ApplicationRepository(db).findForCitizen(payment->citizenId, payment->applicationId);
    if (!application)
        return notFound();
    Receipt receipt;
    receipt.paymentId = payment->id;
    receipt.applicationId = application->id;
    receipt.reference = application->reference;
    receipt.serviceId = application->serviceId;
    if (const auto title = sql::scalar(
            db, QStringLiteral("SELECT title FROM services WHERE id = ?"), { application->serviceId }))
        receipt.serviceTitle = LocalizedText::fromJson(
            QJsonDocument::fromJson(title->toString().toUtf8()).object());
    receipt.officeId = application->officeId;
    {
        QSqlQuery office = sql::exec(
            db, QStringLiteral("SELECT name_de, name_en FROM offices WHERE id = ?"),
            { application->officeId });
        if (office.next())
            receipt.officeName = { office.value(0).toString(), office.value(1).toString() };
    }
    receipt.amountCents = payment->amountCents;
    receipt.refundedCents = payment->refundedCents;
    receipt.currency = payment->currency;
    receipt.paidAt = utc(payment->succeededAt.value_or(payment->updatedAt));
    return receipt;
}

Result<PaymentService::Answer> PaymentService::refund(const UserRecord &staff,
                                                      const QString &paymentId,
                                                      const QString &idempotencyKey,
                                                      const QJsonObject &body)
{
    const QJsonValue amountValue = body.value(QLatin1String("amount_cents"));
    if (!amountValue.isDouble() || amountValue.toDouble() != double(amountValue.toInteger()) ||
        amountValue.toInteger() <= 0) {
        Problem problem = Problem::make(422, QStringLiteral("validation-failed"),
                                        QStringLiteral("Invalid request"),
                                        QStringLiteral("Some fields are missing or invalid."));
        problem.fieldErrors.insert(QStringLiteral("amount_cents"),
                                   QStringLiteral("A positive whole number of cents."));
        return problem;
    }
    const qint64 amount = amountValue.toInteger();
    if (!isPaymentId(paymentId))
        return notFound();
    const QString hash =
        requestHash(QStringLiteral("/api/v1/staff/payments/%1/refund").arg(paymentId), body);
    const qint64 notBefore = m_clock.nowSeconds() - IdempotencyRepository::kValiditySeconds;
    const QSqlDatabase db = m_database.connection();
    if (const auto stored = IdempotencyRepository(db).find(staff.id, idempotencyKey, notBefore))
        return replay(*stored, hash);

    const qint64 now = m_clock.nowSeconds();
    Transaction transaction(db, m_database.dialect());
    IdempotencyRepository keys(db);
    if (!keys.claim(staff.id, idempotencyKey, hash, now, notBefore)) {
        transaction.commit();
        const auto stored = IdempotencyRepository(db).find(staff.id, idempotencyKey, notBefore);
        if (!stored)
            return conflict(QStringLiteral("request-in-progress"),
                            QStringLiteral("Request in progress"),
                            QStringLiteral("Another request with this Idempotency-Key was being "
                                           "processed. Try again."));
        return replay(*stored, hash);
    }
    PaymentRepository payments(db);
    auto payment = payments.find(paymentId);
    if (!payment)
        return notFound();
    lockApplication(db, payment->applicationId);
    payment = payments.find(paymentId); // as of holding the lock
    const auto application =
        ApplicationRepository(db).findForCitizen(payment->citizenId, payment->applicationId);
    // Another office's payment does not exist for this caller; its own
    // office's caseworkers see it but may not refund.
    if (!application || application->officeId != staff.officeId)
        return notFound();
    if (staff.role != Role::Lead)
        return Problem::make(403, QStringLiteral("forbidden"), QStringLiteral("Not allowed"),
                             QStringLiteral("Only the office's lead may refund payments."));
    const auto next =
        statusAfterRefund(payment->status, payment->amountCents, payment->refundedCents, amount);
    if (!next)
        return next.problem();
    if (!settle(db, *payment, next.value(), PaymentFailure::None, payment->refundedCents + amount,
                now))
        return conflict(QStringLiteral("edit-conflict"), QStringLiteral("Changed meanwhile"),
                        QStringLiteral("The payment was changed meanwhile. Reload it and try "
                                       "again."));
    payments.insertRefund(QUuid::createUuid().toString(QUuid::WithoutBraces), payment->id, amount,
                          staff.id, now);
    Answer answer { 200,
                    QJsonDocument(toWire(*payment).toJson()).toJson(QJsonDocument::Compact),
                    payment->id, false };
    keys.complete(staff.id, idempotencyKey, answer.status, answer.body, payment->id);
    transaction.commit();
    return answer;
}

std::optional<Payment> PaymentService::latestFor(const QSqlDatabase &db,
                                                 const QString &applicationId)
{
    const QList<StoredPayment> all = PaymentRepository(db).forApplication(applicationId);
    if (all.isEmpty())
        return std::nullopt;
    for (const StoredPayment &payment : all) {
        if (hasSucceeded(payment.status))
            return toWire(payment);
    }
    return toWire(all.constLast());
}

Payment PaymentService::toWire(const StoredPayment &p)
{
    Payment payment;
    payment.id = p.id;
    payment.applicationId = p.applicationId;
    payment.amountCents = p.amountCents;
    payment.refundedCents = p.refundedCents;
    payment.currency = p.currency;
    payment.provider = p.provider;
    payment.status = p.status;
    payment.failureCode = p.status == PaymentStatus::Failed ? p.failure : PaymentFailure::None;
    if (isOpen(p.status) && !p.nextUrl.isEmpty())
        payment.nextUrl = QUrl(p.nextUrl);
    payment.createdAt = utc(p.createdAt);
    payment.updatedAt = utc(p.updatedAt);
    return payment;
}

bool PaymentService::isPaymentId(const QString &text)
{
    return ApplicationService::isApplicationId(text); // the same UUID form
}

} // namespace rathaus::server
