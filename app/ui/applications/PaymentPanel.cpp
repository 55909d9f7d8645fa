#include "app/ui/applications/PaymentPanel.h"

#include "app/client/CitizenApi.h"
#include "app/client/Formatting.h"
#include "app/client/PaymentFlow.h"
#include "app/ui/ProblemText.h"
#include "app/ui/applications/ExternalBrowser.h"
#include "app/ui/applications/Printout.h"
#include "app/ui/kiosk/KioskPolicy.h"

#include <QClipboard>
#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QTextDocument>
#include <QVBoxLayout>

namespace rathaus::ui {

using client::PaymentFlow;

PaymentPanel::PaymentPanel(client::Session *session, QWidget *parent)
    : QFrame(parent), m_session(session), m_flow(new PaymentFlow(session, this))
{
    setObjectName(QStringLiteral("paymentPanel"));
    setProperty("card", true);
    m_flow->setUrlOpener([](const QUrl &url) { return ExternalBrowser::open(url); });

    m_titleLabel = new QLabel(this);
    m_titleLabel->setProperty("subheading", true);
    m_amountLabel = new QLabel(this);
    m_amountLabel->setObjectName(QStringLiteral("paymentAmountLabel"));
    m_amountLabel->setProperty("fact", true);
    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("paymentStatusLabel"));
    m_statusLabel->setTextFormat(Qt::PlainText);
    m_statusLabel->setWordWrap(true);
    m_detailLabel = new QLabel(this);
    m_detailLabel->setObjectName(QStringLiteral("paymentDetailLabel"));
    m_detailLabel->setTextFormat(Qt::PlainText);
    m_detailLabel->setWordWrap(true);
    // Read-only line: selectable and scrollable, however long the address.
    m_linkField = new QLineEdit(this);
    m_linkField->setObjectName(QStringLiteral("paymentLinkField"));
    m_linkField->setReadOnly(true);
    m_copyLinkButton = new QPushButton(this);
    m_copyLinkButton->setObjectName(QStringLiteral("copyPaymentLinkButton"));
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("paymentBusyIndicator"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(4);
    m_payButton = new QPushButton(this);
    m_payButton->setObjectName(QStringLiteral("payButton"));
    m_payButton->setProperty("primary", true);
    m_reopenButton = new QPushButton(this);
    m_reopenButton->setObjectName(QStringLiteral("reopenPaymentPageButton"));
    m_checkButton = new QPushButton(this);
    m_checkButton->setObjectName(QStringLiteral("checkPaymentButton"));
    m_saveReceiptButton = new QPushButton(this);
    m_saveReceiptButton->setObjectName(QStringLiteral("saveReceiptButton"));
    m_printReceiptButton = new QPushButton(this);
    m_printReceiptButton->setObjectName(QStringLiteral("printReceiptButton"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 12, 20, 16);
    layout->setSpacing(8);
    auto *header = new QHBoxLayout;
    header->addWidget(m_titleLabel, 1);
    header->addWidget(m_amountLabel);
    layout->addLayout(header);
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_detailLabel);
    auto *link = new QHBoxLayout;
    link->setSpacing(10);
    link->addWidget(m_linkField, 1);
    link->addWidget(m_copyLinkButton, 0, Qt::AlignTop);
    layout->addLayout(link);
    layout->addWidget(m_busy);
    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(10);
    buttons->addWidget(m_payButton);
    buttons->addWidget(m_reopenButton);
    buttons->addWidget(m_checkButton);
    buttons->addWidget(m_saveReceiptButton);
    buttons->addWidget(m_printReceiptButton);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    connect(m_payButton, &QPushButton::clicked, this, [this] {
        if (m_detail)
            m_flow->start(m_detail->summary.id);
    });
    connect(m_reopenButton, &QPushButton::clicked, m_flow, &PaymentFlow::reopenProvider);
    connect(m_copyLinkButton, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_flow->providerUrl().toString(QUrl::FullyEncoded));
        m_linkCopied = true;
        render();
    });
    connect(m_flow, &PaymentFlow::providerPageTried, this, [this] {
        m_linkCopied = false;
        render();
    });
    connect(m_checkButton, &QPushButton::clicked, m_flow, &PaymentFlow::checkNow);
    connect(m_saveReceiptButton, &QPushButton::clicked, this, [this] {
        if (!m_receipt)
            return;
        auto text = Printout::receipt(*m_receipt, m_cityName, m_language);
        Printout::saveAs(text.get(), tr("Receipt %1.pdf").arg(m_receipt->reference),
                         tr("Payment receipt"), this);
    });
    connect(m_printReceiptButton, &QPushButton::clicked, this, [this] {
        if (!m_receipt)
            return;
        auto text = Printout::receipt(*m_receipt, m_cityName, m_language);
        Printout::print(text.get(), tr("Payment receipt"), this);
    });
    connect(m_flow, &PaymentFlow::stepChanged, this, &PaymentPanel::render);
    connect(m_flow, &PaymentFlow::paymentChanged, this, &PaymentPanel::render);
    connect(m_flow, &PaymentFlow::settled, this, [this](const Payment &payment) {
        if (m_detail)
            m_detail->payment = payment;
        if (hasSucceeded(payment.status))
            fetchReceipt(payment.id);
        render();
        emit paymentSettled(payment);
    });
    retranslate();
    render();
}

PaymentPanel::~PaymentPanel() = default;

void PaymentPanel::setApplication(const ApplicationDetail &detail)
{
    const bool sameApplication = m_detail && m_detail->summary.id == detail.summary.id;
    m_detail = detail;
    if (!sameApplication) {
        m_flow->stopWaiting();
        m_receipt.reset();
    }
    if (detail.payment) {
        if (isOpen(detail.payment->status) && m_flow->step() != PaymentFlow::Step::Creating)
            m_flow->follow(*detail.payment); // begun earlier (another run, another window)
        if (hasSucceeded(detail.payment->status) &&
            (!m_receipt || m_receipt->paymentId != detail.payment->id))
            fetchReceipt(detail.payment->id);
    }
    render();
}

void PaymentPanel::clear()
{
    m_flow->stopWaiting();
    m_detail.reset();
    m_receipt.reset();
    render();
}

void PaymentPanel::fetchReceipt(const QString &paymentId)
{
    client::CitizenApi(m_session).fetchReceipt(paymentId, this, [this](const Result<Receipt> &result) {
        if (result.ok())
            m_receipt = result.value();
        render();
    });
}

bool PaymentPanel::saveReceipt(const QString &path) const
{
    if (!m_receipt)
        return false;
    auto text = Printout::receipt(*m_receipt, m_cityName, m_language);
    return Printout::writePdf(text.get(), path, tr("Payment receipt"));
}

QString PaymentPanel::outcomeHeadline(const Payment &payment)
{
    switch (payment.status) {
    case PaymentStatus::Succeeded:
        return tr("Paid");
    case PaymentStatus::PartiallyRefunded:
        return tr("Paid, partly refunded");
    case PaymentStatus::Refunded:
        return tr("Refunded");
    case PaymentStatus::Cancelled:
        return tr("Cancelled");
    case PaymentStatus::Created:
    case PaymentStatus::Pending:
        return tr("Payment in progress");
    case PaymentStatus::Failed:
        break;
    }
    switch (payment.failureCode) {
    case PaymentFailure::Declined:
        return tr("Declined");
    case PaymentFailure::ExpiredCard:
        return tr("Card expired");
    case PaymentFailure::ProviderError:
        return tr("Error at the payment provider");
    case PaymentFailure::CancelledByUser:
        return tr("Cancelled");
    case PaymentFailure::Timeout:
        return tr("No answer from the payment provider");
    case PaymentFailure::None:
        break;
    }
    return tr("Not paid");
}

void PaymentPanel::render()
{
    const bool known = m_detail.has_value() && m_detail->summary.feeCents > 0;
    setVisible(known);
    if (!known)
        return;
    const ApplicationDetail &detail = *m_detail;
    m_amountLabel->setText(
        client::Formatting::money(detail.summary.feeCents, detail.summary.currency));

    const PaymentFlow::Step step = m_flow->step();
    const std::optional<Payment> payment =
        m_flow->payment().id.isEmpty() ? detail.payment : std::optional(m_flow->payment());
    const bool awaiting = detail.summary.status == ApplicationStatus::AwaitingPayment;
    const bool paid = payment && hasSucceeded(payment->status);

    QString status;
    QString explanation;
    QString link;
    bool problem = false;
    bool busy = false;
    if (step == PaymentFlow::Step::Creating) {
        status = tr("Preparing the payment…");
        busy = true;
    } else if (step == PaymentFlow::Step::AwaitingProvider) {
        status = tr("Waiting for the payment provider…");
        const std::optional<bool> opened = m_flow->providerPageOpened();
        if (opened.value_or(false))
            explanation = tr("The payment page has opened in your browser. Complete the payment "
                             "there; this page shows the result as soon as it arrives.");
        else if (opened)
            explanation = tr("Your browser could not be opened. Copy the address of the payment "
                             "page below and open it in a browser to pay; this page shows the "
                             "result as soon as it arrives.");
        else
            explanation = tr("Complete the payment on the payment provider's page (address "
                             "below); this page shows the result as soon as it arrives.");
        // Whenever it is not sure the browser shows the page, the citizen
        // gets the address to open it elsewhere.
        link =
            opened.value_or(false) ? QString() : m_flow->providerUrl().toString(QUrl::FullyEncoded);
        busy = true;
    } else if (step == PaymentFlow::Step::Problem) {
        status = tr("The payment could not be started.");
        explanation = ProblemText::forUser(m_flow->problem());
        problem = true;
    } else if (payment && !isOpen(payment->status)) {
        status = outcomeHeadline(*payment);
        explanation = paid ? tr("Thank you. Your application has been passed on to the office.")
                           : PaymentFlow::describe(*payment);
        problem = !paid;
    } else if (awaiting) {
        status = tr("Not paid yet");
        explanation = tr("Your application will be passed on to the office once the fee is paid. "
                         "You pay on the payment provider's page in your browser.");
    }
    m_statusLabel->setText(status);
    m_statusLabel->setProperty("fact", !problem);
    m_statusLabel->setProperty("error", problem);
    m_statusLabel->style()->unpolish(m_statusLabel);
    m_statusLabel->style()->polish(m_statusLabel);
    m_detailLabel->setText(explanation);
    m_detailLabel->setVisible(!explanation.isEmpty());
    if (m_linkField->text() != link) {
        m_linkField->setText(link);
        m_linkField->setCursorPosition(0); // the address from its start (https://...)
    }
    m_linkField->setVisible(!link.isEmpty());
    m_copyLinkButton->setVisible(!link.isEmpty());
    m_copyLinkButton->setText(m_linkCopied ? tr("Link copied") : tr("Copy link"));
    m_busy->setVisible(busy);

    const bool canPay = awaiting && !busy && !paid;
    m_payButton->setVisible(canPay);
    m_payButton->setText(payment && !isOpen(payment->status) && !paid ? tr("Pay &again")
                                                                      : tr("&Pay now"));
    m_reopenButton->setVisible(step == PaymentFlow::Step::AwaitingProvider);
    m_checkButton->setVisible(step == PaymentFlow::Step::AwaitingProvider);
    m_saveReceiptButton->setVisible(paid && KioskPolicy::savesFiles()); // a kiosk prints
    m_printReceiptButton->setVisible(paid);
    m_saveReceiptButton->setEnabled(m_receipt.has_value());
    m_printReceiptButton->setEnabled(m_receipt.has_value());
}

void PaymentPanel::retranslate()
{
    m_titleLabel->setText(tr("Fee"));
    m_reopenButton->setText(tr("Open the payment page again"));
    m_checkButton->setText(tr("Check the status now"));
    m_linkField->setAccessibleName(tr("Address of the payment page"));
    m_copyLinkButton->setAccessibleName(tr("Copy the address of the payment page"));
    m_saveReceiptButton->setText(tr("&Save receipt…"));
    m_saveReceiptButton->setAccessibleName(tr("Save the receipt as PDF"));
    m_printReceiptButton->setText(tr("P&rint receipt…"));
    m_payButton->setAccessibleName(tr("Pay the fee on the payment provider's page"));
}

void PaymentPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        render();
    }
    QFrame::changeEvent(event);
}

} // namespace rathaus::ui
