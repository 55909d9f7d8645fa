#pragma once

#include "common/core/Problem.h"
#include "common/wire/Application.h"
#include "common/wire/Catalogue.h"

#include <QWidget>

#include <memory>
#include <optional>

namespace Ui {
class ApplicationDetailPage;
}

namespace rathaus::client {
class ApiClient;
class ApplicationsApi;
class ServiceCatalogueModel;
} // namespace rathaus::client

namespace rathaus::ui {

class ApplicationReview;

// One application as the citizen sees it: status in words with the next
// step, fee and payment, the answers laid out by the form's steps
// (read-only), the history as a timeline, and "Withdraw" while the status
// table allows it.
//
// Extension point: features that belong to an application (payment,
// messages, documents) add their own section with addSection(); they learn
// which application is shown from applicationShown().
class ApplicationDetailPage : public QWidget
{
    Q_OBJECT
public:
    ApplicationDetailPage(client::ApiClient *api, client::ApplicationsApi *applications,
                          client::ServiceCatalogueModel *catalogue, QWidget *parent = nullptr);
    ~ApplicationDetailPage() override;

    void showApplication(const QString &applicationId);
    // Adds a section below the status (owned by the page from then on).
    void addSection(QWidget *section);
    const std::optional<ApplicationDetail> &application() const { return m_detail; }

signals:
    void backRequested();
    void applicationShown(const rathaus::ApplicationDetail &application);
    // After a withdrawal: the list shows the new status without reloading.
    void applicationChanged(const rathaus::ApplicationSummary &application);

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();
    void renderAnswers();
    void renderHistory();
    void confirmWithdraw();
    void withdraw();
    void showMessage(const QString &text, bool isError);
    QString serviceTitle() const;

    std::unique_ptr<Ui::ApplicationDetailPage> ui;
    client::ApiClient *m_api;
    client::ApplicationsApi *m_applications;
    client::ServiceCatalogueModel *m_catalogue;
    ApplicationReview *m_answers;
    std::optional<ApplicationDetail> m_detail;
    std::optional<ServiceDetail> m_service; // its form lays out the answers
    QString m_requestedId;
    quint64 m_request = 0;
    bool m_withdrawing = false;
};

} // namespace rathaus::ui
