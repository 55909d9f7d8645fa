#include "app/ui/HomePage.h"

#include "app/client/ServiceCatalogueModel.h"
#include "app/client/ServiceFilterModel.h"
#include "app/ui/ProblemText.h"

#include <QAction>
#include <QEvent>
#include <QHeaderView>
#include <QIcon>
#include <QItemSelectionModel>
#include <QLocale>
#include <QMessageBox>
#include <QTreeWidget>

#include "ui_HomePage.h"

namespace rathaus::ui {

using client::ServiceCatalogueModel;

HomePage::HomePage(ServiceCatalogueModel *catalogue, QWidget *parent)
    : QWidget(parent), ui(std::make_unique<Ui::HomePage>()), m_catalogue(catalogue),
      m_filter(new client::ServiceFilterModel(this))
{
    ui->setupUi(this);
    m_filter->setSourceModel(catalogue);
    ui->serviceListView->setModel(m_filter);
    connect(ui->serviceListView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &HomePage::updateStatus);
    ui->serviceListView->sortByColumn(ServiceCatalogueModel::TitleColumn, Qt::AscendingOrder);
    QHeaderView *header = ui->serviceListView->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(ServiceCatalogueModel::TitleColumn, QHeaderView::Stretch);
    // Widths follow the whole catalogue, not the rows a search leaves: the
    // columns stay put while the user types.
    for (int column : { ServiceCatalogueModel::OfficeColumn, ServiceCatalogueModel::FeeColumn,
                        ServiceCatalogueModel::ProcessingTimeColumn })
        header->setSectionResizeMode(column, QHeaderView::Interactive);
    auto fitColumns = [this] {
        for (int column : { ServiceCatalogueModel::OfficeColumn, ServiceCatalogueModel::FeeColumn,
                            ServiceCatalogueModel::ProcessingTimeColumn })
            ui->serviceListView->resizeColumnToContents(column);
    };
    connect(catalogue, &QAbstractItemModel::modelReset, this, fitColumns);
    connect(catalogue, &QAbstractItemModel::dataChanged, this, fitColumns); // language switch
    m_searchIconAction = ui->serviceSearchLineEdit->addAction(
        QIcon(QStringLiteral(":/icons/search.svg")), QLineEdit::LeadingPosition);
    // Qt's clear button has no text of its own; a screen reader needs one.
    m_clearSearchAction =
        ui->serviceSearchLineEdit->findChild<QAction *>(QStringLiteral("_q_qlineeditclearaction"));

    connect(ui->serviceSearchLineEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setSearchText(text);
        ensureCurrentRow();
        updateStatus();
    });
    connect(ui->serviceSearchLineEdit, &QLineEdit::returnPressed, this, &HomePage::onSearchReturn);
    connect(ui->serviceListView, &QTreeView::activated, this, &HomePage::openCurrent);
    connect(ui->openServiceButton, &QPushButton::clicked, this, &HomePage::openCurrent);
    connect(ui->retryButton, &QPushButton::clicked, this, &HomePage::retryRequested);
    connect(ui->myApplicationsButton, &QPushButton::clicked, this,
            &HomePage::applicationsRequested);
    connect(ui->draftsView, &QTreeWidget::currentItemChanged, this,
            &HomePage::updateDraftButtons);
    connect(ui->draftsView, &QTreeWidget::itemActivated, this, [this] {
        if (ui->resumeDraftButton->isEnabled())
            ui->resumeDraftButton->click();
    });
    connect(ui->resumeDraftButton, &QPushButton::clicked, this, [this] {
        if (QTreeWidgetItem *item = ui->draftsView->currentItem())
            emit draftResumeRequested(item->data(0, Qt::UserRole).toString());
    });
    connect(ui->discardDraftButton, &QPushButton::clicked, this, &HomePage::confirmDiscard);
    ui->draftsView->header()->setStretchLastSection(false);
    ui->draftsView->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    ui->draftsView->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    ui->draftsView->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    ui->applicationsLayout->setAlignment(ui->myApplicationsButton, Qt::AlignLeft);
    ui->draftsFrame->hide();
    ui->outboxLabel->hide();
    connect(catalogue, &QAbstractItemModel::modelReset, this, &HomePage::renderDrafts);
    connect(m_filter, &QAbstractItemModel::modelReset, this, [this] {
        ensureCurrentRow();
        updateStatus();
    });
    retranslate();
}

HomePage::~HomePage() = default;

void HomePage::setUser(const UserInfo &user)
{
    m_user = user;
    ui->serviceSearchLineEdit->clear();
    retranslate();
}

void HomePage::setDrafts(const QList<client::DraftInfo> &drafts)
{
    m_drafts = drafts;
    renderDrafts();
}

void HomePage::setOutboxCount(int waiting)
{
    m_outboxCount = waiting;
    retranslate();
}

void HomePage::renderDrafts()
{
    const QString current =
        ui->draftsView->currentItem() ? ui->draftsView->currentItem()->data(0, Qt::UserRole).toString()
                                      : QString();
    ui->draftsView->clear();
    for (const client::DraftInfo &draft : std::as_const(m_drafts)) {
        const ServiceSummary *service = m_catalogue->service(draft.serviceId);
        const QString title =
            service ? service->title.in(m_catalogue->language()) : draft.serviceId;
        QString state;
        if (!draft.readable)
            state = tr("Cannot be read");
        else if (draft.state == client::Draft::State::Queued)
            state = tr("Waiting to be sent");
        else
            //: Progress of a draft, e.g. "50 % done"
            state = tr("%1 % done").arg(draft.progress);
        auto *item = new QTreeWidgetItem(
            ui->draftsView,
            { title, QLocale().toString(draft.updatedAt.toLocalTime(), QLocale::ShortFormat),
              state });
        item->setData(0, Qt::UserRole, draft.id);
        item->setData(1, Qt::UserRole, draft.readable);
        item->setData(2, Qt::UserRole, draft.state == client::Draft::State::Queued);
        if (draft.id == current)
            ui->draftsView->setCurrentItem(item);
    }
    if (!ui->draftsView->currentItem() && ui->draftsView->topLevelItemCount() > 0)
        ui->draftsView->setCurrentItem(ui->draftsView->topLevelItem(0));
    ui->draftsFrame->setVisible(!m_drafts.isEmpty());
    // As tall as its rows (up to four, then it scrolls): the catalogue below
    // keeps the room.
    if (ui->draftsView->topLevelItemCount() > 0) {
        const int rows = qMin(ui->draftsView->topLevelItemCount(), 4);
        ui->draftsView->setFixedHeight(ui->draftsView->header()->sizeHint().height() +
                                       rows * ui->draftsView->sizeHintForRow(0) +
                                       2 * ui->draftsView->frameWidth() + 2);
    }
    updateDraftButtons();
}

void HomePage::updateDraftButtons()
{
    QTreeWidgetItem *item = ui->draftsView->currentItem();
    const bool queued = item && item->data(2, Qt::UserRole).toBool();
    const bool readable = item && item->data(1, Qt::UserRole).toBool();
    // A queued application belongs to the outbox: it goes out by itself.
    ui->resumeDraftButton->setEnabled(item && readable && !queued);
    ui->discardDraftButton->setEnabled(item && !queued);
}

void HomePage::confirmDiscard()
{
    QTreeWidgetItem *item = ui->draftsView->currentItem();
    if (!item)
        return;
    const QString id = item->data(0, Qt::UserRole).toString();
    auto *box = new QMessageBox(QMessageBox::Question, tr("Discard the draft?"),
                                tr("Discard your unfinished application “%1”?").arg(item->text(0)),
                                QMessageBox::Discard | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("discardDraftBox"));
    box->setInformativeText(tr("What you entered is deleted from this computer. This cannot be "
                               "undone."));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    connect(box, &QMessageBox::finished, this, [this, box, id] {
        if (box->clickedButton() == box->button(QMessageBox::Discard))
            emit draftDiscardRequested(id);
    });
    box->open();
}

void HomePage::setCatalogueState(CatalogueState state, const Problem &problem)
{
    m_state = state;
    m_problem = problem;
    updateStatus();
}

void HomePage::focusSearch()
{
    ui->serviceSearchLineEdit->setFocus(Qt::OtherFocusReason);
}

void HomePage::openCurrent()
{
    const QModelIndex current = ui->serviceListView->currentIndex();
    if (!current.isValid())
        return;
    emit serviceRequested(current.data(ServiceCatalogueModel::ServiceIdRole).toString());
}

void HomePage::onSearchReturn()
{
    // One match: Enter opens it. Several: Enter moves to the list to choose.
    if (m_filter->rowCount() == 1) {
        openCurrent();
        return;
    }
    if (m_filter->rowCount() > 1)
        ui->serviceListView->setFocus(Qt::OtherFocusReason);
}

void HomePage::ensureCurrentRow()
{
    const QModelIndex current = ui->serviceListView->currentIndex();
    if (current.isValid() || m_filter->rowCount() == 0)
        return;
    ui->serviceListView->setCurrentIndex(m_filter->index(0, 0));
}

void HomePage::updateStatus()
{
    const int shown = m_filter->rowCount();
    const int total = m_catalogue->rowCount();
    QString status;
    switch (m_state) {
    case CatalogueState::Loading:
        status = tr("Loading the services of your city…");
        break;
    case CatalogueState::Failed:
        status = tr("The services could not be loaded.") + QLatin1Char(' ') +
            ProblemText::forUser(m_problem);
        break;
    case CatalogueState::Ready:
        if (m_filter->searchText().isEmpty())
            status = tr("%n service(s)", nullptr, total);
        else if (shown == 0)
            status = tr("No service matches your search. Try another word.");
        else
            status = tr("%n of %1 services match your search.", nullptr, shown).arg(total);
        break;
    }
    ui->catalogueStatusLabel->setText(status);
    ui->retryButton->setVisible(m_state == CatalogueState::Failed);
    ui->openServiceButton->setEnabled(ui->serviceListView->currentIndex().isValid());
}

void HomePage::retranslate()
{
    m_searchIconAction->setText(tr("Search"));
    if (m_clearSearchAction)
        m_clearSearchAction->setText(tr("Clear the search"));
    ui->outboxLabel->setText(
        tr("%n application(s) waiting to be sent. They go out by themselves as soon as the "
           "city's server can be reached.",
           nullptr, m_outboxCount));
    ui->outboxLabel->setVisible(m_outboxCount > 0);
    if (m_user.displayName.isEmpty())
        ui->greetingLabel->setText(tr("Good day"));
    else
        ui->greetingLabel->setText(tr("Good day, %1").arg(m_user.displayName));
    updateStatus();
}

void HomePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        retranslate();
        renderDrafts();
    }
    QWidget::changeEvent(event);
}

} // namespace rathaus::ui
