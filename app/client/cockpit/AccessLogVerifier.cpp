#include "app/client/cockpit/AccessLogVerifier.h"

#include "app/client/LoggingCategories.h"
#include "app/client/cockpit/CockpitApi.h"

namespace rathaus::client {

AccessLogVerifier::AccessLogVerifier(CockpitApi *api, QObject *parent) : QObject(parent), m_api(api)
{ }

void AccessLogVerifier::clear()
{
    ++m_generation;
    m_running = false;
    m_failed = false;
    m_problem = {};
    m_audit.reset();
    emit verdictChanged();
}

void AccessLogVerifier::start()
{
    clear();
    m_running = true;
    fetch(QString());
}

void AccessLogVerifier::fetch(const QString &cursor)
{
    AccessLogQuery query;
    query.cursor = cursor;
    query.limit = m_pageSize;
    const quint64 generation = m_generation;
    m_api->fetchAccessLog(
        query, this, [this, generation](const Result<Page<AccessLogEntry>> &page) {
            if (generation != m_generation)
                return; // a newer check started meanwhile
            if (!page.ok()) {
                m_running = false;
                m_failed = true;
                m_problem = page.problem();
                m_audit.reset();
                qCInfo(lcUi) << "access-log check stopped:" << m_problem.status << m_problem.slug();
                emit verdictChanged();
                return;
            }
            m_audit.addPage(page.value().items);
            if (page.value().hasMore()) {
                emit verdictChanged();
                fetch(page.value().nextCursor);
                return;
            }
            m_audit.finish(m_clock->now());
            m_running = false;
            // Counts only: which entry is flawed is the citizen's business, not the log's.
            qCInfo(lcUi) << "access-log check done:" << verdict().checked << "entries,"
                         << verdict().flawCount << "flaws";
            emit verdictChanged();
        });
}

} // namespace rathaus::client
