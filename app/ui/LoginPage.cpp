#include "app/ui/LoginPage.h"

#include "app/client/Session.h"
#include "app/ui/ProblemText.h"

#include <QEvent>
#include <QRegularExpression>
#include <QRegularExpressionValidator>

#include "ui_LoginPage.h"

namespace rathaus::ui {

LoginPage::LoginPage(client::Session *session, QWidget *parent)
    : QWidget(parent), ui(std::make_unique<Ui::LoginPage>()), m_session(session)
{
    ui->setupUi(this);
    ui->totpLineEdit->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[0-9]{0,6}")), ui->totpLineEdit));
    showCodeField(false);
    ui->busyIndicator->hide();
    ui->errorLabel->hide();

    connect(ui->loginButton, &QPushButton::clicked, this, &LoginPage::submit);
    // Enter in any field submits, as in every sign-in form.
    connect(ui->usernameLineEdit, &QLineEdit::returnPressed, this, &LoginPage::submit);
    connect(ui->passwordLineEdit, &QLineEdit::returnPressed, this, &LoginPage::submit);
    connect(ui->totpLineEdit, &QLineEdit::returnPressed, this, &LoginPage::submit);
    retranslate();
}

LoginPage::~LoginPage() = default;

void LoginPage::setConnection(Connection state, const QString &serverName, bool demo,
                              const QString &failure)
{
    m_connection = state;
    m_serverName = serverName;
    m_demo = demo;
    m_connectionFailure = failure;
    setBusy(m_busy);
    retranslate();
}

void LoginPage::reset()
{
    setBusy(false);
    ui->passwordLineEdit->clear();
    ui->totpLineEdit->clear();
    showCodeField(false);
    setError(Error::None);
}

void LoginPage::focusFirstField()
{
    if (ui->usernameLineEdit->text().isEmpty())
        ui->usernameLineEdit->setFocus(Qt::OtherFocusReason);
    else
        ui->passwordLineEdit->setFocus(Qt::OtherFocusReason);
}

void LoginPage::submit()
{
    if (m_busy || m_connection == Connection::Connecting)
        return;
    const QString username = ui->usernameLineEdit->text().trimmed();
    const QString password = ui->passwordLineEdit->text();
    const bool codeShown = !ui->totpLineEdit->isHidden();
    const QString code = codeShown ? ui->totpLineEdit->text().trimmed() : QString();
    if (username.isEmpty()) {
        setError(Error::MissingUsername);
        ui->usernameLineEdit->setFocus(Qt::OtherFocusReason);
        return;
    }
    if (password.isEmpty()) {
        setError(Error::MissingPassword);
        ui->passwordLineEdit->setFocus(Qt::OtherFocusReason);
        return;
    }
    if (codeShown && code.size() != 6) {
        setError(Error::MissingCode);
        ui->totpLineEdit->setFocus(Qt::OtherFocusReason);
        return;
    }

    setError(Error::None);
    setBusy(true);
    m_session->login(username, password, code, this,
                     [this, codeShown](const Result<UserInfo> &result) {
                         setBusy(false);
                         if (result.ok()) {
                             ui->passwordLineEdit->clear();
                             ui->totpLineEdit->clear();
                             showCodeField(false);
                             return;
                         }
                         handleFailure(result.problem(), codeShown);
                     });
}

void LoginPage::handleFailure(const Problem &problem, bool codeWasSent)
{
    if (problem.slug() == QLatin1String("totp-required")) {
        if (codeWasSent) {
            setError(Error::WrongCode);
            ui->totpLineEdit->clear();
        } else {
            setError(Error::None);
        }
        showCodeField(true);
        ui->totpLineEdit->setFocus(Qt::OtherFocusReason);
        return;
    }
    if (problem.slug() == QLatin1String("account-disabled")) {
        setError(Error::AccountDisabled);
        ui->passwordLineEdit->clear();
        ui->totpLineEdit->clear();
        showCodeField(false);
        return;
    }
    if (problem.slug() == QLatin1String("staff-not-allowed")) {
        // Nothing of the staff account stays on the kiosk's screen.
        setError(Error::StaffNotAllowed);
        ui->usernameLineEdit->clear();
        ui->passwordLineEdit->clear();
        ui->totpLineEdit->clear();
        showCodeField(false);
        ui->usernameLineEdit->setFocus(Qt::OtherFocusReason);
        return;
    }
    if (problem.status == 401) {
        setError(codeWasSent ? Error::WrongCode : Error::WrongCredentials);
        // The username stays: only the secret is typed again.
        ui->passwordLineEdit->clear();
        ui->totpLineEdit->clear();
        ui->passwordLineEdit->setFocus(Qt::OtherFocusReason);
        return;
    }
    if (problem.status == 429) {
        setError(Error::Throttled, problem);
        return;
    }
    setError(Error::Other, problem);
}

void LoginPage::setBusy(bool busy)
{
    m_busy = busy;
    const bool canEdit = !busy;
    ui->usernameLineEdit->setEnabled(canEdit);
    ui->passwordLineEdit->setEnabled(canEdit);
    ui->totpLineEdit->setEnabled(canEdit);
    ui->loginButton->setEnabled(canEdit && m_connection != Connection::Connecting);
    ui->busyIndicator->setVisible(busy || m_connection == Connection::Connecting);
    retranslate();
}

void LoginPage::showCodeField(bool show)
{
    ui->totpLabel->setVisible(show);
    ui->totpLineEdit->setVisible(show);
    ui->totpHintLabel->setVisible(show);
}

void LoginPage::setError(Error error, const Problem &problem)
{
    m_error = error;
    m_problem = problem;
    retranslate();
}

void LoginPage::retranslate()
{
    ui->loginButton->setText(m_busy ? tr("Signing in…") : tr("Sign in"));

    QString connection;
    switch (m_connection) {
    case Connection::Connecting:
        connection =
            m_demo ? tr("Starting the demo city…") : tr("Connecting to %1…").arg(m_serverName);
        break;
    case Connection::Ready:
        connection = m_demo ? tr("Connected to the demo city on this computer.")
                            : tr("Connected to %1.").arg(m_serverName);
        break;
    case Connection::Failed:
        connection = m_demo ? tr("The demo city could not be started.")
                            : tr("%1 cannot be reached at the moment.").arg(m_serverName);
        break;
    }
    ui->connectionLabel->setText(connection);

    QString error;
    switch (m_error) {
    case Error::None:
        break;
    case Error::MissingUsername:
        error = tr("Please enter your username.");
        break;
    case Error::MissingPassword:
        error = tr("Please enter your password.");
        break;
    case Error::MissingCode:
        error = tr("Please enter the 6-digit code from your authenticator app.");
        break;
    case Error::WrongCredentials:
        error = tr(
            "The username or the password is not correct. Please check your entry and try again.");
        break;
    case Error::WrongCode:
        error = tr("The sign-in did not succeed. Please check your password and enter the current "
                   "code from your authenticator app.");
        break;
    case Error::AccountDisabled:
        error = tr("This account has been disabled. Please contact your administrator.");
        break;
    case Error::Throttled:
        error = tr("Too many sign-in attempts. Please wait a few minutes and try again.");
        break;
    case Error::StaffNotAllowed:
        error = tr("Staff accounts cannot sign in at this kiosk: it is for citizens. Please use "
                   "Rathaus on your office computer.");
        break;
    case Error::Other:
        error = ProblemText::forUser(m_problem);
        break;
    }
    if (error.isEmpty() && m_connection == Connection::Failed)
        error = m_connectionFailure;
    ui->errorLabel->setText(error);
    ui->errorLabel->setVisible(!error.isEmpty());
}

void LoginPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        retranslate();
    }
    QWidget::changeEvent(event);
}

} // namespace rathaus::ui
