#pragma once

#include "app/client/staff/StaffApi.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QCheckBox;

namespace rathaus::client {
class ServiceCatalogueModel;
}

namespace rathaus::ui {

// Asks another office for a record of the case's citizen (once-only). The
// purpose and the legal basis are required: the citizen reads both when
// deciding, and the access log keeps them.
class TransferRequestDialog : public QDialog
{
    Q_OBJECT
public:
    TransferRequestDialog(client::ServiceCatalogueModel *catalogue, const QString &ownOfficeId,
                          QWidget *parent = nullptr);

    // Without citizen and case: the page adds those.
    client::TransferRequest request() const;
    QByteArray idempotencyKey() const { return m_idempotencyKey; }
    void showError(const QString &message);

    static QStringList knownCategories();
    static QString categoryLabel(const QString &category);

signals:
    void confirmed();

private:
    bool validate();

    QComboBox *m_officeCombo;
    QList<QCheckBox *> m_categoryBoxes;
    QLineEdit *m_purposeEdit;
    QLineEdit *m_legalBasisEdit;
    QLabel *m_errorLabel;
    QByteArray m_idempotencyKey;
};

} // namespace rathaus::ui
