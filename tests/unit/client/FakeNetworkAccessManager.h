#pragma once

#include <QByteArray>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPair>

#include <functional>

// The test seam of ApiClient (Nextcloud's FakeQNAM): answers every request
// from a handler instead of the network, and can hang, delay, drop the
// connection or fail it. Records what was sent.
struct FakeResponse
{
    enum class Behaviour { Respond, Hang, DropConnection, NetworkError };

    Behaviour behaviour = Behaviour::Respond;
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json";
    QList<QPair<QByteArray, QByteArray>> headers;
    int delayMs = 0;
    QNetworkReply::NetworkError error = QNetworkReply::ConnectionRefusedError;

    static FakeResponse json(int status, const QByteArray &body)
    {
        FakeResponse response;
        response.status = status;
        response.body = body;
        return response;
    }
    static FakeResponse problem(int status, const QByteArray &slug, const QByteArray &title)
    {
        FakeResponse response;
        response.status = status;
        response.contentType = "application/problem+json";
        response.body = "{\"type\":\"urn:rathaus:problem:" + slug + "\",\"title\":\"" + title +
            "\",\"status\":" + QByteArray::number(status) + "}";
        return response;
    }
    static FakeResponse hang()
    {
        FakeResponse response;
        response.behaviour = Behaviour::Hang;
        return response;
    }
};

struct RecordedRequest
{
    QByteArray method;
    QNetworkRequest request;
    QByteArray body;

    QString path() const { return request.url().path(); }
    QByteArray header(const QByteArray &name) const { return request.rawHeader(name); }
};

class FakeNetworkAccessManager : public QNetworkAccessManager
{
    Q_OBJECT
public:
    using Handler = std::function<FakeResponse(const RecordedRequest &)>;

    explicit FakeNetworkAccessManager(QObject *parent = nullptr);

    void setHandler(Handler handler) { m_handler = std::move(handler); }
    const QList<RecordedRequest> &requests() const { return m_requests; }
    QList<RecordedRequest> requestsTo(const QString &pathSuffix) const;
    void clearRequests() { m_requests.clear(); }

protected:
    QNetworkReply *createRequest(Operation operation, const QNetworkRequest &request,
                                 QIODevice *outgoingData) override;

private:
    Handler m_handler;
    QList<RecordedRequest> m_requests;
};

// A reply that plays a FakeResponse.
class FakeReply : public QNetworkReply
{
    Q_OBJECT
public:
    FakeReply(const RecordedRequest &recorded, FakeResponse response, QObject *parent);

    void abort() override;
    qint64 bytesAvailable() const override;
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;

private:
    void play();
    void fail(QNetworkReply::NetworkError error, const QString &message);

    FakeResponse m_response;
    QByteArray m_buffer;
    qint64 m_offset = 0;
};
