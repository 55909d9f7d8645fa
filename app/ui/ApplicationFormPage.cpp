#include "app/ui/ApplicationFormPage.h"

#include "app/client/DraftAutosaver.h"
#include "app/client/DraftStore.h"
#include "app/client/FormState.h"
#include "app/client/Formatting.h"
#include "app/client/ServiceCatalogueModel.h"
#include "app/ui/DirectionalIcon.h"
#include "app/ui/forms/ApplicationReview.h"
#include "app/ui/forms/FieldEditor.h"
#include "app/ui/forms/FieldEditorFactory.h"

#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QIcon>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcut>
#include <QStyle>
#include <QVBoxLayout>

#include "ui_ApplicationFormPage.h"

namespace rathaus::ui {

namespace {
// Lines of text read best when they are not too long.
constexpr int maxFormWidth = 760;

QScrollArea *makeScrollPage(QWidget *content, const QString &name, QWidget *parent)
{
    auto *scroll = new QScrollArea(parent);
    scroll->setObjectName(name);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);
    auto *viewport = new QWidget(scroll);
    auto *columns = new QHBoxLayout(viewport);
    columns->setContentsMargins(0, 4, 0, 8);
    content->setMaximumWidth(maxFormWidth);
    columns->addWidget(content, 1, Qt::AlignTop);
    columns->addStretch(0);
    scroll->setWidget(viewport);
    return scroll;
}
} // namespace

ApplicationFormPage::ApplicationFormPage(client::ServiceCatalogueModel *catalogue,
                                         client::DraftStore *drafts, QWidget *parent)
    : QWidget(parent), ui(std::make_unique<Ui::ApplicationFormPage>()), m_catalogue(catalogue),
      m_drafts(drafts), m_autosaver(new client::DraftAutosaver(drafts, this))
{
    ui->setupUi(this);
    ui->formNoticeLabel->hide();
    ui->backToServiceButton->setIcon(directionalIcon(QStringLiteral(":/icons/back.svg")));
    connect(ui->backToServiceButton, &QPushButton::clicked, this,
            &ApplicationFormPage::backRequested);
    connect(ui->previousButton, &QPushButton::clicked, this, &ApplicationFormPage::goBack);
    connect(ui->nextButton, &QPushButton::clicked, this, &ApplicationFormPage::goNext);
    connect(ui->submitButton, &QPushButton::clicked, this, &ApplicationFormPage::submit);
    auto *back = new QShortcut(QKeySequence(QKeySequence::Back), this);
    back->setContext(Qt::WidgetWithChildrenShortcut);
    connect(back, &QShortcut::activated, this, &ApplicationFormPage::goBack);
    retranslate();
}

ApplicationFormPage::~ApplicationFormPage() = default;

void ApplicationFormPage::start(const ServiceDetail &service)
{
    if (m_state && m_state->serviceId() == service.summary.id) {
        const int step = currentStep();
        m_service = service;
        build();
        showStep(step);
        return;
    }
    open(service, client::DraftStore::create(service.summary.id));
}

void ApplicationFormPage::resume(const ServiceDetail &service, const client::Draft &draft)
{
    open(service, draft);
}

void ApplicationFormPage::open(const ServiceDetail &service, const client::Draft &draft)
{
    reset();
    m_service = service;
    m_state = new client::FormState(service.summary.id, service.form, service.summary.fee, this);
    m_state->setData(draft.data);
    m_state->setServerErrors(draft.fieldErrors);
    connect(m_state, &client::FormState::changed, this, &ApplicationFormPage::refresh);
    // Fields the backend complained about show their message at once.
    for (auto it = draft.fieldErrors.cbegin(); it != draft.fieldErrors.cend(); ++it)
        m_touched.insert(it.key());
    m_notice = draft.notice;
    m_draftId = draft.id;
    m_autosaver->attach(m_state, draft);
    build();
    showStep(draft.step);
}

void ApplicationFormPage::reset()
{
    m_autosaver->detach();
    delete m_state;
    m_state = nullptr;
    m_service.reset();
    m_touched.clear();
    m_attemptedSteps.clear();
    m_notice.clear();
    m_draftId.clear();
    m_sending = false;
    build();
    retranslate();
}

QString ApplicationFormPage::draftId() const
{
    return m_state ? m_draftId : QString();
}

void ApplicationFormPage::setSending(bool sending)
{
    m_sending = sending;
    retranslate();
}

void ApplicationFormPage::submit()
{
    if (!m_state || m_sending)
        return;
    // The client's own check first: the backend would refuse the same.
    const auto errors = m_state->errors();
    if (!errors.isEmpty()) {
        for (int step = 0; step < stepCount(); ++step) {
            if (!m_state->stepErrors(step).isEmpty()) {
                m_attemptedSteps.insert(step);
                showStep(step);
                goNext(); // shows the step's messages and focuses the first
                return;
            }
        }
    }
    client::Draft draft = m_autosaver->currentDraft();
    draft.submission = m_state->submissionData();
    // From here the outbox owns the stored draft: no autosave may put it
    // back to Editing behind its back. A refusal hands it back (showRefusal).
    m_autosaver->detach();
    m_notice.clear();
    setSending(true);
    emit submitRequested(draft);
}

void ApplicationFormPage::showRefusal(const client::Draft &draft, const Problem &problem)
{
    if (!m_state || draftId() != draft.id)
        return;
    m_sending = false;
    m_autosaver->attach(m_state, draft);
    QMap<QString, QString> fieldErrors;
    for (auto it = problem.fieldErrors.cbegin(); it != problem.fieldErrors.cend(); ++it) {
        if (m_state->schema().field(it.key()))
            fieldErrors.insert(it.key(), it.value());
    }
    m_state->setServerErrors(fieldErrors);
    m_notice = draft.notice;
    for (auto it = fieldErrors.cbegin(); it != fieldErrors.cend(); ++it)
        m_touched.insert(it.key());
    for (int step = 0; step < stepCount(); ++step) {
        if (!m_state->stepErrors(step).isEmpty()) {
            showStep(step);
            for (FieldEditor *editor : m_editors) {
                if (stepOf(editor->field().id) == step && !editor->error().isEmpty()) {
                    editor->focusInput();
                    if (auto *scroll = qobject_cast<QScrollArea *>(ui->stepStack->currentWidget()))
                        scroll->ensureWidgetVisible(editor);
                    break;
                }
            }
            return;
        }
    }
    retranslate();
}

int ApplicationFormPage::currentStep() const
{
    return ui->stepStack->currentIndex();
}

int ApplicationFormPage::stepCount() const
{
    return m_state ? int(m_state->schema().steps.size()) : 0;
}

FieldEditor *ApplicationFormPage::editor(const QString &fieldId) const
{
    for (FieldEditor *editor : m_editors) {
        if (editor->field().id == fieldId)
            return editor;
    }
    return nullptr;
}

void ApplicationFormPage::build()
{
    // Old pages go later: build() may run while they handle an event.
    while (ui->stepStack->count() > 0) {
        QWidget *page = ui->stepStack->widget(0);
        ui->stepStack->removeWidget(page);
        page->hide();
        page->setParent(nullptr);
        page->deleteLater();
    }
    m_editors.clear();
    m_review = nullptr;
    if (!m_state)
        return;
    for (int step = 0; step < stepCount(); ++step)
        ui->stepStack->addWidget(buildStep(step));
    m_review = new ApplicationReview;
    connect(m_review, &ApplicationReview::editRequested, this, &ApplicationFormPage::showStep);
    ui->stepStack->addWidget(
        makeScrollPage(m_review, QStringLiteral("reviewPage"), ui->stepStack));
    retranslate();
    refresh();
}

QWidget *ApplicationFormPage::buildStep(int step)
{
    const QString language = m_catalogue->language();
    auto *card = new QFrame;
    card->setProperty("card", true);
    auto *layout = new QVBoxLayout(card);
    layout->setContentsMargins(24, 20, 24, 24);
    layout->setSpacing(20);
    for (const FormField &field : m_state->schema().steps.at(step).fields) {
        FieldEditor *editor = FieldEditorFactory::create(field, language, card, m_uploads);
        editor->setValue(m_state->value(field.id));
        layout->addWidget(editor);
        m_editors.append(editor);
        connect(editor, &FieldEditor::edited, this, [this, editor] { onEdited(editor); });
        connect(editor, &FieldEditor::committed, this, [this, editor] {
            m_touched.insert(editor->field().id);
            refresh();
        });
    }
    return makeScrollPage(card, QStringLiteral("stepPage_%1").arg(step), ui->stepStack);
}

void ApplicationFormPage::showStep(int step)
{
    if (!m_state)
        return;
    step = qBound(0, step, stepCount());
    ui->stepStack->setCurrentIndex(step);
    m_autosaver->setPosition(step, stepCount());
    if (auto *scroll = qobject_cast<QScrollArea *>(ui->stepStack->currentWidget()))
        scroll->verticalScrollBar()->setValue(0);
    retranslate();
    refresh();
    if (isReviewing()) {
        ui->submitButton->setFocus(Qt::OtherFocusReason);
        return;
    }
    for (FieldEditor *editor : m_editors) {
        if (stepOf(editor->field().id) == step && !editor->isHidden()) {
            editor->focusInput();
            break;
        }
    }
}

void ApplicationFormPage::goNext()
{
    if (!m_state || isReviewing())
        return;
    const int step = currentStep();
    const auto errors = m_state->stepErrors(step);
    if (errors.isEmpty()) {
        showStep(step + 1);
        return;
    }
    // Blocked: show every problem of the step and go to the first one.
    m_attemptedSteps.insert(step);
    refresh();
    for (FieldEditor *editor : m_editors) {
        if (errors.contains(editor->field().id)) {
            editor->focusInput();
            if (auto *scroll = qobject_cast<QScrollArea *>(ui->stepStack->currentWidget()))
                scroll->ensureWidgetVisible(editor);
            break;
        }
    }
}

void ApplicationFormPage::goBack()
{
    if (currentStep() > 0)
        showStep(currentStep() - 1);
}

void ApplicationFormPage::onEdited(FieldEditor *editor)
{
    m_state->setValue(editor->field().id, editor->value());
    refresh(); // also when the value did not change: an error may need to go
}

int ApplicationFormPage::stepOf(const QString &fieldId) const
{
    if (!m_state)
        return -1;
    const QList<FormStep> &steps = m_state->schema().steps;
    for (int step = 0; step < steps.size(); ++step) {
        for (const FormField &field : steps.at(step).fields) {
            if (field.id == fieldId)
                return step;
        }
    }
    return -1;
}

void ApplicationFormPage::refresh()
{
    if (!m_state)
        return;
    for (FieldEditor *editor : m_editors) {
        const FormField &field = editor->field();
        editor->setHidden(!m_state->isVisible(field));
        const bool showErrors =
            m_touched.contains(field.id) || m_attemptedSteps.contains(stepOf(field.id));
        editor->setError(showErrors ? m_state->errorFor(field) : QString());
    }
    ui->feeLabel->setText(tr("Fee: %1").arg(feeText()));
    ui->feeLabel->setVisible(!isReviewing()); // the review states it with the answers
    if (isReviewing())
        refreshReview();
}

void ApplicationFormPage::refreshReview()
{
    const QString language = m_catalogue->language();
    QList<ApplicationReview::Step> steps;
    for (int step = 0; step < stepCount(); ++step) {
        ApplicationReview::Step review;
        review.title = m_state->schema().steps.at(step).title.in(language);
        for (FieldEditor *editor : m_editors) {
            if (stepOf(editor->field().id) != step || !m_state->isVisible(editor->field()))
                continue;
            review.rows.append({ editor->field().id, editor->field().label.in(language),
                                 editor->displayText() });
        }
        steps.append(review);
    }
    m_review->setContent(steps, feeText());
}

QString ApplicationFormPage::feeText() const
{
    if (!m_state)
        return {};
    const FeeRule &rule = m_state->feeRule();
    if (rule.isFree())
        return client::Formatting::fee(rule);
    return client::Formatting::money(m_state->feeCents(), rule.currency);
}

void ApplicationFormPage::retranslate()
{
    const QString language = m_catalogue->language();
    ui->formTitleLabel->setText(m_service ? m_service->summary.title.in(language) : QString());
    const int total = stepCount() + 1; // the review is a step too
    const int step = currentStep();
    QString title;
    if (m_state && step >= 0 && step < stepCount())
        title = m_state->schema().steps.at(step).title.in(language);
    else if (m_state)
        title = tr("Check and submit");
    //: Step indicator, e.g. "Step 2 of 3: Vehicle"
    const QString indicator = m_state ? tr("Step %1 of %2: %3").arg(step + 1).arg(total).arg(title)
                                      : QString();
    ui->stepIndicatorLabel->setText(indicator);
    ui->stepProgressBar->setRange(0, total);
    ui->stepProgressBar->setValue(m_state ? step + 1 : 0);
    ui->stepProgressBar->setAccessibleDescription(indicator);
    ui->formNoticeLabel->setText(m_sending ? tr("Sending your application…") : m_notice);
    ui->formNoticeLabel->setProperty("error", !m_sending && !m_notice.isEmpty());
    ui->formNoticeLabel->setProperty("notice", m_sending);
    ui->formNoticeLabel->style()->unpolish(ui->formNoticeLabel);
    ui->formNoticeLabel->style()->polish(ui->formNoticeLabel);
    ui->formNoticeLabel->updateGeometry(); // the style's padding changes its size
    ui->formNoticeLabel->setVisible(m_state && (m_sending || !m_notice.isEmpty()));
    ui->submitButton->setEnabled(!m_sending);
    ui->stepStack->setEnabled(!m_sending);
    ui->nextButton->setEnabled(!m_sending);
    ui->previousButton->setEnabled(!m_sending);
    ui->previousButton->setVisible(step > 0);
    ui->nextButton->setVisible(m_state && step < stepCount());
    ui->submitButton->setVisible(isReviewing());
    ui->nextButton->setText(step + 1 == stepCount() ? tr("&Check answers >") : tr("&Next >"));
    ui->nextButton->setAccessibleName(step + 1 == stepCount() ? tr("Check answers")
                                                              : tr("Next step"));
}

void ApplicationFormPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        const int step = currentStep();
        build();
        if (m_state)
            ui->stepStack->setCurrentIndex(qBound(0, step, stepCount()));
        retranslate();
        refresh();
    }
    QWidget::changeEvent(event);
}

} // namespace rathaus::ui
