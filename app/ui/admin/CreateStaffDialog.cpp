#include "app/ui/admin/CreateStaffDialog.h"

#include "app/client/ServiceCatalogueModel.h"
#include "app/client/staff/RoleText.h"
#include "app/ui/ProblemText.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>

namespace rathaus::ui {

namespace {

const QString kUsername = QStringLiteral("username");
const QString kDisplayName = QStringLiteral("display_name");
const QString kRole = QStringLiteral("role");
const QString kOffice = QStringLiteral("office_id");
const QString kPassword = QStringLiteral("password");
const QString kRepeat = QStringLiteral("password_repeat");

constexpr int kMinPasswordLength = 8; // the backend's policy (and: not a common password)

void repolish(QWidget *widget)
{
    widget->style()->unpolish(widget);
    widget->style()->polish(widget);
}

} // namespace

CreateStaffDialog::CreateStaffDialog(client::ServiceCatalogueModel *catalogue, QWidget *parent)
    : QDialog(parent), m_username(new QLineEdit(this)), m_displayName(new QLineEdit(this)),
      m_role(new QComboBox(this)), m_office(new QComboBox(this)), m_password(new QLineEdit(this)),
      m_repeat(new QLineEdit(this)), m_generalError(new QLabel(this)),
      m_createButton(new QPushButton(tr("&Create account"), this))
{
    setObjectName(QStringLiteral("createStaffDialog"));
    setWindowTitle(tr("New staff account"));
    setMinimumWidth(640);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(10);
    auto *intro = new QLabel(tr("The new colleague signs in with this username and password, "
                                "and with an authenticator app: its secret is shown once, right "
                                "after the account is created."),
                             this);
    intro->setWordWrap(true);
    intro->setProperty("muted", true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    form->setHorizontalSpacing(16);
    form->setVerticalSpacing(6);
    m_username->setObjectName(QStringLiteral("newUsernameLineEdit"));
    m_username->setPlaceholderText(tr("e.g. sb.steueramt2"));
    m_username->setMaxLength(64);
    addField(form, tr("&Username"), m_username, kUsername);
    m_displayName->setObjectName(QStringLiteral("newDisplayNameLineEdit"));
    m_displayName->setPlaceholderText(tr("as colleagues and citizens see it"));
    m_displayName->setMaxLength(200);
    addField(form, tr("&Name"), m_displayName, kDisplayName);
    m_role->setObjectName(QStringLiteral("newRoleComboBox"));
    for (Role role : { Role::Caseworker, Role::Lead, Role::Admin })
        m_role->addItem(client::RoleText::displayName(role), int(role));
    addField(form, tr("&Role"), m_role, kRole);
    m_office->setObjectName(QStringLiteral("newOfficeComboBox"));
    m_office->addItem(tr("Choose an office"), QString());
    if (catalogue) {
        QList<Office> offices = catalogue->offices().values();
        std::sort(offices.begin(), offices.end(), [catalogue](const Office &a, const Office &b) {
            return catalogue->officeName(a.id).localeAwareCompare(catalogue->officeName(b.id)) < 0;
        });
        for (const Office &office : std::as_const(offices))
            m_office->addItem(catalogue->officeName(office.id), office.id);
    }
    addField(form, tr("&Office"), m_office, kOffice);
    m_password->setObjectName(QStringLiteral("newPasswordLineEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("at least 8 characters"));
    addField(form, tr("&Password"), m_password, kPassword);
    m_repeat->setObjectName(QStringLiteral("newPasswordRepeatLineEdit"));
    m_repeat->setEchoMode(QLineEdit::Password);
    addField(form, tr("Re&peat password"), m_repeat, kRepeat);
    layout->addLayout(form);

    m_generalError->setObjectName(QStringLiteral("createStaffErrorLabel"));
    m_generalError->setProperty("error", true);
    m_generalError->setWordWrap(true);
    m_generalError->hide();
    layout->addWidget(m_generalError);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    auto *cancel = new QPushButton(tr("&Cancel"), this);
    cancel->setObjectName(QStringLiteral("cancelCreateButton"));
    m_createButton->setObjectName(QStringLiteral("createAccountButton"));
    m_createButton->setProperty("primary", true);
    m_createButton->setDefault(true);
    buttons->addWidget(cancel);
    buttons->addWidget(m_createButton);
    layout->addLayout(buttons);

    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_createButton, &QPushButton::clicked, this, [this] {
        if (validate())
            emit submitted();
    });
    connect(m_role, &QComboBox::currentIndexChanged, this, &CreateStaffDialog::updateOfficeEnabled);
    updateOfficeEnabled();
}

QLabel *CreateStaffDialog::addField(QFormLayout *form, const QString &label, QWidget *field,
                                    const QString &name)
{
    auto *column = new QVBoxLayout;
    column->setSpacing(2);
    column->addWidget(field);
    auto *error = new QLabel(this);
    // "office_id" -> "officeIdError"
    QString objectName;
    for (const QString &part : name.split(QLatin1Char('_')))
        objectName += objectName.isEmpty() ? part : part.left(1).toUpper() + part.mid(1);
    error->setObjectName(objectName + QStringLiteral("Error"));
    error->setProperty("fieldError", true);
    error->setWordWrap(true);
    error->hide();
    column->addWidget(error);
    auto *caption = new QLabel(label, this);
    caption->setBuddy(field);
    form->addRow(caption, column);
    m_errorLabels.insert(name, error);
    return error;
}

client::NewStaffAccount CreateStaffDialog::account() const
{
    client::NewStaffAccount account;
    account.username = m_username->text().trimmed().toLower();
    account.displayName = m_displayName->text().simplified();
    account.role = Role(m_role->currentData().toInt());
    if (account.role != Role::Admin)
        account.officeId = m_office->currentData().toString();
    account.password = m_password->text();
    return account;
}

void CreateStaffDialog::updateOfficeEnabled()
{
    const bool needsOffice = Role(m_role->currentData().toInt()) != Role::Admin;
    m_office->setEnabled(needsOffice);
    m_office->setToolTip(needsOffice ? QString() : tr("Administrators belong to no office."));
    if (!needsOffice)
        setFieldError(kOffice, {});
}

void CreateStaffDialog::setFieldError(const QString &field, const QString &message)
{
    QLabel *label = m_errorLabels.value(field);
    if (!label)
        return;
    label->setText(message);
    label->setVisible(!message.isEmpty());
    // The input above the message is marked too (red border).
    const QMap<QString, QWidget *> inputs {
        { kUsername, m_username }, { kDisplayName, m_displayName }, { kRole, m_role },
        { kOffice, m_office },     { kPassword, m_password },       { kRepeat, m_repeat },
    };
    if (QWidget *input = inputs.value(field)) {
        input->setProperty("invalid", !message.isEmpty());
        repolish(input);
    }
}

void CreateStaffDialog::clearErrors()
{
    for (auto it = m_errorLabels.cbegin(); it != m_errorLabels.cend(); ++it)
        setFieldError(it.key(), {});
    m_generalError->hide();
}

bool CreateStaffDialog::validate()
{
    static const QRegularExpression usernamePattern(QStringLiteral("^[a-z0-9][a-z0-9._-]*$"));
    clearErrors();
    const client::NewStaffAccount a = account();
    if (a.username.size() < 3 || !usernamePattern.match(a.username).hasMatch())
        setFieldError(kUsername, tr("3 to 64 characters: letters a-z, digits, '.', '_' and '-'."));
    if (a.displayName.isEmpty())
        setFieldError(kDisplayName, tr("Please enter the name."));
    if (a.role != Role::Admin && a.officeId.isEmpty())
        setFieldError(kOffice, tr("Caseworkers and heads of office belong to an office."));
    if (a.password.size() < kMinPasswordLength)
        setFieldError(kPassword, tr("At least %n characters.", nullptr, kMinPasswordLength));
    else if (m_repeat->text() != a.password)
        setFieldError(kRepeat, tr("The passwords differ."));
    fitToContents();
    for (QLabel *label : std::as_const(m_errorLabels)) {
        if (!label->isHidden()) {
            // Focus the first field with a problem.
            for (QWidget *input :
                 { static_cast<QWidget *>(m_username), static_cast<QWidget *>(m_displayName),
                   static_cast<QWidget *>(m_office), static_cast<QWidget *>(m_password),
                   static_cast<QWidget *>(m_repeat) }) {
                if (input->property("invalid").toBool()) {
                    input->setFocus();
                    break;
                }
            }
            return false;
        }
    }
    return true;
}

void CreateStaffDialog::showProblem(const Problem &problem)
{
    clearErrors();
    if (problem.status == 409 && problem.slug() == QLatin1String("username-taken")) {
        setFieldError(kUsername, tr("This username is taken. Please choose another."));
        m_username->setFocus();
        fitToContents();
        return;
    }
    // The server's messages are English; say the same in the user's language.
    const QMap<QString, QString> messages {
        { kUsername, tr("3 to 64 characters: letters a-z, digits, '.', '_' and '-'.") },
        { kDisplayName, tr("Please enter the name (at most 200 characters).") },
        { kRole, tr("Please choose a role.") },
        { kOffice, tr("Please choose an office of the city.") },
        { kPassword, tr("At least 8 characters, and not one of the most common passwords.") },
    };
    bool shown = false;
    for (auto it = problem.fieldErrors.cbegin(); it != problem.fieldErrors.cend(); ++it) {
        if (!m_errorLabels.contains(it.key()))
            continue;
        setFieldError(it.key(), messages.value(it.key(), it.value()));
        shown = true;
    }
    if (!shown) {
        m_generalError->setText(ProblemText::forUser(problem));
        m_generalError->show();
    }
    fitToContents();
}

void CreateStaffDialog::fitToContents()
{
    // Messages appear and go: the dialog grows with them instead of
    // squeezing them over the fields.
    layout()->activate();
    resize(width(), qMax(height(), heightForWidth(width())));
    resize(width(), qMax(height(), sizeHint().height()));
}

void CreateStaffDialog::setBusy(bool busy)
{
    m_createButton->setEnabled(!busy);
    m_createButton->setText(busy ? tr("Creating…") : tr("&Create account"));
}

void CreateStaffDialog::clearPassword()
{
    m_password->clear();
    m_repeat->clear();
}

} // namespace rathaus::ui
