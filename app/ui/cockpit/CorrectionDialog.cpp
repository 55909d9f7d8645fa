#include "app/ui/cockpit/CorrectionDialog.h"

#include "app/client/cockpit/CockpitApi.h"
#include "app/ui/ProblemText.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace rathaus::ui {

namespace {
constexpr int kMaxLength = 4000;
}

CorrectionDialog::CorrectionDialog(client::CockpitApi *api, const Record &record,
                                   const QString &language, QWidget *parent)
    : QDialog(parent), m_api(api), m_recordId(record.id)
{
    setObjectName(QStringLiteral("correctionDialog"));
    setWindowTitle(tr("Ask for a correction"));
    setModal(true);
    resize(520, 360);
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    auto *intro = new QLabel(
        tr("What is wrong in “%1”? Describe what should be corrected; the office that holds "
           "the record will answer you.")
            .arg(record.title.in(language)),
        this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    layout->addWidget(intro);
    m_textEdit = new QPlainTextEdit(this);
    m_textEdit->setObjectName(QStringLiteral("correctionTextEdit"));
    m_textEdit->setAccessibleName(tr("What should be corrected"));
    m_textEdit->setPlaceholderText(tr("For example: my name is spelled with ä, not ae."));
    m_textEdit->setTabChangesFocus(true);
    intro->setBuddy(m_textEdit);
    layout->addWidget(m_textEdit, 1);
    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("correctionErrorLabel"));
    m_errorLabel->setProperty("error", true);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextFormat(Qt::PlainText);
    m_errorLabel->hide();
    layout->addWidget(m_errorLabel);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *send = m_buttons->addButton(tr("&Send"), QDialogButtonBox::AcceptRole);
    send->setObjectName(QStringLiteral("sendCorrectionButton"));
    send->setProperty("primary", true);
    send->setDefault(true);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CorrectionDialog::send);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_textEdit, &QPlainTextEdit::textChanged, this, &CorrectionDialog::updateButtons);
    updateButtons();
}

QString CorrectionDialog::text() const
{
    return m_textEdit->toPlainText().trimmed();
}

void CorrectionDialog::updateButtons()
{
    const QString body = text();
    for (QAbstractButton *button : m_buttons->buttons()) {
        if (m_buttons->buttonRole(button) == QDialogButtonBox::AcceptRole)
            button->setEnabled(!m_sending && !body.isEmpty() && body.size() <= kMaxLength);
    }
}

void CorrectionDialog::showError(const QString &message)
{
    m_errorLabel->setText(message);
    m_errorLabel->show();
}

void CorrectionDialog::send()
{
    if (text().isEmpty())
        return;
    m_sending = true;
    updateButtons();
    m_errorLabel->hide();
    m_api->requestCorrection(m_recordId, text(), this,
                             [this](const Result<client::CockpitApi::Done> &result) {
                                 m_sending = false;
                                 updateButtons();
                                 if (result.ok()) {
                                     accept();
                                     return;
                                 }
                                 if (client::CockpitApi::isNotAvailable(result.problem())) {
                                     showError(tr("Asking for a correction online is not "
                                                  "available yet at your city. Your text is "
                                                  "kept here: copy it, or try again later."));
                                     return;
                                 }
                                 showError(ProblemText::forUser(result.problem()) +
                                           QLatin1Char(' ') + tr("Your text is kept."));
                             });
}

} // namespace rathaus::ui
