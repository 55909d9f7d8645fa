#include "app/client/ApplicationListModel.h"

#include "app/client/ApplicationsApi.h"
#include "app/client/Formatting.h"
#include "app/client/ServiceCatalogueModel.h"
#include "app/client/StatusText.h"

#include <QCoreApplication>
#include <QLocale>

namespace rathaus::client {

ApplicationListModel::ApplicationListModel(ApplicationsApi *api, ServiceCatalogueModel *catalogue,
                                           QObject *parent)
    : QAbstractTableModel(parent), m_api(api), m_catalogue(catalogue)
{
    // Service titles follow the catalogue's language.
    connect(catalogue, &QAbstractItemModel::dataChanged, this, [this] {
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
    });
    connect(catalogue, &QAbstractItemModel::modelReset, this, [this] {
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
    });
}

void ApplicationListModel::reload()
{
    clear();
    m_enabled = true;
    fetchMore({});
}

void ApplicationListModel::refresh()
{
    if (!m_enabled)
        return;
    if (!m_started || m_failed) {
        reload();
        return;
    }
    if (m_refreshing || m_loading) {
        m_refreshAgain = true;
        return;
    }
    m_refreshing = true;
    m_refreshAgain = false;
    constexpr int ServerMaxLimit = 200;
    const int limit = qBound(m_pageSize, int(m_rows.size()), ServerMaxLimit);
    const quint64 generation = m_generation;
    m_api->list({}, limit, this,
                [this, generation](const Result<Page<ApplicationSummary>> &result) {
                    if (generation != m_generation)
                        return;
                    m_refreshing = false;
                    if (result.ok())
                        merge(result.value().items);
                    if (m_refreshAgain)
                        refresh();
                    else if (result.ok())
                        emit pageLoaded();
                });
}

void ApplicationListModel::merge(const QList<ApplicationSummary> &newest)
{
    // Newest first on both sides: an application not shown yet goes where
    // the server has it among the first rows (on top, for a new one).
    for (int i = 0; i < newest.size(); ++i) {
        const ApplicationSummary &item = newest.at(i);
        int row = -1;
        for (int r = 0; r < m_rows.size(); ++r) {
            if (m_rows.at(r).id == item.id) {
                row = r;
                break;
            }
        }
        if (row < 0) {
            const int at = qMin(i, int(m_rows.size()));
            beginInsertRows({}, at, at);
            m_rows.insert(at, item);
            endInsertRows();
        } else if (!(m_rows.at(row) == item)) {
            m_rows[row] = item;
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }
}

void ApplicationListModel::clear()
{
    ++m_generation;
    m_refreshing = false;
    m_refreshAgain = false;
    beginResetModel();
    m_rows.clear();
    m_nextCursor.clear();
    m_enabled = false;
    m_started = false;
    m_failed = false;
    m_problem = {};
    endResetModel();
    if (m_loading) {
        m_loading = false;
        emit loadingChanged(false);
    }
}

const ApplicationSummary *ApplicationListModel::application(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

void ApplicationListModel::updateApplication(const ApplicationSummary &application)
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == application.id) {
            m_rows[row] = application;
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
            return;
        }
    }
}

int ApplicationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ApplicationListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ApplicationListModel::serviceTitle(const QString &serviceId) const
{
    if (const ServiceSummary *service = m_catalogue->service(serviceId))
        return service->title.in(m_catalogue->language());
    return serviceId;
}

QVariant ApplicationListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ApplicationSummary &row = m_rows.at(index.row());
    const QString status = applicationStatusToWire(row.status);
    switch (role) {
    case ApplicationIdRole:
        return row.id;
    case StatusWireRole:
        return status;
    case NextStepRole: {
        const ServiceSummary *service = m_catalogue->service(row.serviceId);
        return StatusText::applicationHint(status, service ? service->processingDays : 0);
    }
    case Qt::TextAlignmentRole:
        return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (index.column() == StatusColumn)
            return data(index, NextStepRole);
        return {};
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case ReferenceColumn:
        return row.reference;
    case ServiceColumn:
        return serviceTitle(row.serviceId);
    case StatusColumn:
        if (row.unreadMessages > 0)
            //: Status in the list with unread office messages, e.g. "In review · • 1 new message"
            return QCoreApplication::translate("ApplicationListModel", "%1 · • %n new message(s)",
                                               nullptr, row.unreadMessages)
                .arg(StatusText::applicationLabel(status));
        return StatusText::applicationLabel(status);
    case FeeColumn: {
        if (row.feeCents <= 0)
            return Formatting::fee(FeeRule {});
        const QString payment = StatusText::paymentLabel(
            row.paymentStatus ? paymentStatusToWire(*row.paymentStatus) : QString(), row.feeCents);
        //: Fee and payment state in the list, e.g. "5,00 € · Not paid yet"
        return QCoreApplication::translate("ApplicationListModel", "%1 · %2")
            .arg(Formatting::money(row.feeCents, row.currency), payment);
    }
    case CreatedColumn:
        return QLocale().toString(row.createdAt.toLocalTime(), QLocale::ShortFormat);
    }
    return {};
}

QVariant ApplicationListModel::headerData(int section, Qt::Orientation orientation,
                                          int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ReferenceColumn:
        return QCoreApplication::translate("ApplicationListModel", "Reference");
    case ServiceColumn:
        return QCoreApplication::translate("ApplicationListModel", "Service");
    case StatusColumn:
        return QCoreApplication::translate("ApplicationListModel", "Status");
    case FeeColumn:
        return QCoreApplication::translate("ApplicationListModel", "Fee");
    case CreatedColumn:
        return QCoreApplication::translate("ApplicationListModel", "Filed on");
    }
    return {};
}

bool ApplicationListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_loading && !m_failed && hasMore();
}

void ApplicationListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_started = true;
    m_loading = true;
    emit loadingChanged(true);
    const quint64 generation = m_generation;
    m_api->list(m_nextCursor, m_pageSize, this,
                [this, generation](const Result<Page<ApplicationSummary>> &result) {
                    if (generation != m_generation)
                        return;
                    m_loading = false;
                    if (!result.ok()) {
                        m_failed = true;
                        m_problem = result.problem();
                        emit loadingChanged(false);
                        emit loadFailed(m_problem);
                        return;
                    }
                    const Page<ApplicationSummary> &page = result.value();
                    // The cursor first: a view may ask for more while the
                    // rows go in (rowsInserted), and must get the next page.
                    m_nextCursor = page.nextCursor;
                    if (!page.items.isEmpty()) {
                        beginInsertRows({}, int(m_rows.size()),
                                        int(m_rows.size() + page.items.size()) - 1);
                        m_rows.append(page.items);
                        endInsertRows();
                    }
                    emit loadingChanged(false);
                    emit pageLoaded();
                    if (m_refreshAgain)
                        refresh(); // an event came while this page was on its way
                });
}

} // namespace rathaus::client
