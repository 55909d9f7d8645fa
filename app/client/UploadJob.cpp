#include "app/client/UploadJob.h"

#include "app/client/LoggingCategories.h"
#include "app/client/Session.h"

#include <QFile>
#include <QJsonObject>
#include <QUrl>

namespace rathaus::client {

UploadJob::UploadJob(Session *session, LocalFile file, QObject *parent)
    : QObject(parent), m_session(session), m_file(std::move(file))
{ }

void UploadJob::start()
{
    if (m_state == State::Sending || m_state == State::Done)
        return;
    m_problem = {};
    m_sent = 0;
    QFile input(m_file.path);
    QByteArray content;
    if (input.open(QIODevice::ReadOnly))
        content = input.readAll();
    // The file may have changed since it was checked: check what is sent.
    if (content.isEmpty() || UploadCheck::sniff(content.left(16)) != m_file.mediaType) {
        finish(Problem::make(0, QStringLiteral("unreadable"),
                             tr("The file could not be read any more. Please choose it again.")));
        return;
    }
    m_file.size = content.size();

    ApiRequest request =
        ApiRequest::postRaw(QStringLiteral("/uploads"), content, m_file.mediaType.toLatin1());
    // Header values are Latin-1: the name travels percent-encoded UTF-8.
    request.headers.append({ QByteArrayLiteral("X-Filename"), QUrl::toPercentEncoding(m_file.name) });
    delete m_ticket;
    auto *ticket = new QObject(this);
    m_ticket = ticket;
    request.uploadProgress = [this, ticket](qint64 sent, qint64 total) {
        if (m_ticket != ticket || total <= 0)
            return;
        m_sent = sent;
        emit progress(sent, total);
    };
    setState(State::Sending);
    emit progress(0, m_file.size);
    m_session->send(request, ticket, [this, ticket](const ApiResult &result) {
        ticket->deleteLater();
        if (!result.ok())
            return finish(result.problem());
        const QJsonObject answer = result.value().json.object();
        m_uploadId = answer.value(QLatin1String("id")).toString();
        m_sha256 = answer.value(QLatin1String("sha256")).toString();
        if (m_uploadId.isEmpty())
            return finish(Problem::make(
                result.value().status, QStringLiteral("malformed-response"),
                tr("The city's server sent an answer that could not be read.")));
        m_sent = m_file.size;
        emit progress(m_file.size, m_file.size);
        qCDebug(lcApi) << "upload done" << result.value().requestId;
        setState(State::Done);
    });
}

void UploadJob::cancel()
{
    if (!isActive())
        return;
    delete m_ticket; // aborts the transfer; its answer is dropped
    setState(State::Cancelled);
}

void UploadJob::requeue()
{
    if (m_state == State::Failed || m_state == State::Cancelled) {
        m_problem = {};
        m_sent = 0;
        setState(State::Waiting);
    }
}

void UploadJob::finish(const Problem &problem)
{
    m_problem = problem;
    setState(State::Failed);
}

void UploadJob::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

} // namespace rathaus::client
