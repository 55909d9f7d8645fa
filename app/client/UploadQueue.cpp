#include "app/client/UploadQueue.h"

#include "app/client/UploadJob.h"

#include <QTimer>

#include <algorithm>

namespace rathaus::client {

UploadQueue::UploadQueue(Session *session, QObject *parent)
    : QObject(parent), m_session(session)
{ }

UploadJob *UploadQueue::enqueue(const LocalFile &file, QObject *owner)
{
    auto *job = new UploadJob(m_session, file, owner);
    m_jobs.append(job);
    connect(job, &UploadJob::stateChanged, this, &UploadQueue::pump);
    connect(job, &QObject::destroyed, this, [this] {
        // Later: pump() may not walk the list while it is being destroyed.
        QTimer::singleShot(0, this, &UploadQueue::pump);
    });
    // Queued, so the owner can connect to the job before it starts.
    QTimer::singleShot(0, this, &UploadQueue::pump);
    return job;
}

void UploadQueue::retry(UploadJob *job)
{
    if (!job || job->isActive())
        return;
    // Back at the end of the line, not ahead of files chosen meanwhile.
    m_jobs.removeAll(job);
    m_jobs.append(job);
    job->requeue();
    pump();
}

void UploadQueue::cancelAll()
{
    for (const QPointer<UploadJob> &job : std::as_const(m_jobs)) {
        if (job)
            job->cancel();
    }
}

void UploadQueue::pump()
{
    // A job that starts reports it at once; that report must not start a second pass.
    if (m_pumping)
        return;
    m_pumping = true;
    m_jobs.removeAll(nullptr);
    int sending = 0;
    for (const QPointer<UploadJob> &job : std::as_const(m_jobs))
        sending += job->state() == UploadJob::State::Sending ? 1 : 0;
    const QList<QPointer<UploadJob>> jobs = m_jobs;
    for (const QPointer<UploadJob> &job : jobs) {
        if (sending >= m_maxParallel)
            break;
        if (!job)
            continue;
        if (job->state() != UploadJob::State::Waiting)
            continue;
        job->start();
        ++sending;
    }
    // Finished jobs leave the line; their owners still hold them.
    m_jobs.erase(std::remove_if(m_jobs.begin(), m_jobs.end(),
                                [](const QPointer<UploadJob> &job) {
                                    return !job || !job->isActive();
                                }),
                 m_jobs.end());
    m_pumping = false;
}

} // namespace rathaus::client
