#include "app/ui/staff/SuggestionsDialog.h"

#include "app/client/staff/FeedbackListModel.h"
#include "app/ui/ProblemText.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace rathaus::ui {

SuggestionsDialog::SuggestionsDialog(client::StaffApi *api,
                                     client::ServiceCatalogueModel *catalogue, QWidget *parent)
    : QDialog(parent), m_model(new client::FeedbackListModel(api, catalogue, this)),
      m_table(new QTableView(this)), m_text(new QPlainTextEdit(this)), m_state(new QLabel(this))
{
    setObjectName(QStringLiteral("suggestionsDialog"));
    setWindowTitle(tr("Suggestions from citizens"));
    resize(760, 520);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    auto *title = new QLabel(tr("Suggestions from citizens"), this);
    title->setProperty("subheading", true);
    layout->addWidget(title);

    m_table->setObjectName(QStringLiteral("suggestionsTable"));
    m_table->setAccessibleName(tr("Suggestions"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setShowGrid(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(client::FeedbackListModel::Date, 140);
    m_table->setColumnWidth(client::FeedbackListModel::Service, 200);
    layout->addWidget(m_table, 3);

    m_text->setObjectName(QStringLiteral("suggestionText"));
    m_text->setAccessibleName(tr("The chosen suggestion"));
    m_text->setReadOnly(true);
    layout->addWidget(m_text, 1);

    auto *footer = new QHBoxLayout;
    m_state->setObjectName(QStringLiteral("suggestionsStateLabel"));
    m_state->setProperty("muted", true);
    m_state->setWordWrap(true);
    footer->addWidget(m_state, 1);
    auto *close = new QPushButton(tr("&Close"), this);
    footer->addWidget(close);
    layout->addLayout(footer);
    connect(close, &QPushButton::clicked, this, &QDialog::accept);

    connect(m_model, &client::FeedbackListModel::loadingChanged, this,
            &SuggestionsDialog::updateState);
    connect(m_model, &client::FeedbackListModel::pageLoaded, this, [this] {
        m_problem.clear();
        updateState();
        if (!m_table->currentIndex().isValid() && m_model->rowCount() > 0)
            m_table->setCurrentIndex(m_model->index(0, 0));
    });
    connect(m_model, &client::FeedbackListModel::pageFailed, this, [this](const Problem &problem) {
        m_problem = ProblemText::forUser(problem);
        updateState();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SuggestionsDialog::showCurrent);
    m_model->reload();
    updateState();
}

void SuggestionsDialog::updateState()
{
    if (!m_problem.isEmpty())
        m_state->setText(tr("The suggestions could not be loaded. %1").arg(m_problem));
    else if (m_model->isLoading())
        m_state->setText(tr("Loading suggestions…"));
    else if (m_model->rowCount() == 0)
        m_state->setText(tr("No suggestions yet."));
    else if (m_model->hasMorePages())
        m_state->setText(
            tr("%n suggestion(s) shown; more load as you scroll.", nullptr, m_model->rowCount()));
    else
        m_state->setText(tr("%n suggestion(s).", nullptr, m_model->rowCount()));
}

void SuggestionsDialog::showCurrent()
{
    const auto *item = m_model->feedbackAt(m_table->currentIndex().row());
    m_text->setPlainText(item ? item->text : QString());
}

} // namespace rathaus::ui
