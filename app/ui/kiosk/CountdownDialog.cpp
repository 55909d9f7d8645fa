#include "app/ui/kiosk/CountdownDialog.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace rathaus::ui {

CountdownDialog::CountdownDialog(int seconds, QWidget *parent)
    : QDialog(parent, Qt::Dialog | Qt::FramelessWindowHint), m_seconds(qMax(1, seconds)),
      m_remaining(m_seconds)
{
    setObjectName(QStringLiteral("kioskCountdownDialog"));
    setModal(true);
    setProperty("kiosk", true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(40, 32, 40, 32);
    layout->setSpacing(20);
    m_titleLabel = new QLabel(this);
    m_titleLabel->setProperty("heading", true);
    m_titleLabel->setAlignment(Qt::AlignCenter);
    m_secondsLabel = new QLabel(this);
    m_secondsLabel->setObjectName(QStringLiteral("kioskCountdownSeconds"));
    m_secondsLabel->setAlignment(Qt::AlignCenter);
    m_textLabel = new QLabel(this);
    m_textLabel->setWordWrap(true);
    m_textLabel->setAlignment(Qt::AlignCenter);
    m_textLabel->setMinimumWidth(520);
    m_continueButton = new QPushButton(this);
    m_continueButton->setObjectName(QStringLiteral("kioskContinueButton"));
    m_continueButton->setProperty("primary", true);
    m_continueButton->setDefault(true);
    m_signOutButton = new QPushButton(this);
    m_signOutButton->setObjectName(QStringLiteral("kioskSignOutNowButton"));
    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(16);
    buttons->addWidget(m_signOutButton);
    buttons->addWidget(m_continueButton, 1);
    layout->addWidget(m_titleLabel);
    layout->addWidget(m_secondsLabel);
    layout->addWidget(m_textLabel);
    layout->addLayout(buttons);

    m_ticker.setInterval(1000);
    connect(&m_ticker, &QTimer::timeout, this, &CountdownDialog::tick);
    connect(m_continueButton, &QPushButton::clicked, this, [this] {
        cancel();
        emit continueRequested();
    });
    connect(m_signOutButton, &QPushButton::clicked, this, [this] {
        cancel();
        emit signOutRequested();
    });
    retranslate();
}

void CountdownDialog::begin()
{
    m_remaining = m_seconds;
    retranslate();
    m_ticker.start();
    open();
    m_continueButton->setFocus(Qt::OtherFocusReason);
}

void CountdownDialog::cancel()
{
    m_ticker.stop();
    hide();
}

void CountdownDialog::reject()
{
    cancel();
    emit continueRequested();
}

void CountdownDialog::tick()
{
    --m_remaining;
    if (m_remaining <= 0) {
        cancel();
        emit expired();
        return;
    }
    retranslate();
}

void CountdownDialog::retranslate()
{
    m_titleLabel->setText(tr("Are you still there?"));
    m_secondsLabel->setText(QString::number(m_remaining));
    m_textLabel->setText(
        tr("You will be signed out in %n second(s). Everything you entered here is then deleted "
           "from this kiosk. Touch the screen to continue.",
           nullptr, m_remaining));
    m_continueButton->setText(tr("Continue"));
    m_signOutButton->setText(tr("Sign out now"));
}

void CountdownDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace rathaus::ui
