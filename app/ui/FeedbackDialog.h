#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class FeedbackDialog;
}

class QPushButton;

namespace rathaus::client {
class Session;
}

namespace rathaus::ui {

// "Suggest an improvement": a few sentences for the team behind the city's
// digital services, about one service or in general (POST /feedback). Says
// clearly when it was received; on an error the text stays for another try.
class FeedbackDialog : public QDialog
{
    Q_OBJECT
public:
    static constexpr int minLength = 10; // the backend's bounds
    static constexpr int maxLength = 4000;

    explicit FeedbackDialog(client::Session *session, QWidget *parent = nullptr);
    ~FeedbackDialog() override;

    // `serviceId` empty: about the digital services in general.
    void start(const QString &serviceId, const QString &serviceTitle);
    QString text() const;
    void send();

signals:
    void sent();

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void showStatus(const QString &text, bool error);

    std::unique_ptr<Ui::FeedbackDialog> ui;
    client::Session *m_session;
    QPushButton *m_sendButton;
    QString m_serviceId;
    QString m_serviceTitle;
    bool m_sending = false;
    bool m_done = false;
};

} // namespace rathaus::ui
