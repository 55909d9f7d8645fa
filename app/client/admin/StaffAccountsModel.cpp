#include "app/client/admin/StaffAccountsModel.h"

#include "app/client/admin/AdminApi.h"
#include "app/client/staff/RoleText.h"

#include <QLocale>

#include <algorithm>

namespace rathaus::client {

StaffAccountsModel::StaffAccountsModel(AdminApi *api, QObject *parent)
    : QAbstractTableModel(parent), m_api(api)
{ }

void StaffAccountsModel::setOfficeName(OfficeName officeName)
{
    m_officeName = std::move(officeName);
    if (!m_accounts.isEmpty())
        emit dataChanged(index(0, OfficeColumn), index(rowCount() - 1, OfficeColumn));
}

void StaffAccountsModel::reload()
{
    const quint64 generation = ++m_generation;
    setState(State::Loading);
    m_api->listStaff(this, [this, generation](const Result<QList<StaffAccount>> &result) {
        if (generation != m_generation)
            return; // a newer reload or a clear() came first
        if (!result) {
            m_problem = result.problem();
            setState(State::Failed);
            return;
        }
        setAccounts(result.value());
    });
}

void StaffAccountsModel::clear()
{
    ++m_generation;
    beginResetModel();
    m_accounts.clear();
    endResetModel();
    m_problem = {};
    setState(State::Idle);
}

void StaffAccountsModel::setAccounts(QList<StaffAccount> accounts)
{
    std::sort(accounts.begin(), accounts.end(),
              [](const StaffAccount &a, const StaffAccount &b) { return a.username < b.username; });
    beginResetModel();
    m_accounts = std::move(accounts);
    endResetModel();
    m_problem = {};
    setState(State::Ready);
}

void StaffAccountsModel::replace(const StaffAccount &account)
{
    const int row = rowOf(account.id);
    if (row >= 0) {
        m_accounts[row] = account;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    const auto at = std::lower_bound(
        m_accounts.begin(), m_accounts.end(), account,
        [](const StaffAccount &a, const StaffAccount &b) { return a.username < b.username; });
    const int position = int(at - m_accounts.begin());
    beginInsertRows({}, position, position);
    m_accounts.insert(position, account);
    endInsertRows();
}

const StaffAccount *StaffAccountsModel::account(int row) const
{
    return row >= 0 && row < m_accounts.size() ? &m_accounts[row] : nullptr;
}

int StaffAccountsModel::rowOf(const QString &id) const
{
    for (int row = 0; row < m_accounts.size(); ++row) {
        if (m_accounts[row].id == id)
            return row;
    }
    return -1;
}

int StaffAccountsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_accounts.size());
}

int StaffAccountsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StaffAccountsModel::data(const QModelIndex &index, int role) const
{
    const StaffAccount *entry = index.isValid() ? account(index.row()) : nullptr;
    if (!entry)
        return {};
    switch (role) {
    case AccountIdRole:
        return entry->id;
    case DisabledRole:
        return entry->disabled;
    case UsernameRole:
        return entry->username;
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case UsernameColumn:
        return entry->username;
    case NameColumn:
        return entry->displayName;
    case RoleColumn:
        return RoleText::displayName(entry->role);
    case OfficeColumn:
        if (entry->officeId.isEmpty())
            return tr("all offices");
        return m_officeName ? m_officeName(entry->officeId) : entry->officeId;
    case StatusColumn:
        return entry->disabled ? tr("Disabled") : tr("Active");
    case LastLoginColumn:
        if (!entry->lastLoginAt.isValid())
            return tr("never");
        return QLocale().toString(entry->lastLoginAt.toLocalTime(), QLocale::ShortFormat);
    default:
        return {};
    }
}

QVariant StaffAccountsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case UsernameColumn:
        return tr("Username");
    case NameColumn:
        return tr("Name");
    case RoleColumn:
        return tr("Role");
    case OfficeColumn:
        return tr("Office");
    case StatusColumn:
        return tr("Status");
    case LastLoginColumn:
        return tr("Last sign-in");
    default:
        return {};
    }
}

void StaffAccountsModel::setState(State state)
{
    m_state = state;
    emit stateChanged();
}

} // namespace rathaus::client
