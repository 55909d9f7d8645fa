#include "app/client/PaymentFlow.h"

#include "app/client/ApiClient.h"
#include "app/client/LoggingCategories.h"
#include "app/client/Session.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QUuid>

namespace rathaus::client {

namespace {

Problem malformed(int status)
{
    return Problem::make(
        status, QStringLiteral("malformed-response"),
        QCoreApplication::translate("ApiClient",
                                    "The city's server sent an answer that could not be read."));
}

QString encoded(const QString &id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}

} // namespace

PaymentFlow::PaymentFlow(Session *session, QObject *parent)
    : QObject(parent), m_session(session)
{
    m_pollTimer.setSingleShot(true);
    connect(&m_pollTimer, &QTimer::timeout, this, &PaymentFlow::poll);
}

int PaymentFlow::pollDelayMs(int attempt)
{
    static constexpr int delays[] = { 1000, 1000, 2000, 2000, 3000 };
    return attempt < int(std::size(delays)) ? delays[attempt] : 5000;
}

QString PaymentFlow::describe(const Payment &payment)
{
    return statusLabel(payment.status, payment.failureCode);
}

QUrl PaymentFlow::resolve(const QString &url) const
{
    // The provider's address may come relative to the backend ("/pay/demo/...").
    return m_session->api()->baseUrl().resolved(QUrl(url));
}

void PaymentFlow::start(const QString &applicationId)
{
    if (m_step == Step::Creating)
        return;
    if (applicationId != m_applicationId || m_step == Step::Settled)
        m_key.clear(); // another application, or the last payment is over
    m_applicationId = applicationId;
    if (m_key.isEmpty())
        m_key = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    m_pollTimer.stop();
    m_polling = false;
    const quint64 generation = ++m_generation;
    m_problem = {};
    m_pageOpened.reset();
    setStep(Step::Creating);

    ApiRequest request = ApiRequest::post(
        QStringLiteral("/applications/%1/payments").arg(encoded(applicationId)),
        QJsonDocument(QJsonObject {}));
    request.idempotencyKey = m_key;
    m_session->send(request, this, [this, generation](const ApiResult &result) {
        if (generation != m_generation)
            return;
        if (!result.ok())
            return fail(result.problem());
        QJsonObject object = result.value().json.object();
        const QString next = object.value(QLatin1String("next_url")).toString();
        if (!next.isEmpty())
            object.insert(QStringLiteral("next_url"), resolve(next).toString(QUrl::FullyEncoded));
        const auto payment = Payment::fromJson(object);
        if (!payment.ok())
            return fail(malformed(result.value().status));
        m_providerUrl = payment.value().nextUrl;
        adopt(payment.value());
        if (m_step == Step::AwaitingProvider && !reopenProvider())
            qCWarning(lcApi) << "the payment page could not be opened";
    });
}

void PaymentFlow::follow(const Payment &payment)
{
    if (m_payment.id == payment.id && m_step == Step::AwaitingProvider)
        return;
    ++m_generation;
    m_polling = false;
    m_applicationId = payment.applicationId;
    m_problem = {};
    m_pageOpened.reset();
    if (!payment.nextUrl.isEmpty())
        m_providerUrl = resolve(payment.nextUrl.toString());
    adopt(payment);
}

bool PaymentFlow::reopenProvider()
{
    if (m_providerUrl.isEmpty())
        return false;
    m_pageOpened = m_opener && m_opener(m_providerUrl);
    emit providerPageTried(*m_pageOpened);
    return *m_pageOpened;
}

void PaymentFlow::checkNow()
{
    if (m_step != Step::AwaitingProvider)
        return;
    m_pollTimer.stop();
    poll();
}

void PaymentFlow::stopWaiting()
{
    m_pollTimer.stop();
    ++m_generation;
    m_polling = false;
    if (m_step == Step::AwaitingProvider || m_step == Step::Creating)
        setStep(Step::Idle);
}

void PaymentFlow::adopt(const Payment &payment)
{
    m_payment = payment;
    emit paymentChanged(payment);
    if (isOpen(payment.status)) {
        if (m_step != Step::AwaitingProvider) {
            m_pollAttempt = 0;
            setStep(Step::AwaitingProvider);
        }
        schedulePoll();
        return;
    }
    m_pollTimer.stop();
    m_key.clear(); // settled: paying again is a new payment
    setStep(Step::Settled);
    emit settled(payment);
}

void PaymentFlow::schedulePoll()
{
    if (m_polling)
        return;
    m_pollTimer.start(pollDelayMs(m_pollAttempt++));
}

void PaymentFlow::poll()
{
    if (m_payment.id.isEmpty() || m_polling)
        return;
    m_polling = true;
    const quint64 generation = m_generation;
    m_session->send(ApiRequest::get(QStringLiteral("/payments/") + encoded(m_payment.id)), this,
                    [this, generation](const ApiResult &result) {
                        if (generation != m_generation)
                            return;
                        m_polling = false;
                        if (!result.ok()) {
                            // A lost answer is no reason to stop: the
                            // provider's page may still be open.
                            if (result.problem().status == 0 || result.problem().status >= 500) {
                                schedulePoll();
                                return;
                            }
                            return fail(result.problem());
                        }
                        QJsonObject object = result.value().json.object();
                        const QString next = object.value(QLatin1String("next_url")).toString();
                        if (!next.isEmpty())
                            object.insert(QStringLiteral("next_url"),
                                          resolve(next).toString(QUrl::FullyEncoded));
                        const auto payment = Payment::fromJson(object);
                        if (!payment.ok())
                            return fail(malformed(result.value().status));
                        adopt(payment.value());
                    });
}

void PaymentFlow::fail(const Problem &problem)
{
    m_pollTimer.stop();
    m_problem = problem;
    setStep(Step::Problem);
}

void PaymentFlow::setStep(Step step)
{
    if (m_step == step)
        return;
    m_step = step;
    emit stepChanged(step);
}

} // namespace rathaus::client
