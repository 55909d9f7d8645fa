#pragma once

#include "common/core/Problem.h"
#include "common/wire/StaffAccount.h"

#include <QAbstractTableModel>
#include <QList>

#include <functional>

namespace rathaus::client {

class AdminApi;

// The staff accounts as a table for the administrator: one row per account,
// by username. Loads with reload(); replace() puts a changed account in.
class StaffAccountsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        UsernameColumn,
        NameColumn,
        RoleColumn,
        OfficeColumn,
        StatusColumn,
        LastLoginColumn,
        ColumnCount
    };
    enum DataRole {
        AccountIdRole = Qt::UserRole + 1,
        DisabledRole, // bool
        UsernameRole,
    };
    enum class State { Idle, Loading, Ready, Failed };
    using OfficeName = std::function<QString(const QString &officeId)>;

    explicit StaffAccountsModel(AdminApi *api, QObject *parent = nullptr);

    // Names offices in the table (the catalogue knows them); ids otherwise.
    void setOfficeName(OfficeName officeName);

    void reload();
    void clear();
    void setAccounts(QList<StaffAccount> accounts);
    // Puts the account in (replacing the one with its id, or adding it).
    void replace(const StaffAccount &account);

    State state() const { return m_state; }
    const Problem &problem() const { return m_problem; }
    const QList<StaffAccount> &accounts() const { return m_accounts; }
    const StaffAccount *account(int row) const;
    int rowOf(const QString &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    void stateChanged();

private:
    void setState(State state);

    AdminApi *m_api;
    OfficeName m_officeName;
    QList<StaffAccount> m_accounts;
    State m_state = State::Idle;
    Problem m_problem;
    quint64 m_generation = 0;
};

} // namespace rathaus::client
