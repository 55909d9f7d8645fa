#pragma once

#include "app/client/cockpit/CockpitDirectory.h"
#include "common/wire/Record.h"

#include <QWizard>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace rathaus::client {
class CockpitApi;
struct TransferDraft;
} // namespace rathaus::client

namespace rathaus::ui {

// "Send my data": the citizen starts a transfer (POST /me/transfers) in
// three steps: what (an office and some of its records), to whom and why,
// then a summary to confirm. The idempotency key is made once per wizard, so
// sending again after a lost answer never creates a second transfer.
class SendDataWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { WhatPage, WhereToPage, ConfirmPage };

    SendDataWizard(client::CockpitApi *api, const QList<Record> &records,
                   const client::CockpitDirectory &directory, QWidget *parent = nullptr);

    client::TransferDraft draft() const;

    void accept() override;

signals:
    void sent();

protected:
    void initializePage(int id) override;
    bool validateCurrentPage() override;

private:
    void fillRecords();

    client::CockpitApi *m_api;
    QList<Record> m_records;
    client::CockpitDirectory m_directory;
    QByteArray m_idempotencyKey;
    QComboBox *m_fromCombo;
    QListWidget *m_recordList;
    QComboBox *m_toCombo;
    QLineEdit *m_purposeEdit;
    QLineEdit *m_applicationEdit;
    QLabel *m_summaryLabel;
    QLabel *m_errorLabel;
    bool m_sending = false;
};

} // namespace rathaus::ui
