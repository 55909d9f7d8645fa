#pragma once

#include "app/client/Draft.h"
#include "common/core/Problem.h"
#include "common/wire/Catalogue.h"

#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QWidget>

#include <memory>
#include <optional>

namespace Ui {
class ApplicationFormPage;
}

namespace rathaus::client {
class DraftAutosaver;
class DraftStore;
class FormState;
class ServiceCatalogueModel;
class UploadQueue;
} // namespace rathaus::client

namespace rathaus::ui {

class ApplicationReview;
class FieldEditor;

// Filling in an application on the form the backend describes: one page per
// schema step ("Step 2 of 3: Vehicle"), fields shown or hidden as their
// visible_if says, checked as the citizen types (the shared FormValidator),
// the fee worked out live (the shared FeeRule), and a last page to review
// every answer before submitting. Nothing here knows a particular service.
//
// Every form is a draft: each edit is saved (encrypted, DraftAutosaver) within
// a second or two, so a crash or a sign-out loses nothing; submitting hands
// the draft to the outbox (submitRequested), and a refusal by the backend
// comes back here with its messages beside the fields (showRefusal).
class ApplicationFormPage : public QWidget
{
    Q_OBJECT
public:
    ApplicationFormPage(client::ServiceCatalogueModel *catalogue, client::DraftStore *drafts,
                        QWidget *parent = nullptr);
    ~ApplicationFormPage() override;

    // Where file fields send their files (set once, before start()).
    void setUploadQueue(client::UploadQueue *uploads) { m_uploads = uploads; }

    // Opens the form of `service`; the answers of the same service's form
    // opened before are kept (nothing the citizen typed is lost), else a new
    // draft begins.
    void start(const ServiceDetail &service);
    // Opens a stored draft of `service` where the citizen left it.
    void resume(const ServiceDetail &service, const client::Draft &draft);
    // Saves what is pending and forgets the form (sign-out, submitted).
    void reset();
    // The draft on this page (id empty when none).
    QString draftId() const;
    // While the outbox sends: the buttons wait, a line says so.
    void setSending(bool sending);
    // The backend refused the submission: its field messages beside the
    // fields, the first step with one shown; other problems above the form.
    void showRefusal(const client::Draft &draft, const Problem &problem);

    client::FormState *state() const { return m_state; }
    int currentStep() const; // schema step, or stepCount() on the review page
    int stepCount() const;
    bool isReviewing() const { return stepCount() > 0 && currentStep() == stepCount(); }
    FieldEditor *editor(const QString &fieldId) const;

signals:
    void backRequested();
    // The draft to send, saved, with `submission` set to the request's data.
    void submitRequested(const rathaus::client::Draft &draft);

protected:
    void changeEvent(QEvent *event) override;

private:
    void open(const ServiceDetail &service, const client::Draft &draft);
    void submit();
    void build();
    QWidget *buildStep(int step);
    void showStep(int step);
    void goNext();
    void goBack();
    void onEdited(FieldEditor *editor);
    void refresh();
    void refreshReview();
    void retranslate();
    QString feeText() const;
    int stepOf(const QString &fieldId) const;

    std::unique_ptr<Ui::ApplicationFormPage> ui;
    client::ServiceCatalogueModel *m_catalogue;
    client::UploadQueue *m_uploads = nullptr;
    std::optional<ServiceDetail> m_service;
    client::FormState *m_state = nullptr;
    QList<FieldEditor *> m_editors;
    ApplicationReview *m_review = nullptr;
    QSet<QString> m_touched; // fields whose errors are shown
    QSet<int> m_attemptedSteps; // steps where Next was pressed
    client::DraftStore *m_drafts;
    client::DraftAutosaver *m_autosaver;
    QString m_draftId;
    QString m_notice; // a refusal that belongs to no field
    bool m_sending = false;
};

} // namespace rathaus::ui
