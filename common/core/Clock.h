#pragma once

#include <QDateTime>

#include <atomic>

namespace rathaus {

// The time, behind a seam: tests move a ManualClock instead of sleeping.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0; // UTC
    qint64 nowSeconds() const { return now().toSecsSinceEpoch(); }

    static Clock &system();
};

// Thread-safe: the backend reads it from worker threads while a test advances it.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(QDateTime start = QDateTime::currentDateTimeUtc())
        : m_msecs(start.toMSecsSinceEpoch()) {}
    QDateTime now() const override { return QDateTime::fromMSecsSinceEpoch(m_msecs.load(), Qt::UTC); }
    void advance(qint64 seconds) { m_msecs += seconds * 1000; }
    void set(const QDateTime &time) { m_msecs = time.toMSecsSinceEpoch(); }

private:
    std::atomic<qint64> m_msecs;
};

} // namespace rathaus
