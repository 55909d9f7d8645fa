#pragma once

#include <QDialog>
#include <QTimer>

class QLabel;
class QPushButton;

namespace rathaus::ui {

// "Are you still there?": counts down the seconds before the kiosk signs the
// person out. "Continue" (or any input, see KioskShell) keeps the session;
// "Sign out now" and the end of the count end it.
class CountdownDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CountdownDialog(int seconds, QWidget *parent = nullptr);

    // Shows the dialog and counts from the full number of seconds.
    void begin();
    // Hides it without a decision (the person touched the screen).
    void cancel();
    int remainingSeconds() const { return m_remaining; }

signals:
    void expired();
    void continueRequested();
    void signOutRequested();

protected:
    void changeEvent(QEvent *event) override;
    void reject() override; // Escape: the person is there

private:
    void tick();
    void retranslate();

    int m_seconds;
    int m_remaining;
    QTimer m_ticker;
    QLabel *m_titleLabel;
    QLabel *m_textLabel;
    QLabel *m_secondsLabel;
    QPushButton *m_continueButton;
    QPushButton *m_signOutButton;
};

} // namespace rathaus::ui
