#include "app/ui/cockpit/ApproveDialog.h"

#include "app/ui/forms/DateTyping.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QTimeZone>
#include <QVBoxLayout>

namespace rathaus::ui {

ApproveDialog::ApproveDialog(const Transfer &transfer, const QList<Record> &candidates,
                             const QString &language, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("approveDialog"));
    setWindowTitle(tr("Approve only some records"));
    setModal(true);
    resize(480, 380);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Choose what may be passed on. Only the records you tick are "
                                "sent."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_recordList = new QListWidget(this);
    m_recordList->setObjectName(QStringLiteral("approveRecordList"));
    m_recordList->setAccessibleName(tr("Records that may be passed on"));
    for (const Record &record : candidates) {
        auto *item = new QListWidgetItem(record.title.in(language), m_recordList);
        item->setData(Qt::UserRole, record.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        const bool asked =
            transfer.recordIds.contains(record.id) || transfer.categories.contains(record.category);
        item->setCheckState(asked ? Qt::Checked : Qt::Unchecked);
    }
    intro->setBuddy(m_recordList);
    layout->addWidget(m_recordList, 1);

    auto *expiryRow = new QHBoxLayout;
    m_expiryCheck = new QCheckBox(tr("Consent ends on"), this);
    m_expiryCheck->setObjectName(QStringLiteral("expiryCheckBox"));
    m_expiryEdit = new QDateEdit(QDate::currentDate().addMonths(3), this);
    m_expiryEdit->setDisplayFormat(DateTyping::fullYearFormat(QLocale()));
    DateTyping::attach(m_expiryEdit); // a date typed as a whole takes
    m_expiryEdit->setObjectName(QStringLiteral("expiryDateEdit"));
    m_expiryEdit->setCalendarPopup(true);
    m_expiryEdit->setMinimumDate(QDate::currentDate().addDays(1));
    m_expiryEdit->setAccessibleName(tr("Consent ends on"));
    m_expiryEdit->setEnabled(false);
    expiryRow->addWidget(m_expiryCheck);
    expiryRow->addWidget(m_expiryEdit);
    expiryRow->addStretch(1);
    layout->addLayout(expiryRow);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_approveButton = buttons->addButton(tr("&Approve the chosen"), QDialogButtonBox::AcceptRole);
    m_approveButton->setObjectName(QStringLiteral("approveChosenButton"));
    m_approveButton->setProperty("primary", true);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_expiryCheck, &QCheckBox::toggled, m_expiryEdit, &QWidget::setEnabled);
    connect(m_recordList, &QListWidget::itemChanged, this, &ApproveDialog::updateButtons);
    updateButtons();
}

QStringList ApproveDialog::chosenRecordIds() const
{
    QStringList ids;
    for (int row = 0; row < m_recordList->count(); ++row) {
        const QListWidgetItem *item = m_recordList->item(row);
        if (item->checkState() == Qt::Checked)
            ids.append(item->data(Qt::UserRole).toString());
    }
    return ids;
}

QDateTime ApproveDialog::expiresAt() const
{
    if (!m_expiryCheck->isChecked())
        return {};
    // The end of the chosen day where the citizen lives.
    return QDateTime(m_expiryEdit->date(), QTime(23, 59, 59)).toUTC();
}

void ApproveDialog::updateButtons()
{
    m_approveButton->setEnabled(!chosenRecordIds().isEmpty());
}

} // namespace rathaus::ui
