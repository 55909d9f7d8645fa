#include "app/ui/MyApplicationsPage.h"

#include "app/client/ApplicationListModel.h"
#include "app/client/StatusText.h"
#include "app/ui/DirectionalIcon.h"
#include "app/ui/ProblemText.h"

#include <QEvent>
#include <QHeaderView>
#include <QIcon>
#include <QItemSelectionModel>

#include "ui_MyApplicationsPage.h"

namespace rathaus::ui {

using client::ApplicationListModel;

MyApplicationsPage::MyApplicationsPage(ApplicationListModel *model, QWidget *parent)
    : QWidget(parent), ui(std::make_unique<Ui::MyApplicationsPage>()), m_model(model)
{
    ui->setupUi(this);
    ui->applicationsBackButton->setIcon(directionalIcon(QStringLiteral(":/icons/back.svg")));
    ui->applicationsView->setModel(model);
    QHeaderView *header = ui->applicationsView->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ApplicationListModel::ServiceColumn, QHeaderView::Stretch);

    connect(ui->applicationsBackButton, &QPushButton::clicked, this,
            &MyApplicationsPage::backRequested);
    connect(ui->reloadApplicationsButton, &QPushButton::clicked, this, &MyApplicationsPage::reload);
    connect(ui->openApplicationButton, &QPushButton::clicked, this,
            &MyApplicationsPage::openCurrent);
    connect(ui->applicationsView, &QTreeView::activated, this, &MyApplicationsPage::openCurrent);
    connect(ui->applicationsView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MyApplicationsPage::updateStatus);
    connect(model, &ApplicationListModel::loadingChanged, this, &MyApplicationsPage::updateStatus);
    connect(model, &ApplicationListModel::loadFailed, this, &MyApplicationsPage::updateStatus);
    connect(model, &QAbstractItemModel::dataChanged, this, &MyApplicationsPage::updateStatus);
    connect(model, &QAbstractItemModel::rowsInserted, this, &MyApplicationsPage::updateStatus);
    connect(model, &ApplicationListModel::pageLoaded, this, [this] {
        if (!ui->applicationsView->currentIndex().isValid() && m_model->rowCount() > 0)
            ui->applicationsView->setCurrentIndex(m_model->index(0, 0));
        updateStatus();
    });
    retranslate();
}

MyApplicationsPage::~MyApplicationsPage() = default;

void MyApplicationsPage::reload()
{
    m_model->reload();
    updateStatus();
}

void MyApplicationsPage::setOutboxCount(int waiting)
{
    m_outboxCount = waiting;
    retranslate();
}

void MyApplicationsPage::focusList()
{
    ui->applicationsView->setFocus(Qt::OtherFocusReason);
}

void MyApplicationsPage::openCurrent()
{
    const QModelIndex current = ui->applicationsView->currentIndex();
    if (!current.isValid())
        return;
    emit applicationRequested(current.data(ApplicationListModel::ApplicationIdRole).toString());
}

void MyApplicationsPage::updateStatus()
{
    QString status;
    if (m_model->isLoading())
        status = tr("Loading your applications…");
    else if (!m_model->lastProblem().isNull())
        status = tr("Your applications could not be loaded.") + QLatin1Char(' ') +
            ProblemText::forUser(m_model->lastProblem());
    else if (m_model->rowCount() == 0)
        status = tr("You have not filed an application yet.");
    else if (m_model->hasMore())
        status = tr("%n application(s) shown; more load as you scroll.", nullptr,
                    m_model->rowCount());
    else
        status = tr("%n application(s)", nullptr, m_model->rowCount());
    ui->applicationsStatusLabel->setText(status);
    // The next step of the selected application, in a sentence.
    const QModelIndex current = ui->applicationsView->currentIndex();
    if (current.isValid()) {
        // The status alone: the list's column adds the unread marker, which
        // does not belong in this sentence.
        const QString statusLabel = client::StatusText::applicationLabel(
            current.data(ApplicationListModel::StatusWireRole).toString());
        //: The selected application's status and what happens next
        ui->applicationHintLabel->setText(tr("%1: %2").arg(
            statusLabel, current.data(ApplicationListModel::NextStepRole).toString()));
    }
    ui->applicationHintLabel->setVisible(current.isValid());
    ui->openApplicationButton->setEnabled(ui->applicationsView->currentIndex().isValid());
}

void MyApplicationsPage::retranslate()
{
    ui->applicationsOutboxLabel->setText(
        tr("%n application(s) waiting to be sent. They go out by themselves as soon as the "
           "city's server can be reached.",
           nullptr, m_outboxCount));
    ui->applicationsOutboxLabel->setVisible(m_outboxCount > 0);
    updateStatus();
}

void MyApplicationsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        retranslate();
    }
    QWidget::changeEvent(event);
}

} // namespace rathaus::ui
