#pragma once

#include "common/wire/Application.h"
#include "common/wire/Receipt.h"

#include <QFrame>

#include <optional>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace rathaus::client {
class PaymentFlow;
class Session;
} // namespace rathaus::client

namespace rathaus::ui {

// The fee of one application: "Pay now" while it awaits payment (the
// provider's page opens in the browser; when no browser can be opened, the
// panel says so and shows the page's address to copy; it waits for the result and
// says it in words: paid, declined, card expired, provider error, cancelled),
// paying again after a failure, and the receipt of a paid fee as PDF (save,
// print). Hosts give it the application detail and reload on paymentSettled.
class PaymentPanel : public QFrame
{
    Q_OBJECT
public:
    explicit PaymentPanel(client::Session *session, QWidget *parent = nullptr);
    ~PaymentPanel() override;

    // The city's name printed on the receipt.
    void setCityName(const QString &name) { m_cityName = name; }
    void setLanguage(const QString &language) { m_language = language; }
    void setApplication(const rathaus::ApplicationDetail &detail);
    void clear();

    client::PaymentFlow *flow() const { return m_flow; }
    // The receipt of the paid fee, once fetched.
    const std::optional<Receipt> &receipt() const { return m_receipt; }
    // Writes the receipt as PDF (what "Save receipt…" does after its dialog).
    bool saveReceipt(const QString &path) const;
    // The short outcome for a settled payment: "Paid", "Declined", "Card expired", ...
    static QString outcomeHeadline(const Payment &payment);

signals:
    void paymentSettled(const rathaus::Payment &payment);

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();
    void fetchReceipt(const QString &paymentId);
    void retranslate();

    client::Session *m_session;
    client::PaymentFlow *m_flow;
    std::optional<ApplicationDetail> m_detail;
    std::optional<Receipt> m_receipt;
    QString m_cityName;
    QString m_language = QStringLiteral("de");
    QLabel *m_titleLabel;
    QLabel *m_amountLabel;
    QLabel *m_statusLabel;
    QLabel *m_detailLabel;
    QProgressBar *m_busy;
    QLineEdit *m_linkField; // the provider's address, when the browser did not take it
    QPushButton *m_copyLinkButton;
    bool m_linkCopied = false;
    QPushButton *m_payButton;
    QPushButton *m_reopenButton;
    QPushButton *m_checkButton;
    QPushButton *m_saveReceiptButton;
    QPushButton *m_printReceiptButton;
};

} // namespace rathaus::ui
