#include "app/client/cockpit/TransfersModel.h"

#include "app/client/LoggingCategories.h"
#include "app/client/cockpit/CockpitApi.h"

#include <QCoreApplication>

#include <algorithm>

namespace rathaus::client {

TransfersModel::TransfersModel(CockpitApi *api, QObject *parent)
    : QAbstractListModel(parent), m_api(api)
{ }

void TransfersModel::setState(State state)
{
    m_state = state;
    emit stateChanged();
    const int pending = pendingCount();
    if (pending != m_lastPending) {
        m_lastPending = pending;
        emit pendingCountChanged(pending);
    }
}

void TransfersModel::clear()
{
    ++m_generation;
    beginResetModel();
    m_transfers.clear();
    endResetModel();
    m_problem = {};
    setState(State::Idle);
}

void TransfersModel::reload()
{
    const quint64 generation = ++m_generation;
    m_problem = {};
    setState(State::Loading);
    m_api->fetchTransfers(this, [this, generation](const Result<QList<Transfer>> &result) {
        if (generation != m_generation)
            return;
        if (!result.ok()) {
            m_problem = result.problem();
            qCInfo(lcUi) << "transfers not loaded:" << m_problem.status << m_problem.slug();
            setState(CockpitApi::isNotAvailable(m_problem) ? State::NotAvailable : State::Failed);
            return;
        }
        setTransfers(result.value());
    });
}

void TransfersModel::setTransfers(QList<Transfer> transfers)
{
    std::stable_sort(transfers.begin(), transfers.end(), [](const Transfer &a, const Transfer &b) {
        const bool aPending = a.status == TransferStatus::Requested;
        const bool bPending = b.status == TransferStatus::Requested;
        if (aPending != bPending)
            return aPending;
        return a.createdAt > b.createdAt;
    });
    beginResetModel();
    m_transfers = std::move(transfers);
    endResetModel();
    setState(State::Ready);
}

void TransfersModel::setDirectory(const CockpitDirectory &directory)
{
    m_directory = directory;
    if (!m_transfers.isEmpty())
        emit dataChanged(index(0), index(int(m_transfers.size()) - 1), { Qt::DisplayRole });
}

int TransfersModel::pendingCount() const
{
    return int(std::count_if(m_transfers.cbegin(), m_transfers.cend(), [](const Transfer &t) {
        return t.status == TransferStatus::Requested;
    }));
}

const Transfer *TransfersModel::transfer(const QString &id) const
{
    for (const Transfer &transfer : m_transfers) {
        if (transfer.id == id)
            return &transfer;
    }
    return nullptr;
}

int TransfersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_transfers.size());
}

QVariant TransfersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Transfer &transfer = m_transfers.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return summary(transfer, m_directory);
    case TransferIdRole:
        return transfer.id;
    case StatusRole:
        return transferStatusToWire(transfer.status);
    case IsPendingRole:
        return transfer.status == TransferStatus::Requested;
    default:
        return {};
    }
}

QString TransfersModel::summary(const Transfer &transfer, const CockpitDirectory &directory)
{
    QStringList what;
    for (const QString &id : transfer.recordIds) {
        const QString title = directory.recordTitle(id);
        what.append(title.isEmpty() ? CockpitDirectory::categoryText(QString()) : title);
    }
    for (const QString &category : transfer.categories)
        what.append(CockpitDirectory::categoryText(category));
    what.removeDuplicates();
    const QString from = directory.officeName(transfer.fromOfficeId);
    const QString to = directory.officeName(transfer.toOfficeId);
    if (transfer.requestedByCitizen()) {
        //: %1 sending office, %2 receiving office, %3 what
        return QCoreApplication::translate("TransfersModel", "You sent %3 from %1 to %2")
            .arg(from, to, what.join(QStringLiteral(", ")));
    }
    //: %1 receiving office (asks), %2 sending office, %3 what
    return QCoreApplication::translate("TransfersModel", "%1 asks %2 for %3")
        .arg(to, from, what.join(QStringLiteral(", ")));
}

} // namespace rathaus::client
