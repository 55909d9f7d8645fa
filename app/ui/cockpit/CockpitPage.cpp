#include "app/ui/cockpit/CockpitPage.h"

#include "app/client/ApplicationsApi.h"
#include "app/client/ServiceCatalogueModel.h"
#include "app/client/Session.h"
#include "app/client/cockpit/AccessLogModel.h"
#include "app/client/cockpit/AccessLogVerifier.h"
#include "app/client/cockpit/CockpitApi.h"
#include "app/client/cockpit/RecordsModel.h"
#include "app/client/cockpit/TransfersModel.h"
#include "app/ui/cockpit/AccessLogSection.h"
#include "app/ui/cockpit/ChainBanner.h"
#include "app/ui/cockpit/ExportSection.h"
#include "app/ui/cockpit/RecordsSection.h"
#include "app/ui/cockpit/RequestsSection.h"
#include "app/ui/cockpit/SendDataWizard.h"

#include <QEvent>
#include <QListWidgetItem>
#include <QResizeEvent>

#include "ui_CockpitPage.h"

namespace rathaus::ui {

CockpitPage::CockpitPage(client::Session *session, client::ServiceCatalogueModel *catalogue,
                         QWidget *parent)
    : QWidget(parent), ui(std::make_unique<Ui::CockpitPage>()), m_session(session),
      m_catalogue(catalogue), m_api(std::make_unique<client::CockpitApi>(session)),
      m_records(new client::RecordsModel(this)),
      m_accessLog(new client::AccessLogModel(m_api.get(), this)),
      m_verifier(new client::AccessLogVerifier(m_api.get(), this)),
      m_transfers(new client::TransfersModel(m_api.get(), this)),
      m_applications(std::make_unique<client::ApplicationsApi>(session))
{
    ui->setupUi(this);
    m_recordsSection = new RecordsSection(m_api.get(), m_records, this);
    m_recordsSection->setObjectName(QStringLiteral("recordsSection"));
    m_logSection = new AccessLogSection(m_accessLog, m_verifier, this);
    m_logSection->setObjectName(QStringLiteral("accessLogSection"));
    m_requestsSection = new RequestsSection(m_api.get(), m_transfers, m_records, this);
    m_requestsSection->setObjectName(QStringLiteral("requestsSection"));
    m_exportSection = new ExportSection(
        m_api.get(),
        [this] {
            CockpitReport::Content content;
            content.citizenName = m_user.displayName;
            content.records = m_records->records();
            content.directory = m_directory;
            content.chainCheck = ChainBanner::describe(*m_verifier, m_directory.language).text;
            for (int row = 0; row < m_catalogue->rowCount(); ++row) {
                if (const ServiceSummary *service =
                        m_catalogue->service(m_catalogue->serviceId(row)))
                    content.serviceTitles.insert(service->id, service->title);
            }
            return content;
        },
        this);
    m_exportSection->setObjectName(QStringLiteral("exportSection"));
    for (QWidget *section :
         { static_cast<QWidget *>(m_recordsSection), static_cast<QWidget *>(m_logSection),
           static_cast<QWidget *>(m_requestsSection), static_cast<QWidget *>(m_exportSection) })
        ui->sectionStack->addWidget(section);
    for (int i = 0; i < 4; ++i)
        new QListWidgetItem(ui->cockpitNavList);

    connect(ui->backButton, &QPushButton::clicked, this, &CockpitPage::backRequested);
    connect(ui->cockpitNavList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            showSection(Section(row));
    });
    connect(m_recordsSection, &RecordsSection::retryRequested, this, &CockpitPage::loadRecords);
    connect(m_requestsSection, &RequestsSection::sendDataRequested, this,
            &CockpitPage::openSendWizard);
    // Transfers name their case's reference: the log and the wizard use it too.
    connect(m_transfers, &QAbstractItemModel::modelReset, this, [this] {
        updateDirectory();
        // A transfer delivered or withdrawn wrote log entries: the log shows
        // them the next time it is looked at.
        m_logStale = true;
        if (ui->sectionStack->currentIndex() == AccessLogSectionIndex)
            showSection(AccessLogSectionIndex);
    });
    connect(m_transfers, &client::TransfersModel::pendingCountChanged, this, [this](int count) {
        retranslate();
        emit pendingRequestsChanged(count);
    });
    connect(m_catalogue, &QAbstractItemModel::modelReset, this, &CockpitPage::updateDirectory);
    connect(m_catalogue, &QAbstractItemModel::dataChanged, this, &CockpitPage::updateDirectory);
    updateDirectory();
    retranslate();
    ui->cockpitNavList->setCurrentRow(RecordsSectionIndex);
}

CockpitPage::~CockpitPage() = default;

int CockpitPage::pendingRequests() const
{
    return m_transfers->pendingCount();
}

void CockpitPage::setUser(const UserInfo &user)
{
    clear();
    m_user = user;
    if (!user.id.isEmpty() && !user.isStaff())
        m_transfers->reload(); // the badge shows pending requests before the cockpit is opened
}

void CockpitPage::refreshRequests()
{
    if (!m_user.id.isEmpty() && !m_user.isStaff())
        m_transfers->reload();
}

void CockpitPage::clear()
{
    m_user = {};
    ++m_recordsRequest;
    m_recordsLoaded = false;
    m_records->setRecords({});
    m_recordsSection->setState(RecordsSection::State::Idle);
    m_logSection->reset();
    m_transfers->clear();
    m_directory.recordTitles.clear();
    m_directory.applicationReferences.clear();
    m_applicationReferences.clear();
    ui->cockpitNavList->setCurrentRow(RecordsSectionIndex);
}

void CockpitPage::open(Section section)
{
    if (!m_recordsLoaded) {
        loadRecords();
        loadApplicationReferences();
    }
    if (m_transfers->state() == client::TransfersModel::State::Idle)
        m_transfers->reload();
    showSection(section);
}

void CockpitPage::showSection(Section section)
{
    if (ui->cockpitNavList->currentRow() != section)
        ui->cockpitNavList->setCurrentRow(section); // comes back here through the signal
    ui->sectionStack->setCurrentIndex(section);
    if (section == AccessLogSectionIndex) {
        if (m_logStale)
            m_logSection->refresh();
        else
            m_logSection->activate();
        m_logStale = false;
    }
}

void CockpitPage::loadRecords()
{
    m_recordsSection->setState(RecordsSection::State::Loading);
    const quint64 request = ++m_recordsRequest;
    m_api->fetchRecords(this, [this, request](const Result<QList<Record>> &result) {
        if (request != m_recordsRequest)
            return;
        if (!result.ok()) {
            m_recordsSection->setState(RecordsSection::State::Failed, result.problem());
            return;
        }
        m_recordsLoaded = true;
        m_records->setRecords(result.value());
        updateDirectory();
        m_recordsSection->setState(RecordsSection::State::Ready);
    });
}

void CockpitPage::loadApplicationReferences()
{
    // The log names cases by id; the citizen knows them by reference. One
    // page of her applications covers all but the most prolific applicants;
    // transfers name their own case anyway.
    const quint64 request = m_recordsRequest;
    m_applications->list(
        QString(), 200, this, [this, request](const Result<Page<ApplicationSummary>> &result) {
            if (request != m_recordsRequest || !result.ok())
                return;
            for (const ApplicationSummary &application : result.value().items)
                m_applicationReferences.insert(application.id, application.reference);
            updateDirectory();
        });
}

void CockpitPage::updateDirectory()
{
    m_directory.language = m_catalogue->language();
    m_directory.officeNames.clear();
    const auto &offices = m_catalogue->offices();
    for (auto it = offices.cbegin(); it != offices.cend(); ++it)
        m_directory.officeNames.insert(it.key(), it.value().name);
    m_directory.recordTitles.clear();
    for (const Record &record : m_records->records())
        m_directory.recordTitles.insert(record.id, record.title);
    m_directory.applicationReferences = m_applicationReferences;
    for (const Transfer &transfer : m_transfers->transfers()) {
        if (!transfer.applicationReference.isEmpty())
            m_directory.applicationReferences.insert(transfer.applicationId,
                                                     transfer.applicationReference);
    }
    m_records->setDirectory(m_directory);
    m_accessLog->setDirectory(m_directory);
    m_transfers->setDirectory(m_directory);
    m_logSection->setDirectory(m_directory);
    m_requestsSection->setDirectory(m_directory);
    m_recordsSection->setLanguage(m_directory.language);
}

void CockpitPage::openSendWizard()
{
    auto *wizard = new SendDataWizard(m_api.get(), m_records->records(), m_directory, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &SendDataWizard::sent, m_transfers, &client::TransfersModel::reload);
    wizard->open();
}

void CockpitPage::retranslate()
{
    const int pending = m_transfers->pendingCount();
    const QStringList names { tr("My data"), tr("Who has seen my data"),
                              pending > 0 ? tr("Requests (%1)").arg(pending) : tr("Requests"),
                              tr("Export") };
    for (int i = 0; i < names.size(); ++i) {
        QListWidgetItem *item = ui->cockpitNavList->item(i);
        item->setText(names.at(i));
        QFont font = item->font();
        font.setBold(i == RequestsSectionIndex && pending > 0);
        item->setFont(font);
    }
    adaptLayout();
    ui->cockpitNavList->item(RequestsSectionIndex)
        ->setData(Qt::AccessibleDescriptionRole,
                  pending > 0 ? tr("%n request(s) wait for your decision", nullptr, pending)
                              : QString());
}

void CockpitPage::adaptLayout()
{
    QListWidget *nav = ui->cockpitNavList;
    m_narrow = width() < 960;
    ui->bodyLayout->setDirection(m_narrow ? QBoxLayout::TopToBottom : QBoxLayout::LeftToRight);
    nav->setFlow(m_narrow ? QListView::LeftToRight : QListView::TopToBottom);
    nav->setWrapping(m_narrow);
    if (m_narrow) {
        nav->setMinimumWidth(0);
        nav->setMaximumWidth(QWIDGETSIZE_MAX);
        nav->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        nav->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        nav->setFixedHeight(nav->sizeHintForRow(0) + 2 * nav->frameWidth() + 12);
    } else {
        // As wide as the longest entry, in whichever language: nothing elided.
        nav->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
        nav->setMinimumHeight(0);
        nav->setMaximumHeight(QWIDGETSIZE_MAX);
        nav->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
        nav->setFixedWidth(nav->sizeHintForColumn(0) + 2 * nav->frameWidth() + 36);
    }
}

void CockpitPage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if ((width() < 960) != m_narrow)
        adaptLayout();
}

void CockpitPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        retranslate();
    }
    QWidget::changeEvent(event);
}

} // namespace rathaus::ui
