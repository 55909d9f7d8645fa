#include "app/ui/FeedbackDialog.h"

#include "app/client/CitizenApi.h"
#include "app/ui/ProblemText.h"

#include <QEvent>
#include <QPushButton>
#include <QStyle>

#include "ui_FeedbackDialog.h"

namespace rathaus::ui {

FeedbackDialog::FeedbackDialog(client::Session *session, QWidget *parent)
    : QDialog(parent), ui(std::make_unique<Ui::FeedbackDialog>()), m_session(session)
{
    ui->setupUi(this);
    setWindowModality(Qt::WindowModal);
    m_sendButton = ui->buttonBox->addButton(tr("&Send suggestion"), QDialogButtonBox::AcceptRole);
    m_sendButton->setObjectName(QStringLiteral("sendFeedbackButton"));
    m_sendButton->setProperty("primary", true);
    m_sendButton->setDefault(true);
    connect(m_sendButton, &QPushButton::clicked, this, &FeedbackDialog::send);
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(ui->feedbackTextEdit, &QPlainTextEdit::textChanged, this, [this] {
        if (m_done) { // a new suggestion after a sent one
            m_done = false;
            showStatus({}, false);
        }
        refresh();
    });
    ui->statusLabel->hide();
    refresh();
}

FeedbackDialog::~FeedbackDialog() = default;

void FeedbackDialog::start(const QString &serviceId, const QString &serviceTitle)
{
    if (serviceId != m_serviceId || m_done) {
        ui->feedbackTextEdit->clear();
        showStatus({}, false);
        m_done = false;
    }
    m_serviceId = serviceId;
    m_serviceTitle = serviceTitle;
    refresh();
    ui->feedbackTextEdit->setFocus(Qt::OtherFocusReason);
}

QString FeedbackDialog::text() const
{
    return ui->feedbackTextEdit->toPlainText().trimmed();
}

void FeedbackDialog::send()
{
    const int length = int(text().toUcs4().size());
    if (m_sending || m_done || length < minLength || length > maxLength)
        return;
    m_sending = true;
    showStatus(tr("Sending…"), false);
    refresh();
    client::CitizenApi(m_session).sendFeedback(
        m_serviceId, text(), this, [this](const Problem &problem) {
            m_sending = false;
            if (problem.isNull()) {
                m_done = true;
                showStatus(tr("Thank you! Your suggestion has been received. The team reads "
                              "every suggestion; you will not get a personal answer."),
                           false);
                emit sent();
            } else {
                // The text stays: the citizen can try again without typing it anew.
                QString message = ProblemText::forUser(problem);
                const QString fieldError = problem.fieldErrors.value(QStringLiteral("text"));
                if (!fieldError.isEmpty() && !message.contains(fieldError))
                    message += QLatin1Char(' ') + fieldError;
                showStatus(tr("Your suggestion was not sent. %1").arg(message), true);
            }
            refresh();
        });
}

void FeedbackDialog::showStatus(const QString &text, bool error)
{
    ui->statusLabel->setText(text);
    ui->statusLabel->setVisible(!text.isEmpty());
    ui->statusLabel->setProperty("error", error);
    ui->statusLabel->setProperty("verified", !error && m_done);
    ui->statusLabel->style()->unpolish(ui->statusLabel);
    ui->statusLabel->style()->polish(ui->statusLabel);
}

void FeedbackDialog::refresh()
{
    ui->serviceLabel->setText(m_serviceTitle.isEmpty()
                                  ? tr("About: the city's online services in general")
                                  : tr("About: %1").arg(m_serviceTitle));
    const int length = int(text().toUcs4().size());
    if (length < minLength)
        ui->lengthLabel->setText(tr("Please write at least %1 characters.").arg(minLength));
    else if (length > maxLength)
        ui->lengthLabel->setText(
            tr("%1 characters: please shorten it to at most %2.").arg(length).arg(maxLength));
    else
        ui->lengthLabel->setText(tr("%1 of at most %2 characters").arg(length).arg(maxLength));
    ui->lengthLabel->setProperty("muted", true);
    m_sendButton->setEnabled(!m_sending && !m_done && length >= minLength && length <= maxLength);
    ui->feedbackTextEdit->setReadOnly(m_sending);
}

void FeedbackDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        m_sendButton->setText(tr("&Send suggestion"));
        refresh();
    }
    QDialog::changeEvent(event);
}

} // namespace rathaus::ui
