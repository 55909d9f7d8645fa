#include "app/ui/staff/CaseActionDialog.h"

#include "app/ui/forms/DateTyping.h"

#include <QDate>
#include <QEvent>
#include <QLocale>
#include <QUuid>

#include "ui_CaseActionDialog.h"

namespace rathaus::ui {

using client::CaseAction;

CaseActionDialog::CaseActionDialog(CaseAction action, QWidget *parent)
    : QDialog(parent), ui(std::make_unique<Ui::CaseActionDialog>()), m_action(action),
      m_idempotencyKey(QUuid::createUuid().toByteArray(QUuid::WithoutBraces))
{
    ui->setupUi(this);
    setObjectName(QStringLiteral("caseActionDialog"));
    const auto spec = client::CaseActions::spec(action);
    const bool hasText = spec.needsText || action == CaseAction::Approve;
    ui->actionTextLabel->setVisible(hasText);
    ui->actionTextEdit->setVisible(hasText);
    ui->untilLabel->setVisible(spec.needsDate);
    ui->untilDateEdit->setVisible(spec.needsDate);
    // Four-digit years and a date typed as a whole (DateTyping).
    ui->untilDateEdit->setDisplayFormat(DateTyping::fullYearFormat(QLocale()));
    DateTyping::attach(ui->untilDateEdit);
    ui->untilDateEdit->setMinimumDate(QDate::currentDate().addDays(1));
    ui->untilDateEdit->setDate(QDate::currentDate().addDays(14));
    const bool refund = action == CaseAction::Refund;
    ui->amountLabel->setVisible(refund);
    ui->amountSpinBox->setVisible(refund);
    ui->dialogErrorLabel->hide();

    connect(ui->cancelButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(ui->confirmButton, &QPushButton::clicked, this, [this] {
        if (validate())
            emit confirmed();
    });
    connect(ui->actionTextEdit, &QPlainTextEdit::textChanged, this, [this] {
        if (ui->dialogErrorLabel->isVisible() && !m_conflict)
            ui->dialogErrorLabel->hide();
    });
    retranslate();
    // As tall as what this action shows: hidden rows leave no gap.
    adjustSize();
    if (hasText)
        ui->actionTextEdit->setFocus();
}

CaseActionDialog::~CaseActionDialog() = default;

QString CaseActionDialog::actionTitle(CaseAction action)
{
    switch (action) {
    case CaseAction::Take:
        return tr("Take the case");
    case CaseAction::StartReview:
        return tr("Start review");
    case CaseAction::AskCitizen:
        return tr("Ask the citizen");
    case CaseAction::Suspend:
        return tr("Put on hold");
    case CaseAction::Resume:
        return tr("Resume review");
    case CaseAction::Approve:
        return tr("Approve");
    case CaseAction::Reject:
        return tr("Reject");
    case CaseAction::IssueDocument:
        return tr("Issue the document");
    case CaseAction::Refund:
        return tr("Refund the fee");
    }
    return {};
}

QString CaseActionDialog::doneText(CaseAction action)
{
    switch (action) {
    case CaseAction::Take:
        return tr("You have taken the case.");
    case CaseAction::StartReview:
        return tr("Review started.");
    case CaseAction::AskCitizen:
        return tr("Your question was sent; the case waits for the answer.");
    case CaseAction::Suspend:
        return tr("The case is on hold.");
    case CaseAction::Resume:
        return tr("Review resumed.");
    case CaseAction::Approve:
        return tr("The application is approved. Issue the document to complete the case.");
    case CaseAction::Reject:
        return tr("The application is rejected; the citizen has been told why.");
    case CaseAction::IssueDocument:
        return tr("The document is signed and issued; the case is complete.");
    case CaseAction::Refund:
        return tr("The refund has been made.");
    }
    return {};
}

void CaseActionDialog::retranslate()
{
    setWindowTitle(actionTitle(m_action));
    ui->actionTitleLabel->setText(actionTitle(m_action));
    QString explanation;
    QString textLabel;
    QString confirm;
    switch (m_action) {
    case CaseAction::AskCitizen:
        explanation = tr("The citizen receives your question and the case waits for the answer. "
                         "Ask for exactly what is missing.");
        textLabel = tr("&Question to the citizen");
        confirm = tr("Send &question");
        break;
    case CaseAction::Suspend:
        explanation = tr("The case pauses until the date you set. The citizen is told that it is "
                         "on hold, with your reason.");
        textLabel = tr("&Reason");
        confirm = tr("Put on &hold");
        break;
    case CaseAction::Approve:
        explanation = tr("The application is approved. Then issue the signed document to "
                         "complete the case.");
        textLabel = tr("&Note to the citizen (optional)");
        confirm = tr("&Approve");
        break;
    case CaseAction::Reject:
        explanation = tr("The application is rejected. The citizen receives your reason; state "
                         "the legal grounds and how to object.");
        textLabel = tr("&Reason for the rejection");
        confirm = tr("&Reject");
        break;
    case CaseAction::IssueDocument:
        explanation = tr("The office signs the document with its key and the citizen receives it. "
                         "The case is then completed. This cannot be undone.");
        confirm = tr("&Issue and complete");
        break;
    case CaseAction::Refund:
        explanation = tr("The amount goes back to the citizen's card. A refund cannot be "
                         "undone.");
        confirm = tr("&Refund");
        break;
    default:
        confirm = actionTitle(m_action);
        break;
    }
    ui->actionExplanationLabel->setText(explanation);
    ui->actionTextLabel->setText(textLabel);
    ui->actionTextEdit->setAccessibleName(QString(textLabel).remove(QLatin1Char('&')));
    if (!m_conflict)
        ui->confirmButton->setText(confirm);
}

bool CaseActionDialog::validate()
{
    const auto spec = client::CaseActions::spec(m_action);
    if (spec.needsText && ui->actionTextEdit->toPlainText().trimmed().isEmpty()) {
        showError(m_action == CaseAction::AskCitizen ? tr("Please write your question.")
                                                     : tr("Please give a reason."));
        ui->actionTextEdit->setFocus();
        return false;
    }
    if (spec.needsDate && ui->untilDateEdit->date() <= QDate::currentDate()) {
        showError(tr("Please choose a date in the future."));
        return false;
    }
    if (m_action == CaseAction::Refund && amountCents() <= 0) {
        showError(tr("Please enter an amount."));
        return false;
    }
    return true;
}

client::TransitionRequest CaseActionDialog::request() const
{
    client::TransitionRequest request;
    const auto spec = client::CaseActions::spec(m_action);
    if (spec.to)
        request.to = *spec.to;
    const QString text = ui->actionTextEdit->toPlainText().trimmed();
    if (m_action == CaseAction::Suspend || m_action == CaseAction::Reject)
        request.reason = text;
    else
        request.note = text;
    if (spec.needsDate)
        request.until = QDateTime(ui->untilDateEdit->date(), QTime(0, 0), Qt::LocalTime).toUTC();
    return request;
}

qint64 CaseActionDialog::amountCents() const
{
    return qRound64(ui->amountSpinBox->value() * 100.0);
}

void CaseActionDialog::setRefundable(qint64 cents)
{
    ui->amountSpinBox->setMaximum(double(cents) / 100.0);
    ui->amountSpinBox->setValue(double(cents) / 100.0);
}

void CaseActionDialog::setBusy(bool busy)
{
    ui->confirmButton->setEnabled(!busy);
    ui->actionTextEdit->setReadOnly(busy);
    if (busy)
        ui->dialogErrorLabel->hide();
}

void CaseActionDialog::showError(const QString &message)
{
    ui->dialogErrorLabel->setText(message);
    ui->dialogErrorLabel->show();
}

void CaseActionDialog::showConflict(const QString &message, bool stillPossible)
{
    m_conflict = true;
    ui->actionTextEdit->setReadOnly(false);
    showError(stillPossible ? message + QLatin1Char(' ') +
                      tr("Your text is kept. Check the current state, then send it again.")
                            : message + QLatin1Char(' ') +
                      tr("This step is no longer possible in the case's current state. Your "
                         "text is kept so you can copy it."));
    ui->confirmButton->setText(tr("Send &again"));
    ui->confirmButton->setEnabled(stillPossible);
}

void CaseActionDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}

} // namespace rathaus::ui
