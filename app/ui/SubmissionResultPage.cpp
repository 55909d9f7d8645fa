#include "app/ui/SubmissionResultPage.h"

#include "app/client/ApplicationsApi.h"
#include "app/client/Formatting.h"
#include "app/client/StatusText.h"
#include "app/ui/ProblemText.h"
#include "app/ui/applications/PaymentPanel.h"

#include <QEvent>

#include "ui_SubmissionResultPage.h"

namespace rathaus::ui {

SubmissionResultPage::SubmissionResultPage(client::Session *session, QWidget *parent)
    : QWidget(parent), ui(std::make_unique<Ui::SubmissionResultPage>()), m_session(session),
      m_payment(new PaymentPanel(session, this))
{
    ui->setupUi(this);
    m_payment->setMaximumWidth(ui->resultCard->maximumWidth());
    ui->pageLayout->insertWidget(ui->pageLayout->indexOf(ui->resultCard) + 1, m_payment);
    m_payment->hide();
    connect(m_payment, &PaymentPanel::paymentSettled, this, [this](const Payment &payment) {
        if (hasSucceeded(payment.status))
            refreshAfterPayment();
    });
    connect(ui->resultHomeButton, &QPushButton::clicked, this,
            &SubmissionResultPage::homeRequested);
    connect(ui->resultApplicationsButton, &QPushButton::clicked, this,
            &SubmissionResultPage::applicationsRequested);
}

SubmissionResultPage::~SubmissionResultPage() = default;

void SubmissionResultPage::setReceiptContext(const QString &cityName, const QString &language)
{
    m_payment->setCityName(cityName);
    m_payment->setLanguage(language);
}

void SubmissionResultPage::refreshAfterPayment()
{
    if (!m_application)
        return;
    const QString id = m_application->id;
    client::ApplicationsApi(m_session).detail(
        id, this, [this, id](const Result<ApplicationDetail> &result) {
            if (!result.ok() || !m_application || m_application->id != id)
                return;
            m_application = result.value().summary;
            m_payment->setApplication(result.value());
            retranslate();
        });
}

void SubmissionResultPage::showFiled(const ApplicationSummary &application,
                                     const QString &serviceTitle, int processingDays)
{
    m_application = application;
    m_serviceTitle = serviceTitle;
    m_processingDays = processingDays;
    m_reason = {};
    // The panel needs no more of the detail than the summary to offer paying.
    m_payment->clear();
    if (application.status == ApplicationStatus::AwaitingPayment && application.feeCents > 0) {
        ApplicationDetail detail;
        detail.summary = application;
        m_payment->setApplication(detail);
    }
    retranslate();
    ui->resultApplicationsButton->setFocus(Qt::OtherFocusReason);
}

void SubmissionResultPage::showQueued(const QString &serviceTitle, const Problem &reason)
{
    m_application.reset();
    m_serviceTitle = serviceTitle;
    m_reason = reason;
    m_payment->clear();
    retranslate();
    ui->resultApplicationsButton->setFocus(Qt::OtherFocusReason);
}

void SubmissionResultPage::retranslate()
{
    ui->resultServiceLabel->setText(m_serviceTitle);
    const bool filed = m_application.has_value();
    ui->resultReferenceCaption->setVisible(filed);
    ui->resultReferenceLabel->setVisible(filed);
    ui->resultFeeCaption->setVisible(filed);
    ui->resultFeeLabel->setVisible(filed);
    if (!filed) {
        ui->resultHeadingLabel->setText(tr("Your application waits to be sent"));
        ui->resultStatusLabel->setText(tr("Waiting to be sent"));
        QString hint = tr("The city's server cannot be reached right now. Your application is "
                          "kept safely on this computer and sent by itself as soon as the "
                          "server answers again; it is filed only once. You can close Rathaus "
                          "meanwhile.");
        // "Unreachable" is said above already; other reasons (a timeout, a
        // server error) are worth their own sentence.
        if (!m_reason.isNull() && m_reason.slug() != QLatin1String("unreachable"))
            hint += QLatin1String("\n\n") + ProblemText::forUser(m_reason);
        ui->resultHintLabel->setText(hint);
        return;
    }
    const ApplicationSummary &application = *m_application;
    const QString status = applicationStatusToWire(application.status);
    ui->resultHeadingLabel->setText(tr("Your application has been received"));
    ui->resultReferenceLabel->setText(application.reference);
    ui->resultStatusLabel->setText(client::StatusText::applicationLabel(status));
    ui->resultFeeLabel->setText(
        application.feeCents > 0
            ? client::Formatting::money(application.feeCents, application.currency)
            : client::Formatting::fee(FeeRule {}));
    ui->resultHintLabel->setText(client::StatusText::applicationHint(status, m_processingDays) +
                           QLatin1Char(' ') +
                           tr("Please quote the reference if you contact the office."));
}

void SubmissionResultPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        retranslate();
    }
    QWidget::changeEvent(event);
}

} // namespace rathaus::ui
