#include "app/ui/cockpit/AccessLogSection.h"

#include "app/client/cockpit/AccessLogModel.h"
#include "app/client/cockpit/AccessLogVerifier.h"
#include "app/client/cockpit/CockpitDirectory.h"
#include "app/ui/ProblemText.h"
#include "app/ui/cockpit/ChainBanner.h"
#include "app/ui/cockpit/CockpitStyle.h"
#include "app/ui/forms/DateTyping.h"

#include <QAbstractItemView>
#include <QCollator>
#include <QEvent>
#include <QStyledItemDelegate>

#include "ui_AccessLogSection.h"

namespace rathaus::ui {

namespace {

enum Period { AllTime, Last30Days, Last12Months, ThisYear, CustomPeriod };

// Marks the entry the chain check names, so the citizen finds it in the list.
class FlaggedEntryDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.data(client::AccessLogModel::FlaggedRole).toBool()) {
            option->backgroundBrush = QColor(0xfd, 0xec, 0xea); // the theme's error surface
            option->palette.setColor(QPalette::Text, QColor(0x8c, 0x1d, 0x18));
            option->font.setBold(true);
        }
    }
};

} // namespace

AccessLogSection::AccessLogSection(client::AccessLogModel *model,
                                   client::AccessLogVerifier *verifier, QWidget *parent)
    : QWidget(parent), ui(std::make_unique<Ui::AccessLogSection>()), m_model(model),
      m_verifier(verifier)
{
    ui->setupUi(this);
    ui->logListView->setModel(model);
    ui->logListView->setUniformItemSizes(false);
    ui->logListView->setItemDelegate(new FlaggedEntryDelegate(ui->logListView));
    ui->customPeriodWidget->hide();
    ui->logRetryButton->hide();
    const QDate today = QDate::currentDate();
    ui->toDateEdit->setDate(today);
    ui->fromDateEdit->setDate(today.addMonths(-1));
    ui->fromDateEdit->setMaximumDate(today);
    ui->toDateEdit->setMaximumDate(today);
    for (QComboBox *combo : { ui->officeFilterCombo, ui->actionFilterCombo, ui->periodFilterCombo })
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    fillCombos();
    retranslate();

    for (QComboBox *combo : { ui->officeFilterCombo, ui->actionFilterCombo, ui->periodFilterCombo })
        connect(combo, &QComboBox::currentIndexChanged, this, &AccessLogSection::applyFilter);
    for (QDateEdit *edit : { ui->fromDateEdit, ui->toDateEdit }) {
        edit->setDisplayFormat(DateTyping::fullYearFormat(QLocale()));
        DateTyping::attach(edit); // a date typed as a whole takes
    }
    connect(ui->fromDateEdit, &QDateEdit::dateChanged, this, &AccessLogSection::applyFilter);
    connect(ui->toDateEdit, &QDateEdit::dateChanged, this, &AccessLogSection::applyFilter);
    // Checking again also shows the entries as they are now.
    connect(ui->checkAgainButton, &QPushButton::clicked, this, [this] {
        m_model->reload();
        m_verifier->start();
    });
    connect(ui->logRetryButton, &QPushButton::clicked, model, &client::AccessLogModel::reload);
    connect(verifier, &client::AccessLogVerifier::verdictChanged, this,
            &AccessLogSection::updateBanner);
    connect(model, &client::AccessLogModel::loadingChanged, this, &AccessLogSection::updateStatus);
    connect(model, &client::AccessLogModel::pageLoaded, this, &AccessLogSection::updateStatus);
    connect(model, &client::AccessLogModel::failed, this, &AccessLogSection::updateStatus);
    connect(model, &QAbstractItemModel::modelReset, this, &AccessLogSection::updateStatus);
}

AccessLogSection::~AccessLogSection() = default;

void AccessLogSection::setDirectory(const client::CockpitDirectory &directory)
{
    m_language = directory.language;
    m_offices.clear();
    for (auto it = directory.officeNames.cbegin(); it != directory.officeNames.cend(); ++it)
        m_offices.append({ it.key(), it.value().in(directory.language) });
    QCollator collator { QLocale(directory.language) };
    std::sort(m_offices.begin(), m_offices.end(), [&](const auto &a, const auto &b) {
        return collator.compare(a.second, b.second) < 0;
    });
    fillCombos();
    updateBanner();
}

void AccessLogSection::activate()
{
    if (m_active)
        return;
    m_active = true;
    applyFilter();
    m_verifier->start();
}

void AccessLogSection::refresh()
{
    if (!m_active) {
        activate(); // loads fresh anyway
        return;
    }
    m_model->reload();
    m_verifier->start();
}

void AccessLogSection::reset()
{
    m_active = false;
    m_filling = true;
    ui->officeFilterCombo->setCurrentIndex(0);
    ui->actionFilterCombo->setCurrentIndex(0);
    ui->periodFilterCombo->setCurrentIndex(0);
    m_filling = false;
    m_model->clear();
    m_verifier->clear();
}

void AccessLogSection::fillCombos()
{
    m_filling = true;
    const QString office = ui->officeFilterCombo->currentData().toString();
    const int action = ui->actionFilterCombo->currentIndex();
    const int period = ui->periodFilterCombo->currentIndex();

    ui->officeFilterCombo->clear();
    ui->officeFilterCombo->addItem(tr("All offices"), QString());
    for (const auto &[id, name] : std::as_const(m_offices))
        ui->officeFilterCombo->addItem(name, id);
    ui->officeFilterCombo->setCurrentIndex(qMax(0, ui->officeFilterCombo->findData(office)));

    ui->actionFilterCombo->clear();
    ui->actionFilterCombo->addItem(tr("Everything"), QString());
    ui->actionFilterCombo->addItem(tr("read"), accessActionToWire(AccessAction::Read));
    ui->actionFilterCombo->addItem(tr("changed"), accessActionToWire(AccessAction::Update));
    ui->actionFilterCombo->addItem(tr("passed on"), accessActionToWire(AccessAction::TransferOut));
    ui->actionFilterCombo->addItem(tr("received"), accessActionToWire(AccessAction::TransferIn));
    ui->actionFilterCombo->setCurrentIndex(qMax(0, action));

    ui->periodFilterCombo->clear();
    ui->periodFilterCombo->addItem(tr("All time"), AllTime);
    ui->periodFilterCombo->addItem(tr("Last 30 days"), Last30Days);
    ui->periodFilterCombo->addItem(tr("Last 12 months"), Last12Months);
    ui->periodFilterCombo->addItem(tr("This year"), ThisYear);
    ui->periodFilterCombo->addItem(tr("Choose dates…"), CustomPeriod);
    ui->periodFilterCombo->setCurrentIndex(qMax(0, period));
    m_filling = false;
}

void AccessLogSection::applyFilter()
{
    if (m_filling)
        return;
    client::AccessLogFilter filter;
    filter.officeId = ui->officeFilterCombo->currentData().toString();
    filter.action = accessActionFromWire(ui->actionFilterCombo->currentData().toString());
    const QDate today = QDate::currentDate();
    const int period = ui->periodFilterCombo->currentData().toInt();
    ui->customPeriodWidget->setVisible(period == CustomPeriod);
    switch (period) {
    case Last30Days:
        filter.from = today.addDays(-30);
        break;
    case Last12Months:
        filter.from = today.addMonths(-12);
        break;
    case ThisYear:
        filter.from = QDate(today.year(), 1, 1);
        break;
    case CustomPeriod:
        filter.from = ui->fromDateEdit->date();
        filter.to = ui->toDateEdit->date();
        break;
    default:
        break;
    }
    if (!m_active)
        return;
    if (filter == m_model->filter() && (m_model->rowCount() > 0 || m_model->isLoading()))
        return;
    m_model->setFilter(filter);
}

void AccessLogSection::updateBanner()
{
    const ChainBanner::Text banner = ChainBanner::describe(*m_verifier, m_language);
    ui->chainBannerLabel->setText(banner.text);
    CockpitStyle::setBanner(ui->chainBannerLabel, banner.tone);
    const client::ChainVerdict &verdict = m_verifier->verdict();
    m_model->setFlaggedEntry(
        verdict.state == client::ChainVerdict::State::Broken ? verdict.flawed.id : QString());
    ui->checkAgainButton->setEnabled(!m_verifier->isRunning());
}

void AccessLogSection::updateStatus()
{
    QString status;
    const int rows = m_model->rowCount();
    if (m_model->hasFailed()) {
        status = tr("The log could not be loaded.") + QLatin1Char(' ') +
            ProblemText::forUser(m_model->problem());
    } else if (m_model->isLoading()) {
        status = tr("Loading entries…");
    } else if (rows == 0 && m_model->isComplete()) {
        status = m_model->filter().isEmpty() ? tr("No entries: nobody has accessed your data.")
                                             : tr("No entries match the filter.");
    } else if (m_model->isComplete()) {
        status = tr("%n entries - all shown.", nullptr, rows);
    } else if (rows > 0) {
        status = tr("%n entries shown - scroll down for older ones.", nullptr, rows);
    }
    ui->logStatusLabel->setText(status);
    ui->logRetryButton->setVisible(m_model->hasFailed());
}

void AccessLogSection::retranslate()
{
    // The open list of a combo box is a control of its own for screen readers.
    for (QComboBox *combo : { ui->officeFilterCombo, ui->actionFilterCombo, ui->periodFilterCombo })
        combo->view()->setAccessibleName(combo->accessibleName());
    fillCombos();
    updateBanner();
    updateStatus();
}

void AccessLogSection::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        retranslate();
    }
    QWidget::changeEvent(event);
}

} // namespace rathaus::ui
