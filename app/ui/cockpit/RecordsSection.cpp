#include "app/ui/cockpit/RecordsSection.h"

#include "app/client/cockpit/AccessLogText.h"
#include "app/client/cockpit/RecordsModel.h"
#include "app/ui/ProblemText.h"
#include "app/ui/cockpit/CockpitStyle.h"
#include "app/ui/cockpit/CorrectionDialog.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace rathaus::ui {

namespace {

QLabel *label(const QString &text, QWidget *parent, const char *property = nullptr)
{
    auto *l = new QLabel(text, parent);
    l->setTextFormat(Qt::PlainText);
    l->setWordWrap(true);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (property)
        l->setProperty(property, true);
    return l;
}

} // namespace

RecordsSection::RecordsSection(client::CockpitApi *api, client::RecordsModel *model,
                               QWidget *parent)
    : QWidget(parent), m_api(api), m_model(model)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    m_titleLabel = label(QString(), this, "subheading");
    m_introLabel = label(QString(), this, "muted");
    layout->addWidget(m_titleLabel);
    layout->addWidget(m_introLabel);
    auto *statusRow = new QHBoxLayout;
    m_statusLabel = label(QString(), this, "muted");
    m_statusLabel->setObjectName(QStringLiteral("recordsStatusLabel"));
    m_retryButton = new QPushButton(this);
    m_retryButton->setObjectName(QStringLiteral("recordsRetryButton"));
    statusRow->addWidget(m_statusLabel, 1);
    statusRow->addWidget(m_retryButton);
    layout->addLayout(statusRow);

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("recordsScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_cards = new QWidget(scroll);
    m_cards->setObjectName(QStringLiteral("recordCards"));
    m_cardsLayout = new QVBoxLayout(m_cards);
    m_cardsLayout->setContentsMargins(0, 0, 12, 0);
    m_cardsLayout->setSpacing(10);
    scroll->setWidget(m_cards);
    layout->addWidget(scroll, 1);

    connect(m_retryButton, &QPushButton::clicked, this, &RecordsSection::retryRequested);
    connect(model, &QAbstractItemModel::modelReset, this, &RecordsSection::rebuild);
    rebuild();
}

void RecordsSection::setState(State state, const Problem &problem)
{
    m_state = state;
    m_problem = problem;
    updateStatus();
}

void RecordsSection::updateStatus()
{
    m_titleLabel->setText(tr("What the offices hold about you"));
    m_introLabel->setText(tr("What the offices of your city hold about you, and why they may "
                             "hold it. If something is wrong, ask the office to correct it."));
    m_retryButton->setText(tr("&Try again"));
    m_retryButton->setVisible(m_state == State::Failed);
    QString status;
    const int records = int(m_model->records().size());
    switch (m_state) {
    case State::Idle:
    case State::Loading:
        status = tr("Loading your data…");
        break;
    case State::Failed:
        status = tr("Your data could not be loaded.") + QLatin1Char(' ') +
            ProblemText::forUser(m_problem);
        break;
    case State::Ready:
        status = records == 0 ? tr("The offices of your city hold no records about you.")
                              //: "4 records at 4 offices."
                              : tr("%1 at %2.")
                                    .arg(tr("%n record(s)", nullptr, records),
                                         tr("%n office(s)", nullptr, m_model->rowCount()));
        break;
    }
    m_statusLabel->setText(status);
}

void RecordsSection::rebuild()
{
    // Cards are few (one per record) and change only on reload: rebuilt whole.
    while (QLayoutItem *item = m_cardsLayout->takeAt(0)) {
        if (QWidget *widget = item->widget())
            widget->deleteLater();
        delete item;
    }
    for (int officeRow = 0; officeRow < m_model->rowCount(); ++officeRow) {
        const QModelIndex office = m_model->index(officeRow, 0);
        QLabel *officeLabel = label(office.data().toString(), m_cards, "subheading");
        officeLabel->setObjectName(QStringLiteral("officeHeading_") +
                                   office.data(client::RecordsModel::OfficeIdRole).toString());
        m_cardsLayout->addWidget(officeLabel);
        for (int row = 0; row < m_model->rowCount(office); ++row) {
            const QModelIndex record = m_model->index(row, 0, office);
            const QString recordId = record.data(client::RecordsModel::RecordIdRole).toString();
            QFrame *card = CockpitStyle::card(m_cards);
            card->setObjectName(QStringLiteral("recordCard_") + recordId);
            card->setAccessibleName(record.data().toString());
            auto *cardLayout = new QVBoxLayout(card);
            cardLayout->setContentsMargins(16, 12, 16, 12);
            cardLayout->setSpacing(8);
            QLabel *title = label(record.data().toString(), card, "fact");
            title->setObjectName(QStringLiteral("recordTitleLabel"));
            cardLayout->addWidget(title);
            auto *correct = new QPushButton(tr("Ask for a &correction…"), card);
            correct->setObjectName(QStringLiteral("correctionButton"));
            correct->setAccessibleName(
                tr("Ask %1 to correct “%2”")
                    .arg(office.data().toString(), record.data().toString()));
            connect(correct, &QPushButton::clicked, this,
                    [this, recordId] { askForCorrection(recordId); });

            auto *fields = new QFormLayout;
            fields->setRowWrapPolicy(QFormLayout::WrapLongRows);
            fields->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
            fields->setHorizontalSpacing(16);
            fields->setVerticalSpacing(4);
            fields->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
            for (const QString &pair :
                 record.data(client::RecordsModel::FieldsRole).toStringList()) {
                const qsizetype tab = pair.indexOf(QLatin1Char('\t'));
                QLabel *name = label(pair.left(tab), card, "muted");
                QLabel *value = label(pair.mid(tab + 1), card);
                name->setBuddy(value);
                fields->addRow(name, value);
            }
            cardLayout->addLayout(fields);

            QStringList facts;
            const QString basis = record.data(client::RecordsModel::LegalBasisRole).toString();
            if (!basis.isEmpty())
                facts.append(tr("Legal basis: %1").arg(basis));
            const QDateTime updated = record.data(client::RecordsModel::UpdatedAtRole).toDateTime();
            if (updated.isValid())
                facts.append(
                    tr("Last changed: %1").arg(client::AccessLogText::when(updated, m_language)));
            const QString retention = record.data(client::RecordsModel::RetentionRole).toString();
            if (!retention.isEmpty())
                facts.append(tr("Kept: %1").arg(retention));
            // Facts and the button share the last row; the facts wrap, so a
            // narrow window squeezes text, never the button.
            auto *footer = new QHBoxLayout;
            footer->setSpacing(12);
            footer->addWidget(label(facts.join(QStringLiteral("  ·  ")), card, "caption"), 1);
            footer->addWidget(correct, 0, Qt::AlignBottom);
            cardLayout->addLayout(footer);
            m_cardsLayout->addWidget(card);
        }
    }
    m_cardsLayout->addStretch(1);
    updateStatus();
}

void RecordsSection::askForCorrection(const QString &recordId)
{
    const Record *record = m_model->record(recordId);
    if (!record)
        return;
    auto *dialog = new CorrectionDialog(m_api, *record, m_language, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        m_statusLabel->setText(tr("Your request for a correction was sent. The office will "
                                  "answer you."));
    });
    dialog->open();
}

void RecordsSection::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QWidget::changeEvent(event);
}

} // namespace rathaus::ui
