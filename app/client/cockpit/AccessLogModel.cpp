#include "app/client/cockpit/AccessLogModel.h"

#include "app/client/LoggingCategories.h"
#include "app/client/cockpit/AccessLogText.h"
#include "app/client/cockpit/CockpitApi.h"

#include <QCoreApplication>

namespace rathaus::client {

AccessLogModel::AccessLogModel(CockpitApi *api, QObject *parent)
    : QAbstractListModel(parent), m_api(api)
{ }

void AccessLogModel::setFilter(const AccessLogFilter &filter)
{
    m_filter = filter;
    startOver();
}

void AccessLogModel::reload()
{
    startOver();
}

void AccessLogModel::clear()
{
    ++m_generation;
    beginResetModel();
    m_entries.clear();
    m_cursor.clear();
    m_started = false;
    m_hasMore = false;
    m_failed = false;
    m_problem = {};
    endResetModel();
    setLoading(false);
}

void AccessLogModel::startOver()
{
    clear();
    m_started = true;
    m_hasMore = true;
    fetchMore({});
}

void AccessLogModel::setDirectory(const CockpitDirectory &directory)
{
    m_directory = directory;
    if (!m_entries.isEmpty())
        emit dataChanged(index(0), index(int(m_entries.size()) - 1),
                         { Qt::DisplayRole, Qt::AccessibleTextRole, WhenTextRole });
}

void AccessLogModel::setFlaggedEntry(const QString &entryId)
{
    if (m_flaggedId == entryId)
        return;
    m_flaggedId = entryId;
    if (!m_entries.isEmpty())
        emit dataChanged(index(0), index(int(m_entries.size()) - 1),
                         { FlaggedRole, Qt::AccessibleTextRole });
}

void AccessLogModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    emit loadingChanged(loading);
}

int AccessLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant AccessLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AccessLogEntry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return AccessLogText::sentence(entry, m_directory);
    case Qt::AccessibleTextRole:
        if (!m_flaggedId.isEmpty() && entry.id == m_flaggedId)
            //: Read out by screen readers before the entry the log check names
            return QCoreApplication::translate("AccessLogModel",
                                               "Warning, this entry fails the check: %1")
                .arg(AccessLogText::sentence(entry, m_directory));
        return AccessLogText::sentence(entry, m_directory);
    case EntryIdRole:
        return entry.id;
    case AtRole:
        return entry.at;
    case ActionRole:
        return accessActionToWire(entry.action);
    case OfficeIdRole:
        return entry.officeId;
    case RecordIdRole:
        return entry.recordId;
    case WhenTextRole:
        return AccessLogText::when(entry.at, m_directory.language);
    case FlaggedRole:
        return !m_flaggedId.isEmpty() && entry.id == m_flaggedId;
    default:
        return {};
    }
}

QHash<int, QByteArray> AccessLogModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(EntryIdRole, "entryId");
    names.insert(AtRole, "at");
    names.insert(ActionRole, "action");
    names.insert(OfficeIdRole, "officeId");
    names.insert(RecordIdRole, "recordId");
    names.insert(WhenTextRole, "whenText");
    names.insert(FlaggedRole, "flagged");
    return names;
}

bool AccessLogModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_started && m_hasMore && !m_loading && !m_failed;
}

void AccessLogModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    setLoading(true);
    AccessLogQuery query;
    query.cursor = m_cursor;
    query.limit = m_pageSize;
    query.officeId = m_filter.officeId;
    query.action = m_filter.action;
    const quint64 generation = m_generation;
    m_api->fetchAccessLog(
        query, this, [this, generation](const Result<Page<AccessLogEntry>> &page) {
            if (generation != m_generation)
                return; // the filter changed meanwhile
            if (!page.ok()) {
                m_failed = true;
                m_problem = page.problem();
                qCInfo(lcUi) << "access-log page failed:" << m_problem.status << m_problem.slug();
                setLoading(false);
                emit failed(m_problem);
                return;
            }
            onPage(page.value().items, page.value().nextCursor);
        });
}

void AccessLogModel::onPage(const QList<AccessLogEntry> &newestFirst, const QString &nextCursor)
{
    m_cursor = nextCursor;
    m_hasMore = !nextCursor.isEmpty();
    QList<AccessLogEntry> shown;
    for (const AccessLogEntry &entry : newestFirst) {
        const QDate day = entry.at.toLocalTime().date();
        if (m_filter.to.isValid() && day > m_filter.to)
            continue;
        if (m_filter.from.isValid() && day < m_filter.from) {
            m_hasMore = false; // newest first: everything further is older still
            break;
        }
        shown.append(entry);
    }
    if (!shown.isEmpty()) {
        const int first = int(m_entries.size());
        beginInsertRows({}, first, first + int(shown.size()) - 1);
        m_entries.append(shown);
        endInsertRows();
    }
    setLoading(false);
    emit pageLoaded();
    // A page the period filtered away entirely adds no row for a view to
    // scroll to, so nothing would ask for the next one: ask here.
    if (shown.isEmpty() && m_hasMore)
        fetchMore({});
}

} // namespace rathaus::client
