#include "app/ui/forms/ApplicationReview.h"

#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace rathaus::ui {

ApplicationReview::ApplicationReview(QWidget *parent)
    : QWidget(parent), m_layout(new QVBoxLayout(this))
{
    setObjectName(QStringLiteral("applicationReview"));
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(12);
}

void ApplicationReview::clear()
{
    while (QLayoutItem *item = m_layout->takeAt(0)) {
        if (QWidget *widget = item->widget()) {
            // Out of the tree at once (no stale labels), deleted once idle.
            widget->hide();
            widget->setParent(nullptr);
            widget->deleteLater();
        }
        delete item;
    }
}

void ApplicationReview::setContent(const QList<Step> &steps, const QString &fee)
{
    clear();
    auto *intro = new QLabel(
        tr("Please check your answers. You can change them before you submit the application."),
        this);
    intro->setWordWrap(true);
    intro->setProperty("muted", true);
    intro->setVisible(!m_readOnly);
    m_layout->addWidget(intro);

    for (int index = 0; index < steps.size(); ++index) {
        const Step &step = steps.at(index);
        auto *card = new QFrame(this);
        card->setObjectName(QStringLiteral("reviewStep_%1").arg(index));
        card->setProperty("card", true);
        auto *cardLayout = new QVBoxLayout(card);
        cardLayout->setContentsMargins(20, 12, 20, 16);
        cardLayout->setSpacing(8);

        auto *header = new QHBoxLayout;
        auto *title = new QLabel(step.title, card);
        title->setProperty("subheading", true);
        title->setTextFormat(Qt::PlainText);
        header->addWidget(title, 1);
        auto *edit = new QPushButton(tr("Edit"), card);
        edit->setObjectName(QStringLiteral("editStepButton_%1").arg(index));
        edit->setProperty("link", true);
        edit->setAccessibleName(tr("Edit “%1”").arg(step.title));
        edit->setCursor(Qt::PointingHandCursor);
        connect(edit, &QPushButton::clicked, this, [this, index] { emit editRequested(index); });
        header->addWidget(edit, 0, Qt::AlignBottom);
        edit->setVisible(!m_readOnly);
        cardLayout->addLayout(header);

        // Labels in a column of their own, equally wide on every card.
        auto *rows = new QGridLayout;
        rows->setHorizontalSpacing(24);
        rows->setVerticalSpacing(10);
        rows->setColumnMinimumWidth(0, 220);
        rows->setColumnStretch(0, 2);
        rows->setColumnStretch(1, 3);
        int line = 0;
        for (const Row &row : step.rows) {
            auto *label = new QLabel(row.label, card);
            label->setProperty("muted", true);
            label->setTextFormat(Qt::PlainText);
            label->setWordWrap(true);
            label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
            auto *value = new QLabel(row.value.isEmpty() ? tr("not given") : row.value, card);
            value->setObjectName(QStringLiteral("reviewValue_") + row.fieldId);
            value->setTextFormat(Qt::PlainText);
            value->setWordWrap(true);
            value->setAlignment(Qt::AlignLeft | Qt::AlignTop);
            value->setTextInteractionFlags(Qt::TextSelectableByMouse);
            value->setProperty("reviewValue", true);
            value->setAccessibleName(row.label);
            rows->addWidget(label, line, 0);
            rows->addWidget(value, line, 1);
            ++line;
        }
        cardLayout->addLayout(rows);
        m_layout->addWidget(card);
    }

    auto *feeLabel = new QLabel(tr("Fee: %1").arg(fee), this);
    feeLabel->setObjectName(QStringLiteral("reviewFeeLabel"));
    feeLabel->setProperty("fact", true);
    feeLabel->setVisible(!m_readOnly);
    m_layout->addWidget(feeLabel);
    m_layout->addStretch(1);
}

} // namespace rathaus::ui
