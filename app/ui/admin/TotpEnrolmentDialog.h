#pragma once

#include "common/wire/StaffAccount.h"

#include <QDialog>

class QFormLayout;
class QLineEdit;

namespace rathaus::ui {

// The TOTP secret of a new (or reset) staff account, shown this once: the
// administrator copies the secret or the otpauth:// URI into the colleague's
// authenticator app. Closing it forgets the secret; the server never shows
// it again.
class TotpEnrolmentDialog : public QDialog
{
    Q_OBJECT
public:
    TotpEnrolmentDialog(const StaffEnrolment &enrolment, bool newAccount,
                        QWidget *parent = nullptr);
    ~TotpEnrolmentDialog() override;

    QString secret() const;
    QString otpauthUri() const;

protected:
    void done(int result) override;

private:
    QLineEdit *addCopyRow(QFormLayout *form, const QString &label, const QString &value,
                          const QString &name);

    QLineEdit *m_secret = nullptr;
    QLineEdit *m_uri = nullptr;
};

} // namespace rathaus::ui
