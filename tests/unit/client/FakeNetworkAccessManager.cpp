#include "FakeNetworkAccessManager.h"

#include <QTimer>

#include <cstring>

FakeNetworkAccessManager::FakeNetworkAccessManager(QObject *parent) : QNetworkAccessManager(parent)
{ }

QList<RecordedRequest> FakeNetworkAccessManager::requestsTo(const QString &pathSuffix) const
{
    QList<RecordedRequest> matching;
    for (const RecordedRequest &recorded : m_requests) {
        if (recorded.path().endsWith(pathSuffix))
            matching.append(recorded);
    }
    return matching;
}

QNetworkReply *FakeNetworkAccessManager::createRequest(Operation operation,
                                                       const QNetworkRequest &request,
                                                       QIODevice *outgoingData)
{
    RecordedRequest recorded;
    recorded.request = request;
    switch (operation) {
    case GetOperation:
        recorded.method = "GET";
        break;
    case PostOperation:
        recorded.method = "POST";
        break;
    case PutOperation:
        recorded.method = "PUT";
        break;
    case DeleteOperation:
        recorded.method = "DELETE";
        break;
    case HeadOperation:
        recorded.method = "HEAD";
        break;
    default:
        recorded.method = request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray();
        break;
    }
    if (outgoingData)
        recorded.body = outgoingData->readAll();
    m_requests.append(recorded);
    const FakeResponse response = m_handler ? m_handler(recorded) : FakeResponse::json(404, "{}");
    return new FakeReply(recorded, response, this);
}

FakeReply::FakeReply(const RecordedRequest &recorded, FakeResponse response, QObject *parent)
    : QNetworkReply(parent), m_response(std::move(response))
{
    setRequest(recorded.request);
    setUrl(recorded.request.url());
    setOperation(QNetworkAccessManager::CustomOperation);
    open(QIODevice::ReadOnly);
    if (m_response.behaviour == FakeResponse::Behaviour::Hang)
        return; // nothing ever comes: only a timeout ends this
    QTimer::singleShot(m_response.delayMs, this, &FakeReply::play);
}

void FakeReply::play()
{
    if (isFinished())
        return;
    switch (m_response.behaviour) {
    case FakeResponse::Behaviour::Hang:
        return;
    case FakeResponse::Behaviour::DropConnection:
        fail(QNetworkReply::RemoteHostClosedError, QStringLiteral("Connection closed"));
        return;
    case FakeResponse::Behaviour::NetworkError:
        fail(m_response.error, QStringLiteral("Network error"));
        return;
    case FakeResponse::Behaviour::Respond:
        break;
    }
    setAttribute(QNetworkRequest::HttpStatusCodeAttribute, m_response.status);
    setHeader(QNetworkRequest::ContentTypeHeader, m_response.contentType);
    setHeader(QNetworkRequest::ContentLengthHeader, m_response.body.size());
    for (const auto &[name, value] : m_response.headers)
        setRawHeader(name, value);
    m_buffer = m_response.body;
    emit metaDataChanged();
    if (m_response.status >= 400) // like Qt's HTTP backend: an error, the body still readable
        setError(QNetworkReply::ProtocolInvalidOperationError, QStringLiteral("HTTP error"));
    if (!m_buffer.isEmpty()) {
        emit downloadProgress(m_buffer.size(), m_buffer.size());
        emit readyRead();
    }
    setFinished(true);
    emit finished();
}

void FakeReply::fail(QNetworkReply::NetworkError error, const QString &message)
{
    setError(error, message);
    setFinished(true);
    emit errorOccurred(error);
    emit finished();
}

void FakeReply::abort()
{
    if (isFinished())
        return;
    fail(QNetworkReply::OperationCanceledError, QStringLiteral("Operation canceled"));
}

qint64 FakeReply::bytesAvailable() const
{
    return m_buffer.size() - m_offset + QIODevice::bytesAvailable();
}

qint64 FakeReply::readData(char *data, qint64 maxSize)
{
    const qint64 count = qMin(maxSize, m_buffer.size() - m_offset);
    if (count <= 0)
        return m_offset >= m_buffer.size() && isFinished() ? -1 : 0;
    std::memcpy(data, m_buffer.constData() + m_offset, size_t(count));
    m_offset += count;
    return count;
}
