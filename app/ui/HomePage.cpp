#include "app/ui/HomePage.h"

#include "app/client/ServiceCatalogueModel.h"
#include "app/client/ServiceFilterModel.h"
#include "app/ui/ProblemText.h"

#include <QAction>
#include <QEvent>
#include <QHeaderView>
#include <QIcon>
#include <QItemSelectionModel>

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
    }
    QWidget::changeEvent(event);
}

} // namespace rathaus::ui
