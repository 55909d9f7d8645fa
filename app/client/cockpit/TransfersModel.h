#pragma once

#include "app/client/cockpit/CockpitDirectory.h"
#include "common/core/Problem.h"
#include "common/wire/Transfer.h"

#include <QAbstractListModel>

namespace rathaus::client {

class CockpitApi;

// Requests to forward the citizen's data between offices, and the history
// of all transfers (GET /me/transfers): pending requests first (soonest
// created first within them is not promised by the contract, so newest
// first throughout), then everything else newest first.
class TransfersModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        TransferIdRole = Qt::UserRole + 1,
        StatusRole, // wire name
        IsPendingRole, // bool: waits for the citizen's decision
    };
    enum class State { Idle, Loading, Ready, NotAvailable, Failed };

    explicit TransfersModel(CockpitApi *api, QObject *parent = nullptr);

    void reload();
    void clear();
    void setTransfers(QList<Transfer> transfers);
    void setDirectory(const CockpitDirectory &directory);

    State state() const { return m_state; }
    const Problem &problem() const { return m_problem; }
    int pendingCount() const;
    const QList<Transfer> &transfers() const { return m_transfers; }
    const Transfer *transfer(const QString &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // "Elterngeldstelle asks Standesamt for: birth" - one line, for lists.
    static QString summary(const Transfer &transfer, const CockpitDirectory &directory);

signals:
    void stateChanged();
    void pendingCountChanged(int count);

private:
    void setState(State state);

    CockpitApi *m_api;
    CockpitDirectory m_directory;
    QList<Transfer> m_transfers;
    State m_state = State::Idle;
    Problem m_problem;
    int m_lastPending = 0;
    quint64 m_generation = 0;
};

} // namespace rathaus::client
