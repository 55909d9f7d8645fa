#pragma once

#include "common/core/Problem.h"
#include "common/wire/Application.h"

#include <QWidget>

#include <memory>
#include <optional>

namespace Ui {
class SubmissionResultPage;
}

namespace rathaus::client {
class Session;
}

namespace rathaus::ui {

class PaymentPanel;

// After "Submit": either the confirmation (reference, status in words, fee)
// or, when the backend could not be reached, that the application waits in
// the outbox and goes out by itself. An application that awaits its fee
// offers "Pay now" right here: the detail page's PaymentPanel (the same
// PaymentFlow); once paid, the page shows the new status.
class SubmissionResultPage : public QWidget
{
    Q_OBJECT
public:
    explicit SubmissionResultPage(client::Session *session, QWidget *parent = nullptr);
    ~SubmissionResultPage() override;

    // The city's name and language printed on the receipt.
    void setReceiptContext(const QString &cityName, const QString &language);
    PaymentPanel *paymentPanel() const { return m_payment; }

    void showFiled(const ApplicationSummary &application, const QString &serviceTitle,
                   int processingDays);
    void showQueued(const QString &serviceTitle, const Problem &reason);

signals:
    void homeRequested();
    void applicationsRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void refreshAfterPayment();

    std::unique_ptr<Ui::SubmissionResultPage> ui;
    client::Session *m_session;
    PaymentPanel *m_payment;
    std::optional<ApplicationSummary> m_application; // none: queued
    QString m_serviceTitle;
    int m_processingDays = 0;
    Problem m_reason;
};

} // namespace rathaus::ui
