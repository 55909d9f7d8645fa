#pragma once

#include "app/client/UploadCheck.h"
#include "common/core/Problem.h"

#include <QObject>
#include <QPointer>

namespace rathaus::client {

class Session;

// One file on its way to POST /uploads: waiting, sending (with progress),
// then done with the backend's upload id, failed (retry() sends it again) or
// cancelled. The file is read when it is sent, not before.
class UploadJob : public QObject
{
    Q_OBJECT
public:
    enum class State { Waiting, Sending, Done, Failed, Cancelled };
    Q_ENUM(State)

    UploadJob(Session *session, LocalFile file, QObject *parent = nullptr);

    const LocalFile &file() const { return m_file; }
    State state() const { return m_state; }
    QString uploadId() const { return m_uploadId; } // when Done
    QString sha256() const { return m_sha256; }
    Problem problem() const { return m_problem; } // when Failed
    qint64 bytesSent() const { return m_sent; }
    bool isActive() const { return m_state == State::Waiting || m_state == State::Sending; }

    // Sends the file now (the queue calls this when a slot is free).
    void start();
    void cancel();
    // Failed or cancelled: waiting again for the queue.
    void requeue();

signals:
    void progress(qint64 sent, qint64 total);
    void stateChanged(rathaus::client::UploadJob::State state);

private:
    void setState(State state);
    void finish(const Problem &problem);

    Session *m_session;
    LocalFile m_file;
    State m_state = State::Waiting;
    QString m_uploadId;
    QString m_sha256;
    Problem m_problem;
    qint64 m_sent = 0;
    // The context of the request in flight: deleting it aborts the transfer.
    QPointer<QObject> m_ticket;
};

} // namespace rathaus::client
