#include "app/client/staff/FeedbackListModel.h"

#include "app/client/ServiceCatalogueModel.h"
#include "app/client/staff/StaffApi.h"

#include <QLocale>

namespace rathaus::client {

FeedbackListModel::FeedbackListModel(StaffApi *api, ServiceCatalogueModel *catalogue,
                                     QObject *parent)
    : QAbstractTableModel(parent), m_api(api), m_catalogue(catalogue)
{ }

void FeedbackListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_cursor.clear();
    m_hasMore = true;
    m_loading = false;
    ++m_generation;
    endResetModel();
    fetchMore();
}

const Feedback *FeedbackListModel::feedbackAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int FeedbackListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FeedbackListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool FeedbackListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_hasMore && !m_loading;
}

void FeedbackListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_loading = true;
    emit loadingChanged(true);
    const quint64 generation = m_generation;
    m_api->listFeedback(
        m_cursor, m_pageSize, this, [this, generation](const Result<FeedbackPage> &result) {
            if (generation != m_generation)
                return;
            m_loading = false;
            if (!result.ok()) {
                m_hasMore = false;
                emit loadingChanged(false);
                emit pageFailed(result.problem());
                return;
            }
            const FeedbackPage &page = result.value();
            m_cursor = page.nextCursor;
            m_hasMore = !m_cursor.isEmpty();
            if (!page.items.isEmpty()) {
                beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.items.size()) - 1);
                m_rows.append(page.items);
                endInsertRows();
            }
            emit loadingChanged(false);
            emit pageLoaded(int(m_rows.size()));
        });
}

QString FeedbackListModel::serviceName(const Feedback &feedback) const
{
    if (feedback.serviceId.isEmpty())
        return tr("General");
    const ServiceSummary *service =
        m_catalogue ? m_catalogue->service(feedback.serviceId) : nullptr;
    return service ? service->title.in(m_catalogue->language()) : feedback.serviceId;
}

QVariant FeedbackListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Feedback &feedback = m_rows.at(index.row());
    if (role == Qt::ToolTipRole && index.column() == Text)
        return feedback.text;
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case Date:
        return QLocale().toString(feedback.createdAt.toLocalTime(), QLocale::ShortFormat);
    case Service:
        return serviceName(feedback);
    case Text:
        // One line in the table; the whole text below it and as tooltip.
        return QString(feedback.text).replace(QLatin1Char('\n'), QLatin1Char(' '));
    default:
        return {};
    }
}

QVariant FeedbackListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Date:
        return tr("Received");
    case Service:
        return tr("Service");
    case Text:
        return tr("Suggestion");
    default:
        return {};
    }
}

} // namespace rathaus::client
