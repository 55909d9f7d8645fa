#pragma once

#include "app/client/ApiRequest.h"

#include <QObject>
#include <QUrl>

#include <chrono>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace rathaus::client {

// The client's only way to the city backend: JSON over HTTPS (HTTP to
// loopback), answers as Result<ApiResponse>, failures as rathaus::Problem.
//
// The QNetworkAccessManager is passed in: it is the seam through which tests
// inject errors, hangs, delays and dropped connections (a subclass overriding
// createRequest()). TLS errors are never ignored.
class ApiClient : public QObject
{
    Q_OBJECT
public:
    struct RetryPolicy
    {
        int maxRetries = 2; // after the first attempt
        std::chrono::milliseconds initialDelay { 500 };
        std::chrono::milliseconds maxDelay {
            4000
        }; // the cap; also the longest Retry-After honoured
    };

    explicit ApiClient(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~ApiClient() override;

    // "https://rathaus.example.de" or "http://127.0.0.1:PORT"; /api/v1 is added.
    void setBaseUrl(const QUrl &baseUrl);
    QUrl baseUrl() const { return m_baseUrl; }

    // How long a transfer may stay silent before it fails (default 30 s).
    void setTransferTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds transferTimeout() const { return m_timeout; }

    void setRetryPolicy(const RetryPolicy &policy) { m_retryPolicy = policy; }
    RetryPolicy retryPolicy() const { return m_retryPolicy; }

    // Sends `request`; `callback` runs once on the thread of this object,
    // unless `context` was destroyed meanwhile. Always asynchronous, even for
    // requests refused before they leave (insecure URL).
    void send(const ApiRequest &request, QObject *context, ApiCallback callback);

    QUrl urlFor(const ApiRequest &request) const;

private:
    struct Call;
    void startAttempt(const std::shared_ptr<Call> &call);
    void finishAttempt(const std::shared_ptr<Call> &call, QNetworkReply *reply);
    bool scheduleRetry(const std::shared_ptr<Call> &call, const ApiResult &result,
                       QNetworkReply *reply);
    static void deliver(const std::shared_ptr<Call> &call, const ApiResult &result);

    QNetworkAccessManager *m_network;
    QUrl m_baseUrl;
    std::chrono::milliseconds m_timeout { 30000 };
    RetryPolicy m_retryPolicy;
};

} // namespace rathaus::client
