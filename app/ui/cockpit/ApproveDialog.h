#pragma once

#include "common/wire/Record.h"
#include "common/wire/Transfer.h"

#include <QDateTime>
#include <QDialog>
#include <QStringList>

class QCheckBox;
class QDateEdit;
class QListWidget;

namespace rathaus::ui {

// "Approve only some": the citizen narrows a request to some of the sending
// office's records and may let the consent end on a date.
class ApproveDialog : public QDialog
{
    Q_OBJECT
public:
    ApproveDialog(const Transfer &transfer, const QList<Record> &candidates,
                  const QString &language, QWidget *parent = nullptr);

    QStringList chosenRecordIds() const;
    QDateTime expiresAt() const; // null: no end

private:
    void updateButtons();

    QListWidget *m_recordList;
    QCheckBox *m_expiryCheck;
    QDateEdit *m_expiryEdit;
    class QPushButton *m_approveButton;
};

} // namespace rathaus::ui
