#include "app/ui/ServiceDetailPage.h"

#include "app/client/CatalogueApi.h"
#include "app/client/Formatting.h"
#include "app/client/ServiceCatalogueModel.h"
#include "app/ui/DirectionalIcon.h"
#include "app/ui/ProblemText.h"

#include <QEvent>
#include <QIcon>
#include <QShortcut>

#include "ui_ServiceDetailPage.h"

namespace rathaus::ui {

ServiceDetailPage::ServiceDetailPage(client::ApiClient *api,
                                     client::ServiceCatalogueModel *catalogue, QWidget *parent)
    : QWidget(parent), ui(std::make_unique<Ui::ServiceDetailPage>()), m_api(api),
      m_catalogue(catalogue)
{
    ui->setupUi(this);
    ui->backButton->setIcon(directionalIcon(QStringLiteral(":/icons/back.svg")));
    connect(ui->backButton, &QPushButton::clicked, this, &ServiceDetailPage::backRequested);
    // Escape and Alt+Left go back, like in a browser.
    for (const QKeySequence &key :
         { QKeySequence(Qt::Key_Escape), QKeySequence(QKeySequence::Back) }) {
        auto *shortcut = new QShortcut(key, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, &ServiceDetailPage::backRequested);
    }
    connect(ui->applyButton, &QPushButton::clicked, this, [this] {
        if (m_detail && !m_detail->form.steps.isEmpty())
            emit applyRequested(*m_detail);
    });
    connect(ui->feedbackButton, &QPushButton::clicked, this, [this] {
        const ServiceSummary *service = m_catalogue->service(m_serviceId);
        emit feedbackRequested(m_serviceId, service ? service->title.in(m_catalogue->language())
                                                    : QString());
    });
    connect(m_catalogue, &QAbstractItemModel::dataChanged, this, &ServiceDetailPage::render);
    render();
}

ServiceDetailPage::~ServiceDetailPage() = default;

void ServiceDetailPage::showService(const QString &serviceId)
{
    m_serviceId = serviceId;
    m_detail.reset();
    m_problem = {};
    m_loading = true;
    const quint64 request = ++m_request;
    render();
    client::CatalogueApi(m_api).fetchService(serviceId, this,
                                             [this, request](const Result<ServiceDetail> &result) {
                                                 if (request != m_request)
                                                     return;
                                                 m_loading = false;
                                                 if (result.ok())
                                                     m_detail = result.value();
                                                 else
                                                     m_problem = result.problem();
                                                 render();
                                             });
    ui->backButton->setFocus(Qt::OtherFocusReason);
}

void ServiceDetailPage::render()
{
    const QString language = m_catalogue->language();
    // The catalogue already knows title, fee and time: show them at once.
    ServiceSummary summary;
    if (m_detail)
        summary = m_detail->summary;
    else if (const ServiceSummary *known = m_catalogue->service(m_serviceId))
        summary = *known;

    ui->serviceTitleLabel->setText(summary.title.in(language));
    ui->summaryLabel->setText(summary.summary.in(language));
    ui->summaryLabel->setVisible(!summary.summary.isEmpty());
    ui->feeValueLabel->setText(
        summary.id.isEmpty() ? QString() : client::Formatting::fee(summary.fee, QLocale()));
    ui->processingTimeValueLabel->setText(
        summary.id.isEmpty() ? QString()
                             : client::Formatting::processingTime(summary.processingDays));
    ui->serviceOfficeValueLabel->setText(
        summary.officeId.isEmpty() ? QString() : m_catalogue->officeName(summary.officeId));

    QString status;
    if (m_loading)
        status = tr("Loading the details…");
    else if (!m_problem.isNull())
        status = tr("The details could not be loaded.") + QLatin1Char(' ') +
            ProblemText::forUser(m_problem);
    ui->statusLabel->setText(status);
    ui->statusLabel->setVisible(!status.isEmpty());

    const bool haveDetail = m_detail.has_value();
    // The form comes with the details: until they are there, nothing to fill in.
    ui->applyButton->setEnabled(haveDetail && !m_detail->form.steps.isEmpty());
    ui->applyHintLabel->setVisible(haveDetail && !m_detail->form.steps.isEmpty());
    ui->detailScrollArea->setVisible(haveDetail || m_catalogue->service(m_serviceId));
    ui->descriptionHeading->setVisible(haveDetail);
    ui->descriptionLabel->setVisible(haveDetail);
    ui->requirementsHeading->setVisible(haveDetail);
    ui->requirementsLabel->setVisible(haveDetail);
    ui->legalBasisCaptionLabel->setVisible(haveDetail);
    ui->legalBasisValueLabel->setVisible(haveDetail);
    if (!haveDetail)
        return;

    ui->descriptionLabel->setText(m_detail->description.in(language));
    if (m_detail->requirements.isEmpty()) {
        ui->requirementsLabel->setText(tr("Nothing beyond your account.").toHtmlEscaped());
    } else {
        QString html = QStringLiteral("<ul style=\"margin-left:0px; -qt-list-indent:1;\">");
        for (const LocalizedText &requirement : m_detail->requirements)
            html += QStringLiteral("<li style=\"margin-bottom:4px;\">") +
                requirement.in(language).toHtmlEscaped() + QStringLiteral("</li>");
        html += QStringLiteral("</ul>");
        ui->requirementsLabel->setText(html);
    }
    ui->legalBasisValueLabel->setText(m_detail->legalBasis.isEmpty() ? tr("not stated")
                                                                     : m_detail->legalBasis);
}

void ServiceDetailPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        render();
    }
    QWidget::changeEvent(event);
}

} // namespace rathaus::ui
