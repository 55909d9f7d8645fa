#include "app/client/ApiClient.h"

#include "app/client/LoggingCategories.h"
#include "app/client/ReplyParser.h"
#include "app/client/TransportPolicy.h"

#include <QBuffer>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QTimer>

#include <algorithm>

namespace rathaus::client {

// One logical request across its attempts.
struct ApiClient::Call
{
    ApiRequest request;
    QPointer<QObject> context;
    bool hadContext = false;
    ApiCallback callback;
    int attempt = 0;
    bool timedOut = false;
    bool delivered = false;
};

ApiClient::ApiClient(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent), m_network(network)
{ }

ApiClient::~ApiClient() = default;

void ApiClient::setBaseUrl(const QUrl &baseUrl)
{
    m_baseUrl = baseUrl;
}

QUrl ApiClient::urlFor(const ApiRequest &request) const
{
    QUrl url = m_baseUrl;
    QString basePath = url.path();
    while (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    url.setPath(basePath + QStringLiteral("/api/v1") + request.path);
    url.setQuery(request.query);
    return url;
}

void ApiClient::send(const ApiRequest &request, QObject *context, ApiCallback callback)
{
    auto call = std::make_shared<Call>();
    call->request = request;
    call->context = context;
    call->hadContext = context != nullptr;
    call->callback = std::move(callback);

    if (auto refusal = TransportPolicy::check(m_baseUrl)) {
        qCWarning(lcApi) << "refused" << request.method << request.path << "-" << refusal->slug();
        // Asynchronous like every other answer, so callers need one code path.
        QTimer::singleShot(0, this, [call, problem = *refusal] { deliver(call, problem); });
        return;
    }
    startAttempt(call);
}

namespace {

// The server words a few texts itself (service titles in case lists) and
// knows only German (its default) and English. An English user asks for
// English; a Turkish or Arabic user (the default locale follows the UI
// language) asks for English next; German sends nothing, as before.
QByteArray acceptLanguage()
{
    const QString language = QLocale::languageToCode(QLocale().language());
    if (language == QLatin1String("de") || language.isEmpty())
        return {};
    if (language == QLatin1String("en"))
        return "en";
    return language.toLatin1() + ", en;q=0.8";
}

} // namespace

void ApiClient::startAttempt(const std::shared_ptr<Call> &call)
{
    const ApiRequest &request = call->request;
    QNetworkRequest networkRequest(urlFor(request));
    networkRequest.setTransferTimeout(int(m_timeout.count()));
    networkRequest.setRawHeader("Accept", "application/json, application/problem+json");
    if (const QByteArray language = acceptLanguage(); !language.isEmpty())
        networkRequest.setRawHeader("Accept-Language", language);
    networkRequest.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                                QNetworkRequest::AlwaysNetwork);
    if (!request.bearerToken.isEmpty())
        networkRequest.setRawHeader("Authorization", "Bearer " + request.bearerToken);
    if (!request.idempotencyKey.isEmpty())
        networkRequest.setRawHeader("Idempotency-Key", request.idempotencyKey);
    if (!request.ifMatch.isEmpty())
        networkRequest.setRawHeader("If-Match", request.ifMatch);
    if (request.rawResponse)
        networkRequest.setRawHeader("Accept", "*/*");

    for (const auto &[name, value] : request.headers)
        networkRequest.setRawHeader(name, value);

    QByteArray body;
    if (!request.rawContentType.isEmpty()) {
        body = request.rawBody;
        networkRequest.setHeader(QNetworkRequest::ContentTypeHeader, request.rawContentType);
    } else if (!request.body.isNull()) {
        body = request.body.toJson(QJsonDocument::Compact);
        networkRequest.setHeader(QNetworkRequest::ContentTypeHeader,
                                 QByteArrayLiteral("application/json"));
    }

    QNetworkReply *reply = m_network->sendCustomRequest(networkRequest, request.method, body);
    call->timedOut = false;
    qCDebug(lcApi) << request.method << request.path << "attempt" << call->attempt + 1;

    // The transfer timeout of QNetworkRequest covers replies made by Qt's own
    // HTTP backend; this watchdog applies the same rule to any reply (a custom
    // QNAM's, a proxy's), so a silent server can never hang a page forever.
    auto *watchdog = new QTimer(reply);
    watchdog->setSingleShot(true);
    watchdog->setInterval(m_timeout);
    connect(watchdog, &QTimer::timeout, reply, [call, reply] {
        call->timedOut = true;
        reply->abort();
    });
    auto restart = [watchdog] { watchdog->start(); };
    connect(reply, &QNetworkReply::downloadProgress, watchdog, restart);
    connect(reply, &QNetworkReply::uploadProgress, watchdog, restart);
    watchdog->start();
    if (request.uploadProgress)
        connect(reply, &QNetworkReply::uploadProgress, reply, request.uploadProgress);
    // Nobody waits any more (a page closed, an upload cancelled): stop the
    // transfer instead of sending megabytes nobody will use.
    if (call->context)
        connect(call->context, &QObject::destroyed, reply, &QNetworkReply::abort);

    connect(reply, &QNetworkReply::finished, this,
            [this, call, reply] { finishAttempt(call, reply); });
}

void ApiClient::finishAttempt(const std::shared_ptr<Call> &call, QNetworkReply *reply)
{
    reply->deleteLater();
    if (call->delivered)
        return;
    const ApiResult result = ReplyParser::parse(reply, call->timedOut, call->request.rawResponse);
    const QByteArray requestId = reply->rawHeader("X-Request-Id");
    if (result.ok()) {
        qCDebug(lcApi) << call->request.method << call->request.path << "->"
                       << result.value().status << "request" << requestId;
    } else {
        qCInfo(lcApi) << call->request.method << call->request.path << "->"
                      << result.problem().status << result.problem().slug() << "request"
                      << requestId;
    }
    if (!result.ok() && scheduleRetry(call, result, reply))
        return;
    deliver(call, result);
}

bool ApiClient::scheduleRetry(const std::shared_ptr<Call> &call, const ApiResult &result,
                              QNetworkReply *reply)
{
    if (!call->request.isRetryable() || call->attempt >= m_retryPolicy.maxRetries ||
        !ReplyParser::isTransient(result.problem()))
        return false;
    if (call->hadContext && !call->context)
        return false; // nobody is waiting any more

    // Capped exponential backoff; a server's Retry-After wins when it is
    // longer, but one beyond the cap is the user's to wait for, not ours.
    using std::chrono::milliseconds;
    milliseconds delay = std::min<milliseconds>(
        m_retryPolicy.maxDelay, m_retryPolicy.initialDelay * (qint64(1) << call->attempt));
    if (auto retryAfter = ReplyParser::retryAfterSeconds(reply)) {
        const milliseconds wanted { qint64(*retryAfter) * 1000 };
        if (wanted > m_retryPolicy.maxDelay)
            return false;
        delay = std::max(delay, wanted);
    }
    ++call->attempt;
    qCInfo(lcApi) << "retrying" << call->request.method << call->request.path << "in"
                  << delay.count() << "ms";
    QTimer::singleShot(delay, this, [this, call] { startAttempt(call); });
    return true;
}

void ApiClient::deliver(const std::shared_ptr<Call> &call, const ApiResult &result)
{
    if (call->delivered)
        return;
    call->delivered = true;
    if (call->hadContext && !call->context)
        return;
    if (call->callback)
        call->callback(result);
}

} // namespace rathaus::client
