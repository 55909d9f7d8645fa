#include "server/http/PaymentHandlers.h"

#include "common/core/Clock.h"
#include "server/domain/DemoPaymentProvider.h"
#include "server/domain/PaymentService.h"
#include "server/domain/SessionService.h"
#include "server/http/Caller.h"
#include "server/http/IdempotencyKey.h"
#include "server/http/JsonBody.h"

#include <QJsonDocument>
#include <QLocale>
#include <QUrlQuery>

namespace rathaus::server::http::handlers {

namespace {

Reply answerOf(const PaymentService::Answer &answer, const QByteArray &location)
{
    Reply reply { answer.status, QByteArrayLiteral("application/json"), answer.body, {} };
    if (!location.isEmpty())
        reply.withHeader("Location", location);
    if (answer.replayed)
        reply.withHeader("Idempotent-Replayed", "true");
    return reply;
}

PaymentService paymentsOf(HandlerContext &context)
{
    return PaymentService(context.database, context.clock, context.payments, &context.events);
}

// ---- the demo provider's pages ----------------------------------------------

QString money(qint64 cents, const QString &currency)
{
    const QString amount = QLocale(QLocale::German).toString(double(cents) / 100.0, 'f', 2);
    return currency == QLatin1String("EUR") ? amount + QStringLiteral("\u00a0€")
                                            : amount + QChar(0xa0) + currency.toHtmlEscaped();
}

Reply html(int status, const QString &title, const QString &content)
{
    static const QString kStyle = QStringLiteral(
        "body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;background:#eef1f5;"
        "color:#1d2530;margin:0;padding:2rem 1rem}"
        ".card{max-width:26rem;margin:0 auto;background:#fff;border-radius:12px;"
        "box-shadow:0 2px 12px rgba(0,0,0,.08);padding:1.5rem 1.75rem}"
        ".brand{font-size:.8rem;letter-spacing:.08em;text-transform:uppercase;color:#5a6778}"
        "h1{font-size:1.35rem;margin:.4rem 0 1rem}"
        ".amount{font-size:2rem;font-weight:600;margin:.2rem 0}"
        ".en{color:#5a6778;font-size:.9rem}"
        "label{display:block;font-weight:600;margin:1rem 0 .3rem}"
        "input[type=text]{width:100%;box-sizing:border-box;font-size:1.1rem;padding:.6rem;"
        "border:1px solid #9aa5b4;border-radius:6px;letter-spacing:.05em}"
        "input[type=text]:focus{outline:3px solid #7aa7ff;border-color:#2457c5}"
        ".buttons{display:flex;gap:.75rem;margin-top:1.25rem}"
        "button{flex:1;font-size:1rem;padding:.7rem;border-radius:6px;border:1px solid #2457c5;"
        "cursor:pointer}"
        "button.pay{background:#2457c5;color:#fff}button.cancel{background:#fff;color:#2457c5}"
        "button:focus{outline:3px solid #7aa7ff}"
        ".error{background:#fdecec;border-left:4px solid #c62828;padding:.6rem .8rem;margin:1rem 0}"
        ".ok{background:#e8f5e9;border-left:4px solid #2e7d32;padding:.6rem .8rem;margin:1rem 0}"
        ".hint{font-size:.8rem;color:#5a6778;margin-top:1.25rem}"
        "code{font-size:.85rem}");
    const QString page =
        QStringLiteral("<!DOCTYPE html><html lang=\"de\"><head><meta charset=\"utf-8\">"
                       "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">"
                       "<title>%1</title><style>%2</style></head><body><main class=\"card\">"
                       "<div class=\"brand\">Demo-Zahlungsdienst · Demo payment service</div>"
                       "%3</main></body></html>")
            .arg(title.toHtmlEscaped(), kStyle, content);
    Reply reply { status, QByteArrayLiteral("text/html; charset=utf-8"), page.toUtf8(), {} };
    // Self-contained: no scripts, no external resources; the form may post
    // only back here; the token in the URL is not passed on as a referrer.
    reply.withHeader("Content-Security-Policy",
                     "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; "
                     "frame-ancestors 'none'; base-uri 'none'");
    reply.withHeader("Referrer-Policy", "no-referrer");
    reply.withHeader("X-Frame-Options", "DENY");
    return reply;
}

Reply notFoundPage()
{
    return html(
        404, QStringLiteral("Zahlung nicht gefunden"),
        QStringLiteral("<h1>Zahlung nicht gefunden</h1>"
                       "<p>Dieser Link ist ungültig. Bitte starten Sie die Zahlung in "
                       "Rathaus neu.</p><p class=\"en\">Payment not found: this link is not "
                       "valid. Please start the payment again in Rathaus.</p>"));
}

Reply formPage(const DemoPaymentProvider::Checkout &checkout, const QString &token,
               const QString &message, int status = 200)
{
    QString content = QStringLiteral("<h1>Gebühr bezahlen <span class=\"en\">· Pay the fee</span>"
                                     "</h1><div class=\"amount\">%1</div><p>%2</p>")
                          .arg(money(checkout.amountCents, checkout.currency),
                               checkout.description.toHtmlEscaped());
    content += message;
    content += QStringLiteral(
                   "<form method=\"post\" action=\"/pay/demo/%1\" autocomplete=\"off\">"
                   "<input type=\"hidden\" name=\"token\" value=\"%2\">"
                   "<label for=\"card\">Kartennummer <span class=\"en\">· Card number</span>"
                   "</label><input type=\"text\" id=\"card\" name=\"card_number\" "
                   "inputmode=\"numeric\" maxlength=\"23\" placeholder=\"4444 3333 2222 1111\" "
                   "autofocus>"
                   "<div class=\"buttons\"><button class=\"pay\" type=\"submit\" name=\"action\" "
                   "value=\"pay\">Bezahlen · Pay</button><button class=\"cancel\" type=\"submit\" "
                   "name=\"action\" value=\"cancel\">Abbrechen · Cancel</button></div></form>"
                   "<p class=\"hint\">Demo: keine echte Zahlung · no real payment. Testkarten / "
                   "test cards: <code>4444333322221111</code> Erfolg/success, "
                   "<code>4000000000000002</code> abgelehnt/declined, "
                   "<code>4000000000000069</code> abgelaufen/expired, "
                   "<code>4000000000000119</code> Störung/provider error.</p>")
                   .arg(checkout.id.toHtmlEscaped(), token.toHtmlEscaped());
    return html(status, QStringLiteral("Gebühr bezahlen"), content);
}

Reply closedPage(const DemoPaymentProvider::Checkout &checkout)
{
    if (checkout.state == QLatin1String("succeeded"))
        return html(
            200, QStringLiteral("Zahlung erfolgreich"),
            QStringLiteral("<h1>Zahlung erfolgreich</h1><div class=\"ok\">Diese Zahlung ist "
                           "bereits abgeschlossen.</div><p class=\"en\">This payment is "
                           "already complete.</p>"));
    return html(409, QStringLiteral("Zahlung nicht mehr möglich"),
                QStringLiteral("<h1>Zahlung nicht mehr möglich</h1><p>Diese Zahlung wurde "
                               "abgebrochen oder ist abgelaufen. Bitte starten Sie sie in Rathaus "
                               "neu.</p><p class=\"en\">This payment was cancelled or has expired. "
                               "Please start it again in Rathaus.</p>"));
}

QString failureText(PaymentFailure failure)
{
    switch (failure) {
    case PaymentFailure::Declined:
        return QStringLiteral("Die Karte wurde abgelehnt. Versuchen Sie es mit einer anderen "
                              "Karte.<br><span class=\"en\">The card was declined. Try another "
                              "card.</span>");
    case PaymentFailure::ExpiredCard:
        return QStringLiteral("Die Karte ist abgelaufen. Versuchen Sie es mit einer anderen "
                              "Karte.<br><span class=\"en\">The card has expired. Try another "
                              "card.</span>");
    case PaymentFailure::ProviderError:
        return QStringLiteral("Technische Störung beim Zahlungsdienst. Bitte versuchen Sie es "
                              "gleich noch einmal.<br><span class=\"en\">The payment service had "
                              "a problem. Please try again shortly.</span>");
    default:
        return QStringLiteral("Die Zahlung ist nicht durchgegangen.<br><span class=\"en\">The "
                              "payment did not go through.</span>");
    }
}

// application/x-www-form-urlencoded ('+' is a space there, not in QUrlQuery).
QUrlQuery formOf(const RequestContext &request)
{
    QByteArray body = request.body.left(4096);
    body.replace('+', "%20");
    return QUrlQuery(QString::fromLatin1(body));
}

} // namespace

Reply createPayment(HandlerContext &context, const RequestContext &request)
{
    const auto user = callerOf(context, request);
    if (!user)
        return refusal(user.problem());
    if (user.value().role != Role::Citizen)
        return Reply::problem(403, QStringLiteral("forbidden"), QStringLiteral("Not allowed"),
                              QStringLiteral("Only citizens pay for their applications."));
    const auto key = idempotencyKeyOf(request);
    if (!key)
        return Reply::problem(key.problem());
    const auto body = JsonBody::parse(request);
    if (!body)
        return Reply::problem(body.problem());
    const auto answer = paymentsOf(context).create(user.value(), request.pathArguments.value(0),
                                                   key.value(), body.value());
    if (!answer)
        return Reply::problem(answer.problem());
    return answerOf(answer.value(), "/api/v1/payments/" + answer.value().resourceId.toLatin1());
}

Reply getPayment(HandlerContext &context, const RequestContext &request)
{
    const auto user = callerOf(context, request);
    if (!user)
        return refusal(user.problem());
    const auto payment = paymentsOf(context).get(user.value(), request.pathArguments.value(0));
    if (!payment)
        return Reply::problem(payment.problem());
    return Reply::json(payment.value().toJson());
}

Reply getReceipt(HandlerContext &context, const RequestContext &request)
{
    const auto user = callerOf(context, request);
    if (!user)
        return refusal(user.problem());
    const auto receipt = paymentsOf(context).receipt(user.value(), request.pathArguments.value(0));
    if (!receipt)
        return Reply::problem(receipt.problem());
    return Reply::json(receipt.value().toJson());
}

Reply refundPayment(HandlerContext &context, const RequestContext &request)
{
    const auto user = callerOf(context, request);
    if (!user)
        return refusal(user.problem());
    const UserRecord &staff = user.value();
    if ((staff.role != Role::Caseworker && staff.role != Role::Lead) || staff.officeId.isEmpty())
        return Reply::problem(403, QStringLiteral("forbidden"), QStringLiteral("Not allowed"),
                              QStringLiteral("Only the office's lead may refund payments."));
    const auto key = idempotencyKeyOf(request);
    if (!key)
        return Reply::problem(key.problem());
    const auto body = JsonBody::parse(request);
    if (!body)
        return Reply::problem(body.problem());
    const auto answer = paymentsOf(context).refund(staff, request.pathArguments.value(0),
                                                   key.value(), body.value());
    if (!answer)
        return Reply::problem(answer.problem());
    return answerOf(answer.value(), {});
}

Reply demoPayPage(HandlerContext &context, const RequestContext &request)
{
    const QString id = request.pathArguments.value(0);
    const QString token = request.queryValue(QStringLiteral("token"));
    DemoPaymentProvider provider(context.database.connection(), context.database.dialect());
    if (!provider.tokenMatches(id, token))
        return notFoundPage();
    const auto checkout = provider.find(id);
    if (!checkout)
        return notFoundPage();
    if (!checkout->isOpenAt(context.clock.nowSeconds()))
        return closedPage(*checkout);
    return formPage(*checkout, token, {});
}

Reply demoPaySubmit(HandlerContext &context, const RequestContext &request)
{
    const QString id = request.pathArguments.value(0);
    const QUrlQuery form = formOf(request);
    const QString token = form.queryItemValue(QStringLiteral("token"), QUrl::FullyDecoded);
    Database &database = context.database;
    const Clock &clock = context.clock;
    const PaymentSettings settings = context.payments;
    EventHub *events = &context.events;
    // The provider tells the city, as a webhook would.
    DemoPaymentProvider provider(database.connection(), database.dialect(),
                                 [&database, &clock, settings, events](const QString &merchantRef) {
                                     PaymentService(database, clock, settings, events)
                                         .onProviderNotification(
                                             QString::fromLatin1(DemoPaymentProvider::kName),
                                             merchantRef);
                                 });
    if (!provider.tokenMatches(id, token))
        return notFoundPage();
    const bool cancel = form.queryItemValue(QStringLiteral("action")) == QLatin1String("cancel");
    const QString card = form.queryItemValue(QStringLiteral("card_number"), QUrl::FullyDecoded);
    const bool drop = settings.dropProviderNotifications ||
        (settings.allowDropField &&
         form.queryItemValue(QStringLiteral("drop_notification")) == QLatin1String("1"));
    PaymentFailure failure = PaymentFailure::None;
    const auto outcome = provider.attempt(id, card, cancel, clock.nowSeconds(), drop, &failure);
    const auto checkout = provider.find(id);
    if (!checkout)
        return notFoundPage();
    switch (outcome) {
    case DemoPaymentProvider::Outcome::Succeeded:
        return html(200, QStringLiteral("Zahlung erfolgreich"),
                    QStringLiteral("<h1>Zahlung erfolgreich</h1><div class=\"amount\">%1</div>"
                                   "<div class=\"ok\">Zahlung erfolgreich – Sie können dieses "
                                   "Fenster schließen und zu Rathaus zurückkehren.</div>"
                                   "<p class=\"en\">Payment successful – you can close this window "
                                   "and return to Rathaus.</p>")
                        .arg(money(checkout->amountCents, checkout->currency)));
    case DemoPaymentProvider::Outcome::Cancelled:
        return html(200, QStringLiteral("Zahlung abgebrochen"),
                    QStringLiteral("<h1>Zahlung abgebrochen</h1><p>Es wurde nichts abgebucht. Sie "
                                   "können dieses Fenster schließen und die Zahlung in Rathaus "
                                   "jederzeit neu starten.</p><p class=\"en\">Payment cancelled: "
                                   "nothing was charged. You can close this window and start the "
                                   "payment again in Rathaus at any time.</p>"));
    case DemoPaymentProvider::Outcome::Failed:
        return formPage(*checkout, token,
                        QStringLiteral("<div class=\"error\" role=\"alert\">%1</div>")
                            .arg(failureText(failure)));
    case DemoPaymentProvider::Outcome::InvalidCard:
        return formPage(*checkout, token,
                        QStringLiteral("<div class=\"error\" role=\"alert\">Bitte prüfen Sie die "
                                       "Kartennummer.<br><span class=\"en\">Please check the card "
                                       "number.</span></div>"),
                        422);
    case DemoPaymentProvider::Outcome::NotOpen:
        break;
    }
    return closedPage(*checkout);
}

} // namespace rathaus::server::http::handlers
