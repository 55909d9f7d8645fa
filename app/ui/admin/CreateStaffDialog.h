#pragma once

#include "app/client/admin/AdminApi.h"
#include "common/core/Problem.h"

#include <QDialog>
#include <QMap>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace rathaus::client {
class ServiceCatalogueModel;
}

namespace rathaus::ui {

// A new staff account: username, name, role, office, first password. Checks
// what it can before sending (the message beside the field); what the server
// refuses comes back beside the field too, and everything typed stays.
class CreateStaffDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CreateStaffDialog(client::ServiceCatalogueModel *catalogue, QWidget *parent = nullptr);

    client::NewStaffAccount account() const;
    // The server's refusal: field errors beside their fields, the rest below.
    void showProblem(const Problem &problem);
    void setBusy(bool busy);
    void clearPassword();
    // Checks the fields; false with the messages shown.
    bool validate();

signals:
    // Create was pressed and the fields are fine.
    void submitted();

private:
    QLabel *addField(QFormLayout *form, const QString &label, QWidget *field, const QString &name);
    void setFieldError(const QString &field, const QString &message);
    void clearErrors();
    void updateOfficeEnabled();
    void fitToContents();

    QLineEdit *m_username;
    QLineEdit *m_displayName;
    QComboBox *m_role;
    QComboBox *m_office;
    QLineEdit *m_password;
    QLineEdit *m_repeat;
    QLabel *m_generalError;
    QPushButton *m_createButton;
    QMap<QString, QLabel *> m_errorLabels; // wire field name -> its message
};

} // namespace rathaus::ui
