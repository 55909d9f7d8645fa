#pragma once

#include "app/client/UploadCheck.h"

#include <QList>
#include <QObject>
#include <QPointer>

namespace rathaus::client {

class Session;
class UploadJob;

// Where file editors hand their files: sends at most `maxParallel` at once
// (a slow line is shared, not split among ten files), the rest wait their
// turn. Jobs belong to whoever asked for them; a deleted job leaves the queue.
class UploadQueue : public QObject
{
    Q_OBJECT
public:
    explicit UploadQueue(Session *session, QObject *parent = nullptr);

    // A new job for `file`, owned by `owner`; it starts when a slot is free.
    UploadJob *enqueue(const LocalFile &file, QObject *owner);
    // Puts a failed or cancelled job back in line.
    void retry(UploadJob *job);
    // Stops every transfer (sign-out).
    void cancelAll();

    int maxParallel() const { return m_maxParallel; }
    void setMaxParallel(int count) { m_maxParallel = qMax(1, count); }

private:
    void pump();

    Session *m_session;
    QList<QPointer<UploadJob>> m_jobs; // in the order they were asked for
    int m_maxParallel = 2;
    bool m_pumping = false;
};

} // namespace rathaus::client
