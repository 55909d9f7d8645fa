#include "app/ui/ApplicationDetailPage.h"

#include "app/client/ApplicationsApi.h"
#include "app/client/CatalogueApi.h"
#include "app/client/Formatting.h"
#include "app/client/ServiceCatalogueModel.h"
#include "app/client/StatusText.h"
#include "app/ui/DirectionalIcon.h"
#include "app/ui/ProblemText.h"
#include "app/ui/forms/ApplicationReview.h"
#include "app/ui/forms/FieldEditor.h"
#include "app/ui/forms/FieldEditorFactory.h"

#include <QEvent>
#include <QGridLayout>
#include <QIcon>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QStyle>

#include "ui_ApplicationDetailPage.h"

namespace rathaus::ui {

ApplicationDetailPage::ApplicationDetailPage(client::ApiClient *api,
                                             client::ApplicationsApi *applications,
                                             client::ServiceCatalogueModel *catalogue,
                                             QWidget *parent)
    : QWidget(parent), ui(std::make_unique<Ui::ApplicationDetailPage>()), m_api(api),
      m_applications(applications), m_catalogue(catalogue), m_answers(new ApplicationReview)
{
    ui->setupUi(this);
    ui->detailBackButton->setIcon(directionalIcon(QStringLiteral(":/icons/back.svg")));
    m_answers->setReadOnly(true);
    ui->answersLayout->addWidget(m_answers);
    ui->detailMessageLabel->hide();
    connect(ui->detailBackButton, &QPushButton::clicked, this,
            &ApplicationDetailPage::backRequested);
    connect(ui->withdrawButton, &QPushButton::clicked, this,
            &ApplicationDetailPage::confirmWithdraw);
    render();
}

ApplicationDetailPage::~ApplicationDetailPage() = default;

void ApplicationDetailPage::addSection(QWidget *section)
{
    ui->extensionLayout->addWidget(section);
}

void ApplicationDetailPage::showApplication(const QString &applicationId)
{
    m_requestedId = applicationId;
    if (!m_detail || m_detail->summary.id != applicationId) {
        m_detail.reset();
        m_service.reset();
    }
    ui->detailMessageLabel->hide();
    render();
    const quint64 request = ++m_request;
    m_applications->detail(
        applicationId, this, [this, request](const Result<ApplicationDetail> &result) {
            if (request != m_request)
                return;
            if (!result.ok()) {
                showMessage(tr("The application could not be loaded.") + QLatin1Char(' ') +
                                ProblemText::forUser(result.problem()),
                            true);
                return;
            }
            m_detail = result.value();
            render();
            emit applicationShown(*m_detail);
            if (m_service && m_service->summary.id == m_detail->summary.serviceId &&
                m_service->form.version == m_detail->schemaVersion)
                return;
            // The form the application was filed on lays out the answers by its
            // steps (the administrator may have changed the service's form since).
            client::CatalogueApi(m_api).fetchService(
                m_detail->summary.serviceId, this,
                [this, request](const Result<ServiceDetail> &service) {
                    if (request != m_request || !service.ok())
                        return;
                    m_service = service.value();
                    renderAnswers();
                },
                m_detail->schemaVersion);
        });
}

QString ApplicationDetailPage::serviceTitle() const
{
    if (!m_detail)
        return {};
    if (const ServiceSummary *service = m_catalogue->service(m_detail->summary.serviceId))
        return service->title.in(m_catalogue->language());
    return m_detail->summary.serviceId;
}

void ApplicationDetailPage::render()
{
    const bool loaded = m_detail.has_value();
    ui->detailScrollArea->setVisible(loaded);
    if (!loaded) {
        ui->detailTitleLabel->setText(tr("Application"));
        ui->detailReferenceLabel->setText(tr("Loading…"));
        ui->withdrawButton->hide();
        return;
    }
    const ApplicationSummary &summary = m_detail->summary;
    const QString status = applicationStatusToWire(summary.status);
    const ServiceSummary *service = m_catalogue->service(summary.serviceId);
    ui->detailTitleLabel->setText(serviceTitle());
    //: Under the title of an application: "LUN-2026-000123 · filed on 29.11.26 11:20"
    ui->detailReferenceLabel->setText(
        tr("%1 · filed on %2")
            .arg(summary.reference,
                 QLocale().toString(summary.createdAt.toLocalTime(), QLocale::ShortFormat)));
    ui->detailStatusLabel->setText(
        client::StatusText::applicationLabel(status, m_detail->statusLabel));
    ui->detailHintLabel->setText(client::StatusText::applicationHint(
        status, service ? service->processingDays : 0, m_detail->nextStep));
    if (summary.feeCents > 0) {
        const QString payment = client::StatusText::paymentLabel(
            summary.paymentStatus ? paymentStatusToWire(*summary.paymentStatus) : QString(),
            summary.feeCents);
        ui->detailFeeLabel->setText(
            tr("Fee: %1 (%2)")
                .arg(client::Formatting::money(summary.feeCents, summary.currency), payment));
    } else {
        ui->detailFeeLabel->setText(tr("Fee: %1").arg(client::Formatting::fee(FeeRule {})));
    }
    ui->withdrawButton->setVisible(client::StatusText::canWithdraw(status));
    ui->withdrawButton->setEnabled(!m_withdrawing);
    renderAnswers();
    renderHistory();
}

void ApplicationDetailPage::renderAnswers()
{
    if (!m_detail)
        return;
    const QString language = m_catalogue->language();
    QList<ApplicationReview::Step> steps;
    if (m_service) {
        for (const FormStep &formStep : m_service->form.steps) {
            ApplicationReview::Step step;
            step.title = formStep.title.in(language);
            for (const FormField &field : formStep.fields) {
                if (!m_detail->data.contains(field.id))
                    continue;
                // The editors know how each type reads ("Ja", dates, addresses).
                std::unique_ptr<FieldEditor> editor(
                    FieldEditorFactory::create(field, language, nullptr));
                editor->setValue(m_detail->data.value(field.id));
                step.rows.append({ field.id, field.label.in(language), editor->displayText() });
            }
            if (!step.rows.isEmpty())
                steps.append(step);
        }
    } else {
        // The form is not known (yet): the values as they are.
        ApplicationReview::Step step;
        for (auto it = m_detail->data.begin(); it != m_detail->data.end(); ++it)
            step.rows.append({ it.key(), it.key(), it.value().toVariant().toString() });
        steps.append(step);
    }
    m_answers->setContent(steps, {});
}

void ApplicationDetailPage::renderHistory()
{
    while (QLayoutItem *item = ui->historyLayout->takeAt(0)) {
        if (QWidget *widget = item->widget()) {
            widget->hide();
            widget->deleteLater();
        }
        delete item;
    }
    if (!m_detail)
        return;
    int row = 0;
    // Newest first: what happened last is what the citizen looks for.
    for (auto it = m_detail->history.crbegin(); it != m_detail->history.crend(); ++it) {
        const ApplicationHistoryEntry &entry = *it;
        auto *when = new QLabel(QLocale().toString(entry.at.toLocalTime(), QLocale::ShortFormat),
                                ui->historyCard);
        when->setProperty("muted", true);
        when->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        const QString status =
            client::StatusText::applicationLabel(applicationStatusToWire(entry.to));
        //: The first entry of an application's history, e.g. "Filed · Fee open"
        QString text = entry.from ? status : tr("Filed · %1").arg(status);
        if (!entry.actorName.isEmpty())
            text += QStringLiteral(" · ") + entry.actorName;
        if (!entry.reason.isEmpty())
            text += QLatin1Char('\n') + entry.reason;
        if (!entry.note.isEmpty())
            text += QLatin1Char('\n') + entry.note;
        auto *what = new QLabel(text, ui->historyCard);
        what->setObjectName(QStringLiteral("historyEntry_%1").arg(row));
        what->setTextFormat(Qt::PlainText);
        what->setWordWrap(true);
        ui->historyLayout->addWidget(when, row, 0);
        ui->historyLayout->addWidget(what, row, 1);
        ++row;
    }
    ui->historyLayout->setColumnStretch(1, 1);
}

void ApplicationDetailPage::confirmWithdraw()
{
    if (!m_detail)
        return;
    auto *box =
        new QMessageBox(QMessageBox::Question, tr("Withdraw the application?"),
                        tr("Withdraw your application %1?").arg(m_detail->summary.reference),
                        QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("withdrawConfirmBox"));
    QPushButton *confirm = box->addButton(tr("Withdraw"), QMessageBox::DestructiveRole);
    confirm->setObjectName(QStringLiteral("confirmWithdrawButton"));
    box->setInformativeText(tr("The office will not process it further. This cannot be undone; "
                               "you can file a new application at any time."));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    connect(box, &QMessageBox::finished, this, [this, box, confirm] {
        if (box->clickedButton() == confirm)
            withdraw();
    });
    box->open();
}

void ApplicationDetailPage::withdraw()
{
    if (!m_detail || m_withdrawing)
        return;
    m_withdrawing = true;
    ui->withdrawButton->setEnabled(false);
    const quint64 request = ++m_request;
    m_applications->withdraw(
        m_detail->summary.id, this, [this, request](const Result<ApplicationDetail> &result) {
            m_withdrawing = false;
            if (request != m_request)
                return;
            if (!result.ok()) {
                render();
                showMessage(tr("The application could not be withdrawn.") + QLatin1Char(' ') +
                                ProblemText::forUser(result.problem()),
                            true);
                return;
            }
            m_detail = result.value();
            render();
            showMessage(tr("Your application was withdrawn."), false);
            emit applicationChanged(m_detail->summary);
        });
}

void ApplicationDetailPage::showMessage(const QString &text, bool isError)
{
    ui->detailMessageLabel->setText(text);
    ui->detailMessageLabel->setProperty("error", isError);
    ui->detailMessageLabel->setProperty("notice", !isError);
    ui->detailMessageLabel->style()->unpolish(ui->detailMessageLabel);
    ui->detailMessageLabel->style()->polish(ui->detailMessageLabel);
    ui->detailMessageLabel->show();
}

void ApplicationDetailPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        render();
    }
    QWidget::changeEvent(event);
}

} // namespace rathaus::ui
