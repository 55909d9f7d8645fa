#include "app/ui/cockpit/RequestsSection.h"

#include "app/client/cockpit/AccessLogText.h"
#include "app/client/cockpit/CockpitApi.h"
#include "app/client/cockpit/CockpitDirectory.h"
#include "app/client/cockpit/RecordsModel.h"
#include "app/client/cockpit/TransfersModel.h"
#include "app/ui/ProblemText.h"
#include "app/ui/cockpit/ApproveDialog.h"
#include "app/ui/cockpit/CockpitStyle.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace rathaus::ui {

namespace {

QLabel *label(const QString &text, QWidget *parent, const char *property = nullptr)
{
    auto *l = new QLabel(text, parent);
    l->setTextFormat(Qt::PlainText);
    l->setWordWrap(true);
    if (property)
        l->setProperty(property, true);
    return l;
}

} // namespace

RequestsSection::RequestsSection(client::CockpitApi *api, client::TransfersModel *transfers,
                                 client::RecordsModel *records, QWidget *parent)
    : QWidget(parent), m_api(api), m_transfers(transfers), m_records(records),
      m_directory(std::make_unique<client::CockpitDirectory>())
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    auto *header = new QHBoxLayout;
    m_titleLabel = label(QString(), this, "subheading");
    m_sendButton = new QPushButton(this);
    m_sendButton->setObjectName(QStringLiteral("sendDataButton"));
    header->addWidget(m_titleLabel, 1);
    header->addWidget(m_sendButton, 0, Qt::AlignBottom);
    layout->addLayout(header);
    m_introLabel = label(QString(), this, "muted");
    layout->addWidget(m_introLabel);
    auto *statusRow = new QHBoxLayout;
    m_statusLabel = label(QString(), this);
    m_statusLabel->setObjectName(QStringLiteral("requestsStatusLabel"));
    m_reloadButton = new QPushButton(this);
    m_reloadButton->setObjectName(QStringLiteral("requestsReloadButton"));
    statusRow->addWidget(m_statusLabel, 1);
    statusRow->addWidget(m_reloadButton, 0, Qt::AlignTop);
    layout->addLayout(statusRow);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *content = new QWidget(scroll);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 12, 0);
    contentLayout->setSpacing(10);
    m_pendingLabel = label(QString(), content, "fact");
    contentLayout->addWidget(m_pendingLabel);
    m_pendingCards = new QWidget(content);
    m_pendingCards->setObjectName(QStringLiteral("pendingRequests"));
    m_pendingLayout = new QVBoxLayout(m_pendingCards);
    m_pendingLayout->setContentsMargins(0, 0, 0, 0);
    m_pendingLayout->setSpacing(10);
    contentLayout->addWidget(m_pendingCards);
    m_historyLabel = label(QString(), content, "fact");
    contentLayout->addWidget(m_historyLabel);
    m_historyTree = new QTreeWidget(content);
    m_historyTree->setObjectName(QStringLiteral("transferHistoryTree"));
    m_historyTree->setRootIsDecorated(false);
    m_historyTree->setAlternatingRowColors(true);
    m_historyTree->setWordWrap(true);
    m_historyTree->setColumnCount(3);
    m_historyTree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_historyTree->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_historyTree->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_historyTree->header()->setStretchLastSection(false);
    m_historyTree->setMinimumHeight(160);
    contentLayout->addWidget(m_historyTree, 1);
    m_withdrawButton = new QPushButton(content);
    m_withdrawButton->setObjectName(QStringLiteral("withdrawTransferButton"));
    contentLayout->addWidget(m_withdrawButton, 0, Qt::AlignRight);
    scroll->setWidget(content);
    layout->addWidget(scroll, 1);

    connect(m_sendButton, &QPushButton::clicked, this, &RequestsSection::sendDataRequested);
    connect(m_reloadButton, &QPushButton::clicked, transfers, &client::TransfersModel::reload);
    connect(m_withdrawButton, &QPushButton::clicked, this, &RequestsSection::withdrawSelected);
    connect(m_historyTree, &QTreeWidget::currentItemChanged, this,
            &RequestsSection::updateHistoryButtons);
    connect(transfers, &client::TransfersModel::stateChanged, this, &RequestsSection::rebuild);
    connect(transfers, &QAbstractItemModel::modelReset, this, &RequestsSection::rebuild);
    rebuild();
}

RequestsSection::~RequestsSection() = default;

void RequestsSection::setDirectory(const client::CockpitDirectory &directory)
{
    *m_directory = directory;
    rebuild();
}

QWidget *RequestsSection::pendingCard(const Transfer &transfer)
{
    QFrame *card = CockpitStyle::card(m_pendingCards);
    card->setObjectName(QStringLiteral("requestCard_") + transfer.id);
    auto *layout = new QVBoxLayout(card);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(8);
    const QString summary = client::TransfersModel::summary(transfer, *m_directory);
    layout->addWidget(label(summary, card, "fact"));
    card->setAccessibleName(summary);

    auto *facts = new QFormLayout;
    facts->setRowWrapPolicy(QFormLayout::WrapLongRows);
    facts->setHorizontalSpacing(16);
    const QString &language = m_directory->language;
    auto add = [&](const QString &name, const QString &value) {
        if (value.isEmpty())
            return;
        QLabel *valueLabel = label(value, card);
        QLabel *nameLabel = label(name, card, "muted");
        nameLabel->setBuddy(valueLabel);
        facts->addRow(nameLabel, valueLabel);
    };
    add(tr("Who asks"), m_directory->officeName(transfer.toOfficeId));
    add(tr("Who would send"), m_directory->officeName(transfer.fromOfficeId));
    add(tr("Why"), transfer.purpose);
    add(tr("Legal basis"), transfer.legalBasis);
    add(tr("For application"), caseText(transfer));
    add(tr("Asked on"), client::AccessLogText::when(transfer.createdAt, language));
    // Unanswered, the request lapses then (and nothing is passed on).
    if (transfer.requestExpiresAt.isValid())
        add(tr("Answer until"), client::AccessLogText::when(transfer.requestExpiresAt, language));
    layout->addLayout(facts);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    auto *declineButton = new QPushButton(tr("&Decline"), card);
    declineButton->setObjectName(QStringLiteral("declineButton"));
    auto *narrowButton = new QPushButton(tr("Approve &only some…"), card);
    narrowButton->setObjectName(QStringLiteral("approveSomeButton"));
    auto *approveButton = new QPushButton(tr("&Approve"), card);
    approveButton->setObjectName(QStringLiteral("approveButton"));
    approveButton->setProperty("primary", true);
    for (QPushButton *button : { declineButton, narrowButton, approveButton }) {
        button->setEnabled(!m_busy);
        button->setAccessibleDescription(summary);
        buttons->addWidget(button);
    }
    layout->addLayout(buttons);
    const QString id = transfer.id;
    connect(approveButton, &QPushButton::clicked, this, [this, id] { approve(id, false); });
    connect(narrowButton, &QPushButton::clicked, this, [this, id] { approve(id, true); });
    connect(declineButton, &QPushButton::clicked, this, [this, id] { decline(id); });
    return card;
}

QString RequestsSection::caseText(const Transfer &transfer) const
{
    QString reference = transfer.applicationReference;
    if (reference.isEmpty())
        reference = m_directory->applicationReferences.value(transfer.applicationId);
    if (reference.isEmpty())
        return {}; // an id means nothing to the citizen
    const QString service = transfer.serviceTitle.in(m_directory->language);
    //: %1 application reference (LUN-2026-000123), %2 service (Elterngeld)
    return service.isEmpty() ? reference : tr("%1 (%2)").arg(reference, service);
}

void RequestsSection::rebuild()
{
    m_titleLabel->setText(tr("Requests"));
    m_introLabel->setText(tr("Offices may ask to receive data another office already holds "
                             "about you, so you need not bring papers. Nothing is passed on "
                             "without your approval, and you can withdraw it later."));
    m_sendButton->setText(tr("&Send my data…"));
    m_reloadButton->setText(tr("&Reload"));
    m_pendingLabel->setText(tr("Waiting for your decision"));
    m_historyLabel->setText(tr("All transfers"));
    m_withdrawButton->setText(tr("&Withdraw consent"));
    m_historyTree->setHeaderLabels({ tr("Date"), tr("Transfer"), tr("Status") });
    m_historyTree->setAccessibleName(tr("All transfers"));

    while (QLayoutItem *item = m_pendingLayout->takeAt(0)) {
        if (QWidget *widget = item->widget())
            widget->deleteLater();
        delete item;
    }
    m_historyTree->clear();

    using State = client::TransfersModel::State;
    const State state = m_transfers->state();
    const bool ready = state == State::Ready;
    m_pendingLabel->setVisible(ready);
    m_pendingCards->setVisible(ready);
    m_historyLabel->setVisible(ready);
    m_historyTree->setVisible(ready);
    m_withdrawButton->setVisible(ready);
    m_sendButton->setEnabled(state != State::NotAvailable);
    m_reloadButton->setVisible(state == State::Failed || state == State::NotAvailable);

    QString status = m_message;
    switch (state) {
    case State::Idle:
    case State::Loading:
        status = tr("Loading requests…");
        break;
    case State::NotAvailable:
        status = tr("Requests and transfers are not available yet at your city. Once they are, "
                    "you will find here what offices ask for and decide about it.");
        break;
    case State::Failed:
        status = tr("The requests could not be loaded.") + QLatin1Char(' ') +
            ProblemText::forUser(m_transfers->problem());
        break;
    case State::Ready:
        break;
    }

    int pending = 0;
    for (const Transfer &transfer : m_transfers->transfers()) {
        if (transfer.status == TransferStatus::Requested) {
            m_pendingLayout->addWidget(pendingCard(transfer));
            ++pending;
        }
        auto *item = new QTreeWidgetItem(m_historyTree);
        item->setText(0,
                      client::AccessLogText::date(transfer.createdAt.toLocalTime().date(),
                                                  m_directory->language));
        QString what = client::TransfersModel::summary(transfer, *m_directory);
        if (!transfer.purpose.isEmpty())
            what += QStringLiteral(" – ") + transfer.purpose;
        const QString forCase = caseText(transfer);
        if (!forCase.isEmpty())
            what += QStringLiteral(" – ") + tr("for application %1").arg(forCase);
        item->setText(1, what);
        item->setToolTip(1, what); // the column elides a long line
        item->setText(2, statusLabel(transfer.status));
        item->setData(0, Qt::UserRole, transfer.id);
        item->setData(0, Qt::UserRole + 1, isConsentInForce(transfer.status));
    }
    if (ready && pending == 0)
        m_pendingLayout->addWidget(
            label(tr("No office is waiting for your decision."), m_pendingCards, "muted"));
    if (ready && status.isEmpty())
        status = pending == 0 ? QString()
                              : tr("%n request(s) wait for your decision.", nullptr, pending);
    m_statusLabel->setText(status);
    m_statusLabel->setVisible(!status.isEmpty());
    CockpitStyle::setBanner(m_statusLabel,
                            state == State::Failed ? ChainBanner::Tone::Warning
                                                   : ChainBanner::Tone::Info);
    updateHistoryButtons();
}

void RequestsSection::updateHistoryButtons()
{
    const QTreeWidgetItem *item = m_historyTree->currentItem();
    m_withdrawButton->setEnabled(!m_busy && item && item->data(0, Qt::UserRole + 1).toBool());
}

void RequestsSection::afterAction(const QString &doneMessage, const Problem *problem)
{
    m_busy = false;
    m_message = problem ? ProblemText::forUser(*problem) : doneMessage;
    m_transfers->reload();
}

void RequestsSection::approve(const QString &id, bool narrow)
{
    const Transfer *transfer = m_transfers->transfer(id);
    if (!transfer)
        return;
    auto run = [this, id](const QStringList &recordIds, const QDateTime &expiresAt) {
        m_busy = true;
        m_api->approveTransfer(id, recordIds, expiresAt, this,
                               [this](const Result<client::CockpitApi::Done> &result) {
                                   afterAction(tr("Approved: the data will be passed on."),
                                               result.ok() ? nullptr : &result.problem());
                               });
        rebuild();
    };
    if (!narrow) {
        run({}, {});
        return;
    }
    auto *dialog = new ApproveDialog(*transfer, m_records->recordsOf(transfer->fromOfficeId),
                                     m_directory->language, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [run, dialog] { run(dialog->chosenRecordIds(), dialog->expiresAt()); });
    dialog->open();
}

void RequestsSection::decline(const QString &id)
{
    m_busy = true;
    m_api->declineTransfer(id, this, [this](const Result<client::CockpitApi::Done> &result) {
        afterAction(tr("Declined: nothing is passed on."),
                    result.ok() ? nullptr : &result.problem());
    });
    rebuild();
}

void RequestsSection::withdrawSelected()
{
    const QTreeWidgetItem *item = m_historyTree->currentItem();
    if (!item)
        return;
    const Transfer *transfer = m_transfers->transfer(item->data(0, Qt::UserRole).toString());
    if (!transfer)
        return;
    // Consequential: the receiving office deletes its copy, and the case it
    // served may then need the data (or a paper certificate) again.
    auto *box = new QMessageBox(QMessageBox::Question, tr("Withdraw consent?"),
                                tr("%1 will have to delete its copy of your data (from %2).")
                                    .arg(m_directory->officeName(transfer->toOfficeId),
                                         m_directory->officeName(transfer->fromOfficeId)),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("withdrawConfirmDialog"));
    box->setInformativeText(
        tr("If your application still needs the data, the office may ask you again or ask for "
           "a paper certificate. The withdrawal is recorded in \"Who has seen my data\"."));
    QPushButton *confirm = box->addButton(tr("&Withdraw consent"), QMessageBox::DestructiveRole);
    confirm->setObjectName(QStringLiteral("confirmWithdrawButton"));
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    const QString id = transfer->id;
    connect(box, &QMessageBox::finished, this, [this, box, confirm, id] {
        if (box->clickedButton() == confirm)
            withdraw(id);
    });
    box->open();
}

void RequestsSection::withdraw(const QString &id)
{
    m_busy = true;
    m_api->withdrawTransfer(id, this, [this](const Result<client::CockpitApi::Done> &result) {
        afterAction(tr("Consent withdrawn: the receiving office must "
                       "delete its copy."),
                    result.ok() ? nullptr : &result.problem());
    });
    updateHistoryButtons();
}

void RequestsSection::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QWidget::changeEvent(event);
}

} // namespace rathaus::ui
