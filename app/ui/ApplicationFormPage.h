#pragma once

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
class ApplicationFormPage : public QWidget
{
    Q_OBJECT
public:
    explicit ApplicationFormPage(client::ServiceCatalogueModel *catalogue,
                                 QWidget *parent = nullptr);
    ~ApplicationFormPage() override;

    // Where file fields send their files (set once, before start()).
    void setUploadQueue(client::UploadQueue *uploads) { m_uploads = uploads; }

    // Opens the form of `service`; the answers of the same service's form
    // opened before are kept (nothing the citizen typed is lost).
    void start(const ServiceDetail &service);
    // Forgets everything (sign-out).
    void reset();

    client::FormState *state() const { return m_state; }
    int currentStep() const; // schema step, or stepCount() on the review page
    int stepCount() const;
    bool isReviewing() const { return stepCount() > 0 && currentStep() == stepCount(); }
    FieldEditor *editor(const QString &fieldId) const;

signals:
    void backRequested();
    void submitRequested(const QString &serviceId, const QJsonObject &data);

protected:
    void changeEvent(QEvent *event) override;

private:
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
};

} // namespace rathaus::ui
