#include "app/ui/cockpit/SendDataWizard.h"

#include "app/client/cockpit/CockpitApi.h"
#include "app/ui/ProblemText.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QCollator>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QUuid>
#include <QVBoxLayout>

namespace rathaus::ui {

namespace {

QLabel *wrapped(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

SendDataWizard::SendDataWizard(client::CockpitApi *api, const QList<Record> &records,
                               const client::CockpitDirectory &directory, QWidget *parent)
    : QWizard(parent), m_api(api), m_records(records), m_directory(directory),
      m_idempotencyKey(QUuid::createUuid().toByteArray(QUuid::WithoutBraces))
{
    setObjectName(QStringLiteral("sendDataWizard"));
    setWindowTitle(tr("Send my data"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setButtonText(QWizard::FinishButton, tr("&Send"));
    resize(600, 460);

    QCollator collator { QLocale(directory.language) };
    QList<QPair<QString, QString>> offices; // id, name
    for (auto it = directory.officeNames.cbegin(); it != directory.officeNames.cend(); ++it)
        offices.append({ it.key(), it.value().in(directory.language) });
    std::sort(offices.begin(), offices.end(), [&](const auto &a, const auto &b) {
        return collator.compare(a.second, b.second) < 0;
    });

    // 1: what
    auto *what = new QWizardPage(this);
    what->setTitle(tr("What do you want to send?"));
    auto *whatLayout = new QFormLayout(what);
    whatLayout->setRowWrapPolicy(QFormLayout::WrapAllRows);
    m_fromCombo = new QComboBox(what);
    m_fromCombo->setObjectName(QStringLiteral("fromOfficeCombo"));
    for (const auto &[id, name] : std::as_const(offices)) {
        const bool holds = std::any_of(m_records.cbegin(), m_records.cend(),
                                       [&](const Record &r) { return r.officeId == id; });
        if (holds)
            m_fromCombo->addItem(name, id);
    }
    m_recordList = new QListWidget(what);
    m_recordList->setObjectName(QStringLiteral("sendRecordList"));
    m_recordList->setAccessibleName(tr("Records to send"));
    m_fromCombo->setAccessibleName(tr("From the office"));
    m_fromCombo->view()->setAccessibleName(tr("From the office"));
    whatLayout->addRow(tr("&From the office"), m_fromCombo);
    whatLayout->addRow(tr("&Records"), m_recordList);
    connect(m_fromCombo, &QComboBox::currentIndexChanged, this, &SendDataWizard::fillRecords);
    setPage(WhatPage, what);

    // 2: to whom, why
    auto *where = new QWizardPage(this);
    where->setTitle(tr("To which office, and why?"));
    auto *whereLayout = new QFormLayout(where);
    whereLayout->setRowWrapPolicy(QFormLayout::WrapAllRows);
    m_toCombo = new QComboBox(where);
    m_toCombo->setObjectName(QStringLiteral("toOfficeCombo"));
    for (const auto &[id, name] : std::as_const(offices))
        m_toCombo->addItem(name, id);
    m_purposeEdit = new QLineEdit(where);
    m_purposeEdit->setObjectName(QStringLiteral("purposeLineEdit"));
    m_purposeEdit->setMaxLength(500);
    m_purposeEdit->setPlaceholderText(tr("For example: my application for parental benefit"));
    m_applicationEdit = new QLineEdit(where);
    m_applicationEdit->setObjectName(QStringLiteral("applicationLineEdit"));
    m_applicationEdit->setMaxLength(100);
    m_applicationEdit->setPlaceholderText(tr("LUN-2026-000123"));
    m_toCombo->setAccessibleName(tr("To the office"));
    m_toCombo->view()->setAccessibleName(tr("To the office"));
    m_purposeEdit->setAccessibleName(tr("Purpose"));
    m_applicationEdit->setAccessibleName(tr("Application (optional)"));
    whereLayout->addRow(tr("&To the office"), m_toCombo);
    whereLayout->addRow(tr("&Purpose"), m_purposeEdit);
    whereLayout->addRow(tr("&Application (optional)"), m_applicationEdit);
    setPage(WhereToPage, where);

    // 3: confirm
    auto *confirm = new QWizardPage(this);
    confirm->setTitle(tr("Please check and send"));
    auto *confirmLayout = new QVBoxLayout(confirm);
    m_summaryLabel = wrapped(QString(), confirm);
    m_summaryLabel->setObjectName(QStringLiteral("sendSummaryLabel"));
    confirmLayout->addWidget(m_summaryLabel);
    confirmLayout->addWidget(wrapped(tr("The receiving office gets a copy of exactly these "
                                        "records. You can withdraw your consent later under "
                                        "Requests; the office must then delete its copy."),
                                     confirm));
    m_errorLabel = wrapped(QString(), confirm);
    m_errorLabel->setObjectName(QStringLiteral("sendErrorLabel"));
    m_errorLabel->setProperty("error", true);
    m_errorLabel->hide();
    confirmLayout->addWidget(m_errorLabel);
    confirmLayout->addStretch(1);
    setPage(ConfirmPage, confirm);

    fillRecords();
}

void SendDataWizard::fillRecords()
{
    m_recordList->clear();
    const QString office = m_fromCombo->currentData().toString();
    for (const Record &record : std::as_const(m_records)) {
        if (record.officeId != office)
            continue;
        auto *item = new QListWidgetItem(record.title.in(m_directory.language), m_recordList);
        item->setData(Qt::UserRole, record.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
}

client::TransferDraft SendDataWizard::draft() const
{
    client::TransferDraft draft;
    draft.fromOfficeId = m_fromCombo->currentData().toString();
    draft.toOfficeId = m_toCombo->currentData().toString();
    for (int row = 0; row < m_recordList->count(); ++row) {
        if (m_recordList->item(row)->checkState() == Qt::Checked)
            draft.recordIds.append(m_recordList->item(row)->data(Qt::UserRole).toString());
    }
    draft.purpose = m_purposeEdit->text().trimmed();
    // The citizen knows the reference (LUN-...), the contract wants the id.
    const QString application = m_applicationEdit->text().trimmed();
    draft.applicationId = m_directory.applicationReferences.key(application, application);
    return draft;
}

bool SendDataWizard::validateCurrentPage()
{
    const client::TransferDraft current = draft();
    if (currentId() == WhatPage && current.recordIds.isEmpty()) {
        currentPage()->setSubTitle(tr("Please tick at least one record."));
        return false;
    }
    if (currentId() == WhereToPage) {
        if (current.toOfficeId == current.fromOfficeId) {
            currentPage()->setSubTitle(tr("Please choose another office than the sending one."));
            return false;
        }
        if (current.purpose.isEmpty()) {
            currentPage()->setSubTitle(tr("Please say what the data is for."));
            return false;
        }
    }
    currentPage()->setSubTitle(QString());
    return QWizard::validateCurrentPage();
}

void SendDataWizard::initializePage(int id)
{
    if (id == ConfirmPage) {
        const client::TransferDraft current = draft();
        QStringList titles;
        for (int row = 0; row < m_recordList->count(); ++row) {
            if (m_recordList->item(row)->checkState() == Qt::Checked)
                titles.append(m_recordList->item(row)->text());
        }
        m_summaryLabel->setText(tr("%1 sends %2 to %3.\nPurpose: %4")
                                    .arg(m_directory.officeName(current.fromOfficeId),
                                         titles.join(QStringLiteral(", ")),
                                         m_directory.officeName(current.toOfficeId),
                                         current.purpose));
        m_errorLabel->hide();
    }
    QWizard::initializePage(id);
}

void SendDataWizard::accept()
{
    if (m_sending)
        return;
    m_sending = true;
    button(QWizard::FinishButton)->setEnabled(false);
    m_errorLabel->hide();
    m_api->createTransfer(
        draft(), m_idempotencyKey, this, [this](const Result<client::CockpitApi::Done> &result) {
            m_sending = false;
            button(QWizard::FinishButton)->setEnabled(true);
            if (result.ok()) {
                emit sent();
                QWizard::accept();
                return;
            }
            m_errorLabel->setText(client::CockpitApi::isNotAvailable(result.problem())
                                      ? tr("Sending data between offices is not available yet "
                                           "at your city. Nothing was sent.")
                                      : ProblemText::forUser(result.problem()));
            m_errorLabel->show();
        });
}

} // namespace rathaus::ui
