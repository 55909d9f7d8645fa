#pragma once

#include "common/core/Problem.h"

#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;
class QTreeWidget;
class QVBoxLayout;

namespace rathaus::client {
class CockpitApi;
class RecordsModel;
class TransfersModel;
struct CockpitDirectory;
} // namespace rathaus::client

namespace rathaus {
struct Transfer;
}

namespace rathaus::ui {

// "Requests": offices asking to forward the citizen's data to another office.
// Pending requests first, as cards (who asks, for what, why, on which legal
// basis, until when) with approve / approve only some records / decline;
// below, the history of all transfers, where a consent can be withdrawn.
class RequestsSection : public QWidget
{
    Q_OBJECT
public:
    RequestsSection(client::CockpitApi *api, client::TransfersModel *transfers,
                    client::RecordsModel *records, QWidget *parent = nullptr);
    ~RequestsSection() override;

    void setDirectory(const client::CockpitDirectory &directory);

signals:
    void sendDataRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    QWidget *pendingCard(const Transfer &transfer);
    // "LUN-2026-000123 (Elterngeld)"; empty when the transfer serves no known case.
    QString caseText(const Transfer &transfer) const;
    void approve(const QString &id, bool narrow);
    void decline(const QString &id);
    // Asks first (withdrawConfirmDialog), then withdraws.
    void withdrawSelected();
    void withdraw(const QString &id);
    void afterAction(const QString &doneMessage, const Problem *problem);
    void updateHistoryButtons();

    client::CockpitApi *m_api;
    client::TransfersModel *m_transfers;
    client::RecordsModel *m_records;
    std::unique_ptr<client::CockpitDirectory> m_directory;
    QLabel *m_titleLabel;
    QLabel *m_introLabel;
    QPushButton *m_sendButton;
    QLabel *m_statusLabel;
    QLabel *m_pendingLabel;
    QWidget *m_pendingCards;
    QVBoxLayout *m_pendingLayout;
    QLabel *m_historyLabel;
    QTreeWidget *m_historyTree;
    QPushButton *m_withdrawButton;
    QPushButton *m_reloadButton;
    QString m_message;
    bool m_busy = false;
};

} // namespace rathaus::ui
