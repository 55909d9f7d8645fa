#include "app/ui/staff/StaffCasePage.h"

#include "app/client/Formatting.h"
#include "app/client/ServiceCatalogueModel.h"
#include "app/client/staff/CaseController.h"
#include "app/client/staff/CaseDataLayout.h"
#include "app/client/staff/StaffApi.h"
#include "app/ui/ProblemText.h"
#include "app/ui/staff/AttachmentViewer.h"
#include "app/ui/staff/CaseActionDialog.h"
#include "app/ui/staff/TransferRequestDialog.h"

#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QTextCursor>
#include <QUuid>
#include <QVBoxLayout>

#include "ui_StaffCasePage.h"

namespace rathaus::ui {

using client::CaseAction;

namespace {

QString when(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat)
                          : QString();
}

QString day(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime().date(), QLocale::ShortFormat)
                          : QString();
}

QString paragraph(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>"));
}

void clearLayout(QLayout *layout)
{
    while (QLayoutItem *item = layout->takeAt(0)) {
        if (QWidget *widget = item->widget()) {
            widget->hide();
            widget->deleteLater();
        }
        delete item;
    }
}

} // namespace

StaffCasePage::StaffCasePage(client::StaffApi *api, client::ServiceCatalogueModel *catalogue,
                             QWidget *parent)
    : QWidget(parent),
      ui(std::make_unique<Ui::StaffCasePage>()),
      m_api(api),
      m_catalogue(catalogue),
      m_controller(new client::CaseController(api, this))
{
    ui->setupUi(this);
    ui->conflictLabel->hide();
    ui->caseMessageLabel->hide();
    ui->actionLayout->addStretch(1); // the buttons go before it, left-aligned

    connect(ui->backToInboxButton, &QPushButton::clicked, this, &StaffCasePage::backRequested);
    connect(ui->reloadCaseButton, &QPushButton::clicked, this, [this] {
        ui->caseMessageLabel->hide(); // what it said was about the state before
        m_controller->reload();
    });
    connect(ui->addNoteButton, &QPushButton::clicked, this, [this] {
        if (ui->noteEdit->toPlainText().trimmed().isEmpty())
            return;
        m_pending = PendingWrite::Note;
        m_controller->addNote(ui->noteEdit->toPlainText());
    });
    connect(ui->sendMessageButton, &QPushButton::clicked, this, [this] {
        if (ui->messageEdit->toPlainText().trimmed().isEmpty())
            return;
        m_pending = PendingWrite::Message;
        // One key per message meant: kept until it went through.
        if (m_messageKey.isEmpty())
            m_messageKey = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
        m_controller->sendMessage(ui->messageEdit->toPlainText(), m_messageKey);
    });
    // Another text is another message: it gets a key of its own.
    connect(ui->messageEdit, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_controller->isBusy())
            m_messageKey.clear();
    });
    connect(ui->requestTransferButton, &QPushButton::clicked, this,
            &StaffCasePage::requestTransfer);
    connect(ui->caseTabWidget, &QTabWidget::currentChanged, this, [this](int index) {
        if (ui->caseTabWidget->widget(index) == ui->transfersTab && m_controller->current())
            m_controller->loadTransfers();
    });

    connect(m_controller, &client::CaseController::loaded, this, &StaffCasePage::showCase);
    connect(m_controller, &client::CaseController::loadFailed, this, [this](const Problem &p) {
        setMessage(tr("The case could not be loaded. %1").arg(ProblemText::forUser(p)), true);
    });
    connect(m_controller, &client::CaseController::busyChanged, this, [this](bool busy) {
        for (QPushButton *button : std::as_const(m_actionButtons))
            button->setEnabled(!busy);
        ui->addNoteButton->setEnabled(!busy);
        ui->sendMessageButton->setEnabled(!busy);
        if (m_dialog)
            m_dialog->setBusy(busy);
    });
    connect(m_controller, &client::CaseController::actionSucceeded, this, [this] {
        ui->conflictLabel->hide();
        switch (m_pending) {
        case PendingWrite::Action:
            setMessage(CaseActionDialog::doneText(m_pendingAction), false);
            if (m_dialog)
                m_dialog->accept();
            break;
        case PendingWrite::Note:
            ui->noteEdit->clear();
            setMessage(tr("The note was added."), false);
            break;
        case PendingWrite::Message:
            ui->messageEdit->clear();
            m_messageKey.clear();
            setMessage(tr("The message was sent to the citizen."), false);
            break;
        case PendingWrite::Transfer:
            setMessage(tr("The request was sent. The citizen decides whether the record is "
                          "passed on."),
                       false);
            break;
        case PendingWrite::None:
            break;
        }
        m_pending = PendingWrite::None;
        emit caseChanged(m_controller->caseId());
    });
    connect(m_controller, &client::CaseController::actionFailed, this,
            &StaffCasePage::onActionFailed);
    connect(m_controller, &client::CaseController::conflict, this, &StaffCasePage::onConflict);
    connect(m_controller, &client::CaseController::transfersLoaded, this, [this] {
        m_transfersAvailable = true;
        m_transferProblem = {};
        showTransfers();
        loadDeliveredRecords();
    });
    connect(m_controller, &client::CaseController::transfersFailed, this,
            [this](const Problem &problem) {
                m_transfersAvailable = problem.status != 404 && problem.status != 405;
                m_transferProblem = problem;
                showTransfers();
            });
    retranslate();
}

StaffCasePage::~StaffCasePage() = default;

CaseActionDialog *StaffCasePage::actionDialog() const
{
    return m_dialog;
}

QString StaffCasePage::language() const
{
    return m_catalogue->language();
}

void StaffCasePage::open(const QString &caseId)
{
    if (m_dialog)
        m_dialog->reject();
    ui->conflictLabel->hide();
    ui->caseMessageLabel->hide();
    ui->noteEdit->clear();
    ui->messageEdit->clear();
    m_messageKey.clear();
    m_deliveredRecords.clear();
    ui->referenceLabel->setText(tr("Loading the case…"));
    ui->caseStatusLabel->clear();
    ui->caseFactsLabel->clear();
    clearLayout(ui->dataLayout);
    ui->historyBrowser->clear();
    ui->notesBrowser->clear();
    ui->messagesBrowser->clear();
    ui->paymentBrowser->clear();
    ui->transfersBrowser->clear();
    qDeleteAll(m_actionButtons);
    m_actionButtons.clear();
    ui->noActionLabel->hide();
    ui->caseTabWidget->setCurrentWidget(ui->dataTab);
    m_pending = PendingWrite::None;
    m_controller->open(caseId);
}

void StaffCasePage::close()
{
    if (m_dialog)
        m_dialog->reject();
    m_controller->close();
    // Nothing of a citizen's case stays in the widgets after sign-out.
    ui->noteEdit->clear();
    ui->messageEdit->clear();
    clearLayout(ui->dataLayout);
    ui->historyBrowser->clear();
    ui->notesBrowser->clear();
    ui->messagesBrowser->clear();
    ui->paymentBrowser->clear();
    ui->transfersBrowser->clear();
    ui->referenceLabel->clear();
    ui->caseFactsLabel->clear();
    m_deliveredRecords.clear();
}

void StaffCasePage::setMessage(const QString &text, bool error)
{
    ui->caseMessageLabel->setText(text);
    ui->caseMessageLabel->setProperty("error", error);
    ui->caseMessageLabel->setProperty("muted", !error);
    ui->caseMessageLabel->style()->unpolish(ui->caseMessageLabel);
    ui->caseMessageLabel->style()->polish(ui->caseMessageLabel);
    ui->caseMessageLabel->setVisible(!text.isEmpty());
}

void StaffCasePage::showCase()
{
    const auto &current = m_controller->current();
    if (!current)
        return;
    const client::StaffCase &staffCase = *current;
    const ApplicationDetail &detail = staffCase.detail;
    ui->referenceLabel->setText(detail.summary.reference);
    ui->caseStatusLabel->setText(statusLabel(detail.summary.status));

    QStringList facts;
    const ServiceSummary *service = m_catalogue->service(detail.summary.serviceId);
    facts.append(service ? service->title.in(language()) : detail.summary.serviceId);
    facts.append(staffCase.citizenName.isEmpty() ? tr("Citizen unknown")
                                                 : staffCase.citizenName);
    if (detail.summary.createdAt.isValid())
        facts.append(tr("received %1").arg(when(detail.summary.createdAt)));
    if (detail.deadline.isValid()) {
        const bool overdue = staffCase.overdue ||
            (detail.deadline < QDateTime::currentDateTimeUtc() && !isFinal(detail.summary.status) &&
             detail.summary.status != ApplicationStatus::Approved);
        facts.append(overdue ? tr("deadline %1 (overdue)").arg(day(detail.deadline))
                             : tr("deadline %1").arg(day(detail.deadline)));
    }
    QString assignee = tr("nobody");
    if (!detail.assignee.isEmpty())
        assignee = detail.assignee == m_user.id
            ? tr("me")
            : (staffCase.assigneeName.isEmpty() ? tr("a colleague") : staffCase.assigneeName);
    facts.append(tr("assigned to %1").arg(assignee));
    ui->caseFactsLabel->setText(facts.join(QStringLiteral("  ·  ")));

    showData(staffCase);
    showHistory(staffCase);
    showNotes(staffCase);
    showMessages(staffCase);
    showPayment(staffCase);
    rebuildActions();
    if (ui->caseTabWidget->currentWidget() == ui->transfersTab)
        m_controller->loadTransfers();
}

void StaffCasePage::showData(const client::StaffCase &staffCase)
{
    clearLayout(ui->dataLayout);
    const auto &service = m_controller->service();
    const FormSchema schema = service ? service->form : FormSchema {};
    const auto steps =
        client::CaseDataLayout::layout(schema, staffCase.detail.data, language(), QLocale());
    int stepIndex = 0;
    for (const auto &step : steps) {
        auto *card = new QFrame(ui->dataContainer);
        card->setObjectName(QStringLiteral("caseStep_%1").arg(stepIndex++));
        card->setProperty("card", true);
        auto *cardLayout = new QVBoxLayout(card);
        cardLayout->setContentsMargins(20, 10, 20, 14);
        auto *title = new QLabel(step.title, card);
        title->setProperty("subheading", true);
        title->setTextFormat(Qt::PlainText);
        cardLayout->addWidget(title);
        auto *grid = new QGridLayout;
        grid->setHorizontalSpacing(24);
        grid->setVerticalSpacing(8);
        grid->setColumnMinimumWidth(0, 200);
        grid->setColumnStretch(1, 1);
        int line = 0;
        for (const auto &row : step.rows) {
            auto *label = new QLabel(row.label, card);
            label->setProperty("muted", true);
            label->setTextFormat(Qt::PlainText);
            label->setWordWrap(true);
            label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
            grid->addWidget(label, line, 0);
            if (row.uploadIds.isEmpty()) {
                auto *value = new QLabel(row.value.isEmpty() ? tr("not given") : row.value, card);
                value->setObjectName(QStringLiteral("caseValue_") + row.fieldId);
                value->setTextFormat(Qt::PlainText);
                value->setWordWrap(true);
                value->setTextInteractionFlags(Qt::TextSelectableByMouse);
                value->setAccessibleName(row.label);
                grid->addWidget(value, line, 1);
            } else {
                auto *files = new QHBoxLayout;
                files->setSpacing(12); // the names do not run into the buttons
                // The names and sizes the backend keeps with the files.
                auto *names = new QLabel(row.value, card);
                names->setObjectName(QStringLiteral("caseValue_") + row.fieldId);
                names->setTextFormat(Qt::PlainText);
                names->setWordWrap(true);
                names->setTextInteractionFlags(Qt::TextSelectableByMouse);
                names->setAccessibleName(row.label);
                files->addWidget(names);
                int number = 1;
                for (const QString &uploadId : row.uploadIds) {
                    auto *button = new QPushButton(tr("Show file %1").arg(number++), card);
                    button->setObjectName(QStringLiteral("attachmentButton_") + uploadId);
                    button->setAccessibleName(tr("Show file %1 of “%2”").arg(number - 1).arg(row.label));
                    connect(button, &QPushButton::clicked, this,
                            [this, uploadId] { openAttachment(uploadId); });
                    files->addWidget(button);
                }
                files->addStretch(1);
                grid->addLayout(files, line, 1);
            }
            ++line;
        }
        cardLayout->addLayout(grid);
        ui->dataLayout->addWidget(card);
    }

    // Documents issued for the case.
    auto *documents = new QFrame(ui->dataContainer);
    documents->setObjectName(QStringLiteral("caseDocuments"));
    documents->setProperty("card", true);
    auto *documentsLayout = new QVBoxLayout(documents);
    documentsLayout->setContentsMargins(20, 10, 20, 14);
    auto *documentsTitle = new QLabel(tr("Issued documents"), documents);
    documentsTitle->setProperty("subheading", true);
    documentsLayout->addWidget(documentsTitle);
    if (staffCase.detail.documents.isEmpty()) {
        auto *none = new QLabel(tr("No document has been issued yet."), documents);
        none->setProperty("muted", true);
        documentsLayout->addWidget(none);
    }
    for (const Document &document : staffCase.detail.documents) {
        const ServiceSummary *documentService = m_catalogue->service(document.type);
        const QString type =
            documentService ? documentService->title.in(language()) : document.type;
        auto *line = new QLabel(tr("%1, serial number %2, issued %3")
                                    .arg(type, document.serial, when(document.issuedAt)),
                                documents);
        line->setObjectName(QStringLiteral("documentLabel_") + document.id);
        line->setTextFormat(Qt::PlainText);
        line->setWordWrap(true);
        line->setTextInteractionFlags(Qt::TextSelectableByMouse);
        documentsLayout->addWidget(line);
    }
    ui->dataLayout->addWidget(documents);
    ui->dataLayout->addStretch(1);
}

void StaffCasePage::showHistory(const client::StaffCase &staffCase)
{
    QString html;
    const auto &history = staffCase.detail.history;
    for (auto it = history.crbegin(); it != history.crend(); ++it) {
        const ApplicationHistoryEntry &entry = *it;
        QString who;
        switch (entry.actor) {
        case Actor::Citizen:
            who = staffCase.citizenName.isEmpty() ? tr("the citizen") : staffCase.citizenName;
            break;
        case Actor::Staff:
            who = entry.actorName.isEmpty() ? tr("the office") : entry.actorName;
            break;
        case Actor::Payment:
            who = tr("the payment provider");
            break;
        case Actor::System:
            who = tr("the system");
            break;
        }
        const QString change = entry.from
            ? tr("%1 → %2").arg(statusLabel(*entry.from), statusLabel(entry.to))
            : tr("received as “%1”").arg(statusLabel(entry.to));
        html += QStringLiteral("<p><b>%1</b> &nbsp; %2<br><span>%3</span>")
                    .arg(paragraph(when(entry.at)), paragraph(change),
                         paragraph(tr("by %1").arg(who)));
        if (!entry.note.isEmpty())
            html += QStringLiteral("<br>") + paragraph(tr("Note: %1").arg(entry.note));
        if (!entry.reason.isEmpty())
            html += QStringLiteral("<br>") + paragraph(tr("Reason: %1").arg(entry.reason));
        if (entry.until.isValid())
            html += QStringLiteral("<br>") + paragraph(tr("Until: %1").arg(day(entry.until)));
        html += QStringLiteral("</p>");
    }
    if (html.isEmpty())
        html = paragraph(tr("No entries yet."));
    ui->historyBrowser->setHtml(html);
}

void StaffCasePage::showNotes(const client::StaffCase &staffCase)
{
    QString html;
    for (auto it = staffCase.notes.crbegin(); it != staffCase.notes.crend(); ++it) {
        html += QStringLiteral("<p><b>%1</b> &nbsp; %2<br>%3</p>")
                    .arg(paragraph(when(it->at)),
                         paragraph(it->authorName.isEmpty() ? tr("office") : it->authorName),
                         paragraph(it->body));
    }
    if (html.isEmpty())
        html = paragraph(tr("No internal notes yet."));
    ui->notesBrowser->setHtml(html);
}

void StaffCasePage::showMessages(const client::StaffCase &staffCase)
{
    const auto render = [this](const QList<client::CaseMessage> &messages,
                               const client::StaffCase &current) {
        QString html;
        for (const client::CaseMessage &message : messages) {
            const QString who = message.fromCitizen
                ? (current.citizenName.isEmpty() ? tr("Citizen") : current.citizenName)
                : (message.senderName.isEmpty() ? tr("Office") : message.senderName);
            html += QStringLiteral("<p><b>%1</b> &nbsp; %2<br>%3</p>")
                        .arg(paragraph(who), paragraph(when(message.at)), paragraph(message.body));
        }
        if (html.isEmpty())
            html = paragraph(tr("No messages yet."));
        ui->messagesBrowser->setHtml(html);
        ui->messagesBrowser->moveCursor(QTextCursor::End);
    };
    if (staffCase.hasMessages) {
        render(staffCase.messages, staffCase);
        ui->sendMessageButton->setEnabled(true);
        return;
    }
    const QString caseId = staffCase.id();
    m_api->fetchMessages(caseId, this,
                         [this, caseId, render](const Result<QList<client::CaseMessage>> &result) {
                             const auto &current = m_controller->current();
                             if (!current || current->id() != caseId)
                                 return;
                             if (result.ok()) {
                                 render(result.value(), *current);
                                 return;
                             }
                             ui->messagesBrowser->setHtml(paragraph(
                                 result.problem().status == 404 || result.problem().status == 405
                                     ? tr("The message thread is not available on this server.")
                                     : ProblemText::forUser(result.problem())));
                         });
}

void StaffCasePage::showPayment(const client::StaffCase &staffCase)
{
    const ApplicationDetail &detail = staffCase.detail;
    QString html;
    if (detail.summary.feeCents == 0) {
        html = paragraph(tr("This service has no fee."));
    } else if (!detail.payment) {
        html = paragraph(tr("Fee %1; no payment has been started.")
                             .arg(client::Formatting::money(detail.summary.feeCents,
                                                            detail.summary.currency)));
    } else {
        const Payment &payment = *detail.payment;
        html = paragraph(tr("Fee %1: %2")
                             .arg(client::Formatting::money(payment.amountCents, payment.currency),
                                  statusLabel(payment.status, payment.failureCode)));
        if (payment.refundedCents > 0)
            html += QStringLiteral("<br>") +
                paragraph(tr("Refunded: %1")
                              .arg(client::Formatting::money(payment.refundedCents,
                                                             payment.currency)));
        if (payment.updatedAt.isValid())
            html += QStringLiteral("<br>") + paragraph(tr("Last change: %1").arg(when(payment.updatedAt)));
        html += QStringLiteral("<br>") + paragraph(tr("Payment number: %1").arg(payment.id));
    }
    ui->paymentBrowser->setHtml(html);
}

void StaffCasePage::showTransfers()
{
    const auto &transfers = m_controller->transfers();
    ui->requestTransferButton->setEnabled(m_transfersAvailable && m_controller->current());
    if (!m_transfersAvailable) {
        ui->transfersBrowser->setHtml(
            paragraph(tr("Data transfers are not available on this server yet.")));
        return;
    }
    if (!m_transferProblem.isNull()) {
        ui->transfersBrowser->setHtml(paragraph(ProblemText::forUser(m_transferProblem)));
        return;
    }
    if (!transfers || transfers->isEmpty()) {
        ui->transfersBrowser->setHtml(paragraph(tr("No records were requested for this case.")));
        return;
    }
    QString html;
    for (const Transfer &transfer : *transfers) {
        QStringList kinds;
        for (const QString &category : transfer.categories)
            kinds.append(TransferRequestDialog::categoryLabel(category));
        const QString categories = kinds.isEmpty() ? transfer.recordIds.join(QStringLiteral(", "))
                                                   : kinds.join(QStringLiteral(", "));
        html += QStringLiteral("<p><b>%1</b> &nbsp; %2<br>%3<br>%4</p>")
                    .arg(paragraph(m_catalogue->officeName(transfer.fromOfficeId)),
                         paragraph(staffStatusLabel(transfer.status)),
                         paragraph(tr("Records: %1; purpose: %2").arg(categories, transfer.purpose)),
                         paragraph(transfer.status == TransferStatus::Delivered
                                       ? tr("Delivered: the record is part of this case.")
                                       : tr("Requested %1").arg(when(transfer.createdAt))));
        // What a delivered transfer brought, shown in the case.
        const auto records = m_deliveredRecords.constFind(transfer.id);
        if (records == m_deliveredRecords.cend())
            continue;
        for (const Record &record : *records) {
            html += QStringLiteral("<table cellspacing='4' style='margin-left:16px'><tr><td "
                                   "colspan='2'><b>%1</b></td></tr>")
                        .arg(paragraph(record.title.in(language())));
            for (const Record::Field &field : record.fields)
                html += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>")
                            .arg(paragraph(field.label.in(language())),
                                 paragraph(client::Formatting::recordValue(field.value)));
            html += QStringLiteral("</table>");
        }
    }
    ui->transfersBrowser->setHtml(html);
}

void StaffCasePage::loadDeliveredRecords()
{
    const auto &transfers = m_controller->transfers();
    if (!transfers)
        return;
    for (const Transfer &transfer : *transfers) {
        if (transfer.status != TransferStatus::Delivered || m_deliveredRecords.contains(transfer.id))
            continue;
        const QString caseId = m_controller->caseId();
        const QString transferId = transfer.id;
        m_api->fetchTransferRecords(
            transferId, this, [this, caseId, transferId](const Result<QList<Record>> &result) {
                if (caseId != m_controller->caseId() || !result.ok())
                    return;
                m_deliveredRecords.insert(transferId, result.value());
                showTransfers();
            });
    }
}

QString StaffCasePage::actionObjectName(CaseAction action)
{
    switch (action) {
    case CaseAction::Take:
        return QStringLiteral("takeCaseButton");
    case CaseAction::StartReview:
        return QStringLiteral("startReviewButton");
    case CaseAction::AskCitizen:
        return QStringLiteral("askCitizenButton");
    case CaseAction::Suspend:
        return QStringLiteral("suspendButton");
    case CaseAction::Resume:
        return QStringLiteral("resumeButton");
    case CaseAction::Approve:
        return QStringLiteral("approveButton");
    case CaseAction::Reject:
        return QStringLiteral("rejectButton");
    case CaseAction::IssueDocument:
        return QStringLiteral("issueDocumentButton");
    case CaseAction::Refund:
        return QStringLiteral("refundButton");
    }
    return {};
}

QPushButton *StaffCasePage::actionButton(CaseAction action) const
{
    for (QPushButton *button : m_actionButtons) {
        if (button->objectName() == actionObjectName(action))
            return button;
    }
    return nullptr;
}

void StaffCasePage::rebuildActions()
{
    qDeleteAll(m_actionButtons);
    m_actionButtons.clear();
    const auto &current = m_controller->current();
    const auto actions = current ? client::CaseActions::available(*current, m_user)
                                 : QList<CaseAction> {};
    ui->noActionLabel->setVisible(actions.isEmpty());
    ui->noActionLabel->setText(
        current && current->status() == ApplicationStatus::InfoRequested
            ? tr("Waiting for the citizen's answer.")
            : tr("No action is possible in this state."));
    int position = 1; // after the label
    for (CaseAction action : actions) {
        QString text = CaseActionDialog::actionTitle(action);
        const bool needsDialog = action != CaseAction::Take && action != CaseAction::StartReview &&
            action != CaseAction::Resume;
        if (needsDialog)
            text += QStringLiteral("…");
        auto *button = new QPushButton(text, ui->actionBar);
        button->setObjectName(actionObjectName(action));
        const bool primary = action == CaseAction::StartReview || action == CaseAction::Approve ||
            action == CaseAction::IssueDocument || action == CaseAction::Resume;
        button->setProperty("primary", primary);
        button->setEnabled(!m_controller->isBusy());
        connect(button, &QPushButton::clicked, this, [this, action] { runAction(action); });
        ui->actionLayout->insertWidget(position++, button);
        m_actionButtons.append(button);
    }
}

void StaffCasePage::runAction(CaseAction action)
{
    const auto &current = m_controller->current();
    if (!current || m_controller->isBusy())
        return;
    ui->conflictLabel->hide();
    ui->caseMessageLabel->hide();
    m_pendingAction = action;
    switch (action) {
    case CaseAction::Take:
        m_pending = PendingWrite::Action;
        m_controller->take();
        return;
    case CaseAction::StartReview:
    case CaseAction::Resume:
        m_pending = PendingWrite::Action;
        m_controller->transition({ ApplicationStatus::InReview, {}, {}, {} });
        return;
    default:
        break;
    }
    if (m_dialog)
        m_dialog->reject();
    auto *dialog = new CaseActionDialog(action, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    if (action == CaseAction::Refund && current->detail.payment)
        dialog->setRefundable(current->detail.payment->amountCents -
                              current->detail.payment->refundedCents);
    connect(dialog, &CaseActionDialog::confirmed, this, [this, dialog] {
        m_pending = PendingWrite::Action;
        switch (dialog->action()) {
        case CaseAction::IssueDocument:
            m_controller->issueDocument();
            break;
        case CaseAction::Refund:
            m_controller->refund(dialog->amountCents(), dialog->idempotencyKey());
            break;
        default:
            m_controller->transition(dialog->request());
            break;
        }
    });
    m_dialog = dialog;
    dialog->open();
}

void StaffCasePage::onConflict(const QString &changedBy, const QDateTime &changedAt)
{
    const QString message = changedAt.isValid()
        ? tr("The case was changed in the meantime by %1 (%2). The current state is shown.")
              .arg(changedBy, when(changedAt))
        : tr("The case was changed in the meantime by %1. The current state is shown.")
              .arg(changedBy);
    ui->conflictLabel->setText(message);
    ui->conflictLabel->show();
    if (m_dialog && m_pending == PendingWrite::Action) {
        const auto &current = m_controller->current();
        const bool stillPossible = current &&
            client::CaseActions::available(*current, m_user).contains(m_dialog->action());
        m_dialog->showConflict(message, stillPossible);
    }
    m_pending = PendingWrite::None;
}

void StaffCasePage::onActionFailed(const Problem &problem)
{
    const QString text = ProblemText::forUser(problem);
    if (m_dialog && m_pending == PendingWrite::Action)
        m_dialog->showError(text);
    else
        setMessage(text, true);
    m_pending = PendingWrite::None;
}

void StaffCasePage::openAttachment(const QString &uploadId)
{
    setMessage(tr("Loading the file…"), false);
    m_api->fetchUpload(uploadId, this, [this](const Result<client::Attachment> &result) {
        if (!result.ok()) {
            setMessage(tr("The file could not be loaded. %1")
                           .arg(ProblemText::forUser(result.problem())),
                       true);
            return;
        }
        setMessage({}, false);
        auto *viewer = new AttachmentViewer(result.value(), this);
        viewer->setAttribute(Qt::WA_DeleteOnClose);
        viewer->open();
    });
}

void StaffCasePage::requestTransfer()
{
    const auto &current = m_controller->current();
    if (!current)
        return;
    auto *dialog = new TransferRequestDialog(m_catalogue, m_user.officeId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString citizenId = current->detail.citizenId;
    const QString caseId = current->id();
    connect(dialog, &TransferRequestDialog::confirmed, this, [this, dialog, citizenId, caseId] {
        client::TransferRequest request = dialog->request();
        request.citizenId = citizenId;
        request.applicationId = caseId;
        m_pending = PendingWrite::Transfer;
        m_controller->requestTransfer(request, dialog->idempotencyKey());
        connect(m_controller, &client::CaseController::actionSucceeded, dialog,
                &QDialog::accept, Qt::SingleShotConnection);
        connect(m_controller, &client::CaseController::actionFailed, dialog,
                [dialog](const Problem &problem) {
                    dialog->showError(ProblemText::forUser(problem));
                },
                Qt::SingleShotConnection);
    });
    dialog->open();
}

void StaffCasePage::retranslate()
{
    if (m_controller->current())
        showCase();
}

void StaffCasePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        retranslate();
    }
    QWidget::changeEvent(event);
}

} // namespace rathaus::ui
