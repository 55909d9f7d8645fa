#pragma once

#include "common/wire/Record.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace rathaus::client {
class CockpitApi;
}

namespace rathaus::ui {

// Asks the office that holds a record to correct it (POST
// /me/records/{id}/correction {body}). The text is never lost: on any
// failure, "not available yet" included, the dialog stays open with it.
class CorrectionDialog : public QDialog
{
    Q_OBJECT
public:
    CorrectionDialog(client::CockpitApi *api, const Record &record, const QString &language,
                     QWidget *parent = nullptr);

    QString text() const;

private:
    void send();
    void showError(const QString &message);
    void updateButtons();

    client::CockpitApi *m_api;
    QString m_recordId;
    QLabel *m_errorLabel;
    QPlainTextEdit *m_textEdit;
    QDialogButtonBox *m_buttons;
    bool m_sending = false;
};

} // namespace rathaus::ui
