#include "app/ui/admin/TotpEnrolmentDialog.h"

#include <QClipboard>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace rathaus::ui {

namespace {

// Groups of four, as authenticator apps show and people type them.
QString grouped(const QString &secret)
{
    QString out;
    for (qsizetype i = 0; i < secret.size(); i += 4) {
        if (!out.isEmpty())
            out += QLatin1Char(' ');
        out += secret.mid(i, 4);
    }
    return out;
}

} // namespace

TotpEnrolmentDialog::TotpEnrolmentDialog(const StaffEnrolment &enrolment, bool newAccount,
                                         QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("totpEnrolmentDialog"));
    setWindowTitle(newAccount ? tr("Account created") : tr("Authenticator reset"));
    setMinimumWidth(620);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(10);
    auto *heading = new QLabel(tr("Authenticator for %1 (%2)")
                                   .arg(enrolment.account.username, enrolment.account.displayName),
                               this);
    heading->setTextFormat(Qt::PlainText);
    heading->setProperty("subheading", true);
    layout->addWidget(heading);
    auto *notice = new QLabel(tr("Add this secret to the colleague's authenticator app now: it is "
                                 "shown only this once. If it gets lost, reset the authenticator "
                                 "to issue a new one."),
                              this);
    notice->setObjectName(QStringLiteral("enrolmentNoticeLabel"));
    notice->setWordWrap(true);
    notice->setProperty("banner", QStringLiteral("warning"));
    layout->addWidget(notice);

    auto *form = new QFormLayout;
    form->setHorizontalSpacing(16);
    form->setVerticalSpacing(8);
    m_secret =
        addCopyRow(form, tr("Secret"), grouped(enrolment.totpSecret), QStringLiteral("totpSecret"));
    m_secret->setProperty("secret", enrolment.totpSecret);
    m_uri = addCopyRow(form, tr("Setup link"), enrolment.otpauthUri, QStringLiteral("totpUri"));
    auto *details =
        new QLabel(tr("Time-based codes (TOTP): SHA-1, 6 digits, every 30 seconds."), this);
    details->setProperty("muted", true);
    form->addRow(QString(), details);
    layout->addLayout(form);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    auto *close = new QPushButton(tr("&Done"), this);
    close->setObjectName(QStringLiteral("enrolmentDoneButton"));
    close->setProperty("primary", true);
    close->setDefault(true);
    buttons->addWidget(close);
    layout->addLayout(buttons);
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
}

TotpEnrolmentDialog::~TotpEnrolmentDialog() = default;

QLineEdit *TotpEnrolmentDialog::addCopyRow(QFormLayout *form, const QString &label,
                                           const QString &value, const QString &name)
{
    auto *row = new QHBoxLayout;
    auto *edit = new QLineEdit(value, this);
    edit->setObjectName(name + QStringLiteral("LineEdit"));
    edit->setReadOnly(true);
    edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    edit->setCursorPosition(0);
    auto *copy = new QPushButton(tr("Copy"), this);
    copy->setObjectName(name + QStringLiteral("CopyButton"));
    copy->setAccessibleName(tr("Copy %1").arg(label));
    row->addWidget(edit, 1);
    row->addWidget(copy);
    auto *caption = new QLabel(label, this);
    caption->setBuddy(edit);
    form->addRow(caption, row);
    connect(copy, &QPushButton::clicked, this, [edit, copy] {
        // The secret itself, without the spaces that only help reading.
        const QVariant raw = edit->property("secret");
        QGuiApplication::clipboard()->setText(raw.isValid() ? raw.toString() : edit->text());
        copy->setText(tr("Copied"));
    });
    return edit;
}

QString TotpEnrolmentDialog::secret() const
{
    return m_secret ? m_secret->property("secret").toString() : QString();
}

QString TotpEnrolmentDialog::otpauthUri() const
{
    return m_uri ? m_uri->text() : QString();
}

void TotpEnrolmentDialog::done(int result)
{
    // Nothing of the secret stays in the widgets once closed.
    if (m_secret) {
        m_secret->clear();
        m_secret->setProperty("secret", QVariant());
    }
    if (m_uri)
        m_uri->clear();
    QDialog::done(result);
}

} // namespace rathaus::ui
