#include "app/ui/staff/StaffInboxPage.h"

#include "app/client/ServiceCatalogueModel.h"
#include "app/client/staff/CaseListModel.h"
#include "app/client/staff/SavedFilters.h"
#include "app/ui/ProblemText.h"

#include <QEvent>
#include <QHeaderView>
#include <QInputDialog>
#include <QPainter>
#include <QScrollBar>
#include <QStyledItemDelegate>
#include <QTimer>

#include "ui_StaffInboxPage.h"

namespace rathaus::ui {

namespace {

// Overdue deadlines in the theme's error colour and bold: seen at a glance,
// and not by colour alone (the text says "overdue" too).
class OverdueDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.column() == client::CaseListModel::Deadline &&
            index.data(client::CaseListModel::OverdueRole).toBool()) {
            option->font.setBold(true);
            option->palette.setColor(QPalette::Text, QColor(0xb3, 0x26, 0x1e));
            option->palette.setColor(QPalette::HighlightedText, QColor(0x8c, 0x1d, 0x18));
        }
    }
};

constexpr int kAllStatuses = -1;

} // namespace

StaffInboxPage::StaffInboxPage(client::StaffApi *api, client::ServiceCatalogueModel *catalogue,
                               client::SavedFilters *savedFilters, QWidget *parent)
    : QWidget(parent), ui(std::make_unique<Ui::StaffInboxPage>()), m_catalogue(catalogue),
      m_savedFilters(savedFilters), m_model(new client::CaseListModel(api, catalogue, this)),
      m_searchTimer(new QTimer(this)), m_liveTimer(new QTimer(this))
{
    ui->setupUi(this);
    ui->caseTableView->setModel(m_model);
    ui->caseTableView->setItemDelegate(new OverdueDelegate(ui->caseTableView));
    ui->caseTableView->verticalHeader()->hide();
    ui->caseTableView->horizontalHeader()->setStretchLastSection(false);
    ui->caseTableView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    ui->caseTableView->horizontalHeader()->setSectionResizeMode(client::CaseListModel::Service,
                                                                QHeaderView::Stretch);
    ui->caseTableView->setColumnWidth(client::CaseListModel::Reference, 150);
    ui->caseTableView->setColumnWidth(client::CaseListModel::Citizen, 170);
    ui->caseTableView->setColumnWidth(client::CaseListModel::Received, 130);
    ui->caseTableView->setColumnWidth(client::CaseListModel::Status, 140);
    ui->caseTableView->setColumnWidth(client::CaseListModel::Assignee, 110);
    ui->caseTableView->setColumnWidth(client::CaseListModel::Deadline, 150);
    ui->caseTableView->verticalHeader()->setDefaultSectionSize(34);
    ui->caseTableView->setTabKeyNavigation(false);
    ui->retryButton->hide();
    ui->statsButton->hide();
    ui->suggestionsButton->hide();
    // The server sorts (the list is paged): a click on Reference, Received or
    // Deadline asks for that order, a second click turns it round.
    QHeaderView *header = ui->caseTableView->horizontalHeader();
    header->setSectionsClickable(true);
    header->setSortIndicatorShown(true);
    connect(header, &QHeaderView::sectionClicked, this, &StaffInboxPage::sortByColumn);
    showSortIndicator();

    m_liveTimer->setInterval(kLiveRefreshMs);
    connect(m_liveTimer, &QTimer::timeout, this, &StaffInboxPage::refreshLive);

    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(kSearchDelayMs);
    connect(m_searchTimer, &QTimer::timeout, this, &StaffInboxPage::applyFilters);
    connect(ui->searchLineEdit, &QLineEdit::textChanged, this, [this] {
        if (!m_showingQuery)
            m_searchTimer->start();
    });
    connect(ui->searchLineEdit, &QLineEdit::returnPressed, this, [this] {
        m_searchTimer->stop();
        applyFilters();
    });
    for (QComboBox *combo : { ui->statusComboBox, ui->assigneeComboBox, ui->serviceComboBox }) {
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_showingQuery)
                applyFilters();
        });
    }
    connect(ui->overdueCheckBox, &QCheckBox::toggled, this, [this] {
        if (!m_showingQuery)
            applyFilters();
    });
    connect(ui->refreshButton, &QPushButton::clicked, this, &StaffInboxPage::reload);
    connect(ui->retryButton, &QPushButton::clicked, this, &StaffInboxPage::reload);
    connect(ui->openCaseButton, &QPushButton::clicked, this, &StaffInboxPage::openCurrent);
    connect(ui->caseTableView, &QAbstractItemView::activated, this, &StaffInboxPage::openCurrent);
    connect(ui->saveFilterButton, &QPushButton::clicked, this, &StaffInboxPage::saveFilter);
    connect(ui->deleteFilterButton, &QPushButton::clicked, this, &StaffInboxPage::deleteFilter);
    connect(ui->statsButton, &QPushButton::clicked, this, &StaffInboxPage::statisticsRequested);
    connect(ui->suggestionsButton, &QPushButton::clicked, this,
            &StaffInboxPage::suggestionsRequested);
    connect(ui->savedFilterComboBox, &QComboBox::activated, this, [this](int index) {
        if (index <= 0)
            return;
        if (auto query = m_savedFilters->load(ui->savedFilterComboBox->itemText(index))) {
            showQuery(*query);
            applyFilters();
        }
        ui->deleteFilterButton->setEnabled(true);
    });

    connect(m_model, &client::CaseListModel::loadingChanged, this, &StaffInboxPage::updateState);
    connect(m_model, &client::CaseListModel::pageLoaded, this, [this] {
        m_lastProblem = {};
        updateState();
        if (!ui->caseTableView->currentIndex().isValid() && m_model->rowCount() > 0)
            ui->caseTableView->setCurrentIndex(m_model->index(0, 0));
    });
    connect(m_model, &client::CaseListModel::pageFailed, this, [this](const Problem &problem) {
        m_lastProblem = problem;
        updateState();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &StaffInboxPage::updateState);
    connect(m_catalogue, &QAbstractItemModel::modelReset, this, &StaffInboxPage::fillServices);

    fillFilterCombos();
    retranslate();
}

StaffInboxPage::~StaffInboxPage() = default;

void StaffInboxPage::nameComboViews()
{
    // A combo's popup list is a control of its own for screen readers.
    for (QComboBox *combo :
         { ui->statusComboBox, ui->assigneeComboBox, ui->serviceComboBox, ui->savedFilterComboBox })
        combo->view()->setAccessibleName(combo->accessibleName());
}

void StaffInboxPage::start(const UserInfo &user)
{
    m_user = user;
    m_model->setCurrentUserId(user.id);
    m_savedFilters->setUser(user.id);
    ui->statsButton->setVisible(user.role == Role::Lead);
    ui->suggestionsButton->setVisible(user.role == Role::Lead || user.role == Role::Admin);
    fillServices();
    fillSavedFilters();
    showQuery(m_savedFilters->lastQuery());
    m_lastProblem = {};
    m_model->setQuery(currentQuery());
    ui->searchLineEdit->setFocus();
    m_liveTimer->start();
}

void StaffInboxPage::stop()
{
    m_searchTimer->stop();
    m_liveTimer->stop();
    m_user = {};
    m_model->clear();
    m_showingQuery = true;
    ui->searchLineEdit->clear(); // no citizen's name stays behind
    m_showingQuery = false;
}

void StaffInboxPage::reload()
{
    m_lastProblem = {};
    m_model->setQuery(currentQuery());
}

void StaffInboxPage::fillFilterCombos()
{
    m_showingQuery = true;
    const int status = ui->statusComboBox->currentData().isValid()
        ? ui->statusComboBox->currentData().toInt()
        : kAllStatuses;
    ui->statusComboBox->clear();
    ui->statusComboBox->addItem(tr("All statuses"), kAllStatuses);
    for (ApplicationStatus s : allApplicationStatuses())
        ui->statusComboBox->addItem(statusLabel(s), int(s));
    ui->statusComboBox->setCurrentIndex(qMax(0, ui->statusComboBox->findData(status)));

    const int assignee = ui->assigneeComboBox->currentIndex();
    ui->assigneeComboBox->clear();
    ui->assigneeComboBox->addItem(tr("Everyone's cases"), int(client::CaseQuery::Assignee::All));
    ui->assigneeComboBox->addItem(tr("My cases"), int(client::CaseQuery::Assignee::Me));
    ui->assigneeComboBox->addItem(tr("Unassigned"), int(client::CaseQuery::Assignee::Unassigned));
    ui->assigneeComboBox->setCurrentIndex(qMax(0, assignee));
    m_showingQuery = false;
    fillServices();
}

void StaffInboxPage::fillServices()
{
    m_showingQuery = true;
    const QString current = ui->serviceComboBox->currentData().toString();
    ui->serviceComboBox->clear();
    ui->serviceComboBox->addItem(tr("All services"), QString());
    for (int row = 0; row < m_catalogue->rowCount(); ++row) {
        const QString id = m_catalogue->serviceId(row);
        const ServiceSummary *service = m_catalogue->service(id);
        if (!service || (!m_user.officeId.isEmpty() && service->officeId != m_user.officeId))
            continue;
        ui->serviceComboBox->addItem(service->title.in(m_catalogue->language()), id);
    }
    ui->serviceComboBox->setCurrentIndex(qMax(0, ui->serviceComboBox->findData(current)));
    m_showingQuery = false;
}

void StaffInboxPage::fillSavedFilters()
{
    ui->savedFilterComboBox->clear();
    ui->savedFilterComboBox->addItem(tr("(choose)"));
    ui->savedFilterComboBox->addItems(m_savedFilters->names());
    ui->deleteFilterButton->setEnabled(false);
}

void StaffInboxPage::showQuery(const client::CaseQuery &query)
{
    m_showingQuery = true;
    ui->statusComboBox->setCurrentIndex(
        qMax(0, ui->statusComboBox->findData(query.status ? int(*query.status) : kAllStatuses)));
    ui->assigneeComboBox->setCurrentIndex(
        qMax(0, ui->assigneeComboBox->findData(int(query.assignee))));
    const int service = ui->serviceComboBox->findData(query.serviceId);
    ui->serviceComboBox->setCurrentIndex(qMax(0, service));
    ui->overdueCheckBox->setChecked(query.overdueOnly);
    ui->searchLineEdit->setText(query.search);
    m_sortKey = query.sortKey;
    m_descending = query.descending;
    showSortIndicator();
    m_showingQuery = false;
}

client::CaseQuery StaffInboxPage::currentQuery() const
{
    client::CaseQuery query;
    const int status = ui->statusComboBox->currentData().toInt();
    if (status != kAllStatuses && ui->statusComboBox->currentIndex() > 0)
        query.status = ApplicationStatus(status);
    query.assignee = client::CaseQuery::Assignee(ui->assigneeComboBox->currentData().toInt());
    query.serviceId = ui->serviceComboBox->currentData().toString();
    query.overdueOnly = ui->overdueCheckBox->isChecked();
    query.search = ui->searchLineEdit->text().trimmed();
    query.sortKey = m_sortKey;
    query.descending = m_descending;
    return query;
}

void StaffInboxPage::sortByColumn(int column)
{
    const auto key = client::CaseListModel::sortKeyOf(column);
    if (key) {
        m_descending = *key == m_sortKey ? !m_descending : false;
        m_sortKey = *key;
    }
    showSortIndicator(); // a click on another column must not move the arrow
    if (key)
        applyFilters();
}

void StaffInboxPage::showSortIndicator()
{
    ui->caseTableView->horizontalHeader()->setSortIndicator(
        client::CaseListModel::columnOf(m_sortKey),
        m_descending ? Qt::DescendingOrder : Qt::AscendingOrder);
}

void StaffInboxPage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    arrangeFilters();
}

void StaffInboxPage::arrangeFilters()
{
    // One row needs about this much; below it (a 1040 px window) the three
    // combos get a row of their own instead of squeezing the search field.
    constexpr int kOneRowWidth = 1100;
    const bool oneRow = width() >= kOneRowWidth;
    if (oneRow == m_filtersInOneRow)
        return;
    m_filtersInOneRow = oneRow;
    const QList<QComboBox *> combos { ui->statusComboBox, ui->assigneeComboBox,
                                      ui->serviceComboBox };
    for (QComboBox *combo : combos) {
        ui->filterLayout->removeWidget(combo);
        ui->secondFilterLayout->removeWidget(combo);
    }
    for (int i = 0; i < combos.size(); ++i) {
        if (oneRow)
            ui->filterLayout->insertWidget(1 + i, combos.at(i));
        else
            ui->secondFilterLayout->addWidget(combos.at(i), 1);
    }
    // Tab order follows the eye: search, the combos, overdue, refresh.
    setTabOrder(ui->searchLineEdit, ui->statusComboBox);
    setTabOrder(ui->statusComboBox, ui->assigneeComboBox);
    setTabOrder(ui->assigneeComboBox, ui->serviceComboBox);
    setTabOrder(ui->serviceComboBox, ui->overdueCheckBox);
    setTabOrder(ui->overdueCheckBox, ui->refreshButton);
}

void StaffInboxPage::setLiveRefreshInterval(int ms)
{
    m_liveTimer->setInterval(ms);
}

void StaffInboxPage::refreshLive()
{
    // Only where it cannot disturb: the list is on screen, at its top, and
    // no error is shown. The rows are merged, so the selection stays.
    if (!isVisible() || !m_lastProblem.isNull() ||
        ui->caseTableView->verticalScrollBar()->value() != 0)
        return;
    m_model->refreshFirstPage();
}

void StaffInboxPage::applyFilters()
{
    const client::CaseQuery query = currentQuery();
    m_savedFilters->setLastQuery(query);
    if (query == m_model->query() && m_model->pagesFetched() > 0)
        return;
    m_lastProblem = {};
    m_model->setQuery(query);
}

void StaffInboxPage::updateState()
{
    const bool failed = !m_lastProblem.isNull();
    ui->retryButton->setVisible(failed);
    ui->openCaseButton->setEnabled(m_model->rowCount() > 0);
    if (failed) {
        ui->listStateLabel->setText(
            tr("The cases could not be loaded. %1").arg(ProblemText::forUser(m_lastProblem)));
    } else if (m_model->isLoading()) {
        ui->listStateLabel->setText(tr("Loading cases…"));
    } else if (m_model->rowCount() == 0) {
        ui->listStateLabel->setText(tr("No cases match these filters."));
    } else if (m_model->hasMorePages()) {
        ui->listStateLabel->setText(
            tr("%n case(s) shown; more load as you scroll.", nullptr, m_model->rowCount()));
    } else {
        ui->listStateLabel->setText(tr("%n case(s).", nullptr, m_model->rowCount()));
    }
}

void StaffInboxPage::openCurrent()
{
    const QModelIndex index = ui->caseTableView->currentIndex();
    if (!index.isValid())
        return;
    emit caseRequested(index.siblingAtColumn(0).data(client::CaseListModel::CaseIdRole).toString());
}

void StaffInboxPage::saveFilter()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save filter"), tr("Name of the filter:"),
                                               QLineEdit::Normal, QString(), &ok)
                             .trimmed();
    if (!ok || name.isEmpty())
        return;
    m_savedFilters->save(name, currentQuery());
    fillSavedFilters();
    ui->savedFilterComboBox->setCurrentText(name);
    ui->deleteFilterButton->setEnabled(true);
}

void StaffInboxPage::deleteFilter()
{
    const int index = ui->savedFilterComboBox->currentIndex();
    if (index <= 0)
        return;
    m_savedFilters->remove(ui->savedFilterComboBox->itemText(index));
    fillSavedFilters();
}

void StaffInboxPage::retranslate()
{
    nameComboViews();
    updateState();
}

void StaffInboxPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        fillFilterCombos();
        const int saved = ui->savedFilterComboBox->currentIndex();
        if (ui->savedFilterComboBox->count() > 0)
            ui->savedFilterComboBox->setItemText(0, tr("(choose)"));
        ui->savedFilterComboBox->setCurrentIndex(saved);
        retranslate();
    }
    QWidget::changeEvent(event);
}

} // namespace rathaus::ui
