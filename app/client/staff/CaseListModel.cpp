#include "app/client/staff/CaseListModel.h"

#include "app/client/ServiceCatalogueModel.h"
#include "app/client/staff/StaffApi.h"

#include <QLocale>
#include <QSet>

namespace rathaus::client {

CaseListModel::CaseListModel(StaffApi *api, ServiceCatalogueModel *catalogue, QObject *parent)
    : QAbstractTableModel(parent), m_api(api), m_catalogue(catalogue),
      m_now([] { return QDateTime::currentDateTimeUtc(); })
{
    if (m_catalogue) {
        // Service titles arrive (or change language) after the rows.
        auto refresh = [this] {
            if (!m_rows.isEmpty())
                emit dataChanged(index(0, Service), index(rowCount() - 1, Service));
        };
        connect(m_catalogue, &QAbstractItemModel::modelReset, this, refresh);
        connect(m_catalogue, &QAbstractItemModel::dataChanged, this, refresh);
    }
}

void CaseListModel::setQuery(const CaseQuery &query)
{
    beginResetModel();
    m_query = query;
    m_rows.clear();
    m_rows.squeeze();
    m_cursor.clear();
    m_pagesFetched = 0;
    m_hasMore = true;
    ++m_generation;
    const bool wasLoading = m_loading;
    m_loading = false;
    endResetModel();
    if (wasLoading)
        emit loadingChanged(false);
    fetchMore();
}

void CaseListModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_rows.squeeze();
    m_cursor.clear();
    m_pagesFetched = 0;
    m_hasMore = false;
    ++m_generation;
    m_loading = false;
    endResetModel();
}

const StaffCaseSummary *CaseListModel::caseAt(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return nullptr;
    return &m_rows.at(row);
}

int CaseListModel::rowOf(const QString &caseId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == caseId)
            return row;
    }
    return -1;
}

void CaseListModel::updateCase(const StaffCaseSummary &summary)
{
    const int row = rowOf(summary.id);
    if (row < 0)
        return;
    m_rows[row] = summary;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int CaseListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CaseListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool CaseListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_hasMore && !m_loading;
}

void CaseListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_loading = true;
    emit loadingChanged(true);
    const quint64 generation = m_generation;
    m_api->listCases(
        m_query, m_cursor, m_pageSize, this, [this, generation](const Result<CasePage> &result) {
            if (generation != m_generation)
                return;
            m_loading = false;
            if (!result.ok()) {
                // No further automatic attempts: the page offers a retry.
                m_hasMore = false;
                emit loadingChanged(false);
                emit pageFailed(result.problem());
                return;
            }
            const CasePage &page = result.value();
            ++m_pagesFetched;
            m_cursor = page.nextCursor;
            m_hasMore = !page.nextCursor.isEmpty();
            if (!page.items.isEmpty()) {
                beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.items.size()) - 1);
                m_rows.append(page.items);
                endInsertRows();
            }
            emit loadingChanged(false);
            emit pageLoaded(int(m_rows.size()));
        });
}

int CaseListModel::columnOf(CaseQuery::SortKey key)
{
    switch (key) {
    case CaseQuery::SortKey::Received:
        return Received;
    case CaseQuery::SortKey::Deadline:
        return Deadline;
    case CaseQuery::SortKey::Reference:
        return Reference;
    }
    return -1;
}

std::optional<CaseQuery::SortKey> CaseListModel::sortKeyOf(int column)
{
    switch (column) {
    case Received:
        return CaseQuery::SortKey::Received;
    case Deadline:
        return CaseQuery::SortKey::Deadline;
    case Reference:
        return CaseQuery::SortKey::Reference;
    default:
        return std::nullopt;
    }
}

void CaseListModel::sort(int column, Qt::SortOrder order)
{
    const auto key = sortKeyOf(column);
    if (!key)
        return;
    CaseQuery query = m_query;
    query.sortKey = *key;
    query.descending = order == Qt::DescendingOrder;
    if (query == m_query && m_pagesFetched > 0)
        return;
    setQuery(query); // the order is the server's: a new first page
}

bool CaseListModel::refreshFirstPage()
{
    if (m_loading || m_pagesFetched != 1)
        return false;
    const quint64 generation = m_generation;
    m_api->listCases(
        m_query, QString(), m_pageSize, this, [this, generation](const Result<CasePage> &result) {
            // A newer query or a page fetched meanwhile wins.
            if (generation != m_generation || m_loading || m_pagesFetched != 1 || !result.ok())
                return;
            merge(result.value().items);
            m_cursor = result.value().nextCursor;
            m_hasMore = !m_cursor.isEmpty();
            emit pageLoaded(int(m_rows.size()));
        });
    return true;
}

void CaseListModel::merge(const QList<StaffCaseSummary> &fresh)
{
    QSet<QString> freshIds;
    for (const StaffCaseSummary &item : fresh)
        freshIds.insert(item.id);
    // Gone (another status now, or pushed to the next page): removed one by one.
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (!freshIds.contains(m_rows.at(row).id)) {
            beginRemoveRows({}, row, row);
            m_rows.removeAt(row);
            endRemoveRows();
        }
    }
    // What stayed keeps its rows (and so the view's selection); new ones
    // are inserted where the server's order puts them.
    for (int row = 0; row < fresh.size(); ++row) {
        const StaffCaseSummary &item = fresh.at(row);
        const int at = rowOf(item.id);
        if (at == row) {
            if (!(m_rows.at(row) == item)) {
                m_rows[row] = item;
                emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
            }
        } else if (at < 0) {
            beginInsertRows({}, row, row);
            m_rows.insert(row, item);
            endInsertRows();
        } else {
            // Moved (e.g. a changed deadline): moved as a row, not reset.
            beginMoveRows({}, at, at, {}, row);
            m_rows.move(at, row);
            endMoveRows();
            if (!(m_rows.at(row) == item)) {
                m_rows[row] = item;
                emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
            }
        }
    }
}

QString CaseListModel::assigneeText(const StaffCaseSummary &summary) const
{
    if (summary.assignee.isEmpty())
        return tr("nobody");
    if (!m_userId.isEmpty() && summary.assignee == m_userId)
        return tr("me");
    if (!summary.assigneeName.isEmpty())
        return summary.assigneeName;
    return tr("a colleague");
}

QVariant CaseListModel::display(const StaffCaseSummary &summary, int column) const
{
    const QLocale locale;
    switch (column) {
    case Reference:
        return summary.reference;
    case Service: {
        const ServiceSummary *service =
            m_catalogue ? m_catalogue->service(summary.serviceId) : nullptr;
        if (service)
            return service->title.in(m_catalogue->language());
        return summary.serviceTitle.isEmpty() ? summary.serviceId : summary.serviceTitle;
    }
    case Citizen:
        return summary.citizenName.isEmpty() ? tr("unknown") : summary.citizenName;
    case Received:
        return summary.receivedAt.isValid()
            ? locale.toString(summary.receivedAt.toLocalTime(), QLocale::ShortFormat)
            : QString();
    case Status:
        return statusLabel(summary.status);
    case Assignee:
        return assigneeText(summary);
    case Deadline: {
        if (!summary.deadline.isValid())
            return tr("none");
        const QString date =
            locale.toString(summary.deadline.toLocalTime().date(), QLocale::ShortFormat);
        return summary.isOverdue(m_now()) ? tr("%1 (overdue)").arg(date) : date;
    }
    default:
        return {};
    }
}

QVariant CaseListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StaffCaseSummary &summary = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return display(summary, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Deadline && summary.isOverdue(m_now()))
            return tr("The legal deadline has passed.");
        return {};
    case CaseIdRole:
        return summary.id;
    case StatusRole:
        return int(summary.status);
    case OverdueRole:
        return summary.isOverdue(m_now());
    case SortRole:
        switch (index.column()) {
        case Received:
            return summary.receivedAt;
        case Deadline:
            return summary.deadline;
        case Status:
            return int(summary.status);
        default:
            return display(summary, index.column());
        }
    default:
        return {};
    }
}

QString CaseListModel::sortDescription(int section) const
{
    const auto key = sortKeyOf(section);
    if (!key)
        return {}; // the server does not sort by it
    const QString column = headerData(section, Qt::Horizontal, Qt::DisplayRole).toString();
    if (*key != m_query.sortKey)
        return tr("Click to sort by “%1”.").arg(column);
    // The arrow alone is ambiguous (styles draw ascending as ▼): say it.
    QString order;
    switch (*key) {
    case CaseQuery::SortKey::Received:
        order = m_query.descending ? tr("newest first") : tr("oldest first");
        break;
    case CaseQuery::SortKey::Deadline:
        order = m_query.descending ? tr("latest deadline first") : tr("earliest deadline first");
        break;
    case CaseQuery::SortKey::Reference:
        order = m_query.descending ? tr("descending") : tr("ascending");
        break;
    }
    return tr("Sorted by “%1”, %2. Click to reverse.").arg(column, order);
}

QVariant CaseListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal &&
        (role == Qt::ToolTipRole || role == Qt::AccessibleDescriptionRole)) {
        const QString description = sortDescription(section);
        return description.isEmpty() ? QVariant() : QVariant(description);
    }
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Reference:
        return tr("Reference");
    case Service:
        return tr("Service");
    case Citizen:
        return tr("Citizen");
    case Received:
        return tr("Received");
    case Status:
        return tr("Status");
    case Assignee:
        return tr("Assigned to");
    case Deadline:
        return tr("Deadline");
    default:
        return {};
    }
}

} // namespace rathaus::client
