#pragma once

#include "common/core/Problem.h"
#include "common/wire/Catalogue.h"

#include <QWidget>

#include <memory>
#include <optional>

namespace Ui {
class ServiceDetailPage;
}

namespace rathaus::client {
class ApiClient;
class ServiceCatalogueModel;
} // namespace rathaus::client

namespace rathaus::ui {

// One service: what it is, what you need, what it costs, how long it takes,
// on which legal basis, and the way into its online application form.
class ServiceDetailPage : public QWidget
{
    Q_OBJECT
public:
    ServiceDetailPage(client::ApiClient *api, client::ServiceCatalogueModel *catalogue,
                      QWidget *parent = nullptr);
    ~ServiceDetailPage() override;

    void showService(const QString &serviceId);
    QString serviceId() const { return m_serviceId; }

signals:
    void backRequested();
    // The citizen wants to apply; `service` carries the form schema.
    void applyRequested(const rathaus::ServiceDetail &service);
    // "Suggest an improvement" for this service.
    void feedbackRequested(const QString &serviceId, const QString &serviceTitle);

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();

    std::unique_ptr<Ui::ServiceDetailPage> ui;
    client::ApiClient *m_api;
    client::ServiceCatalogueModel *m_catalogue;
    QString m_serviceId;
    std::optional<ServiceDetail> m_detail;
    bool m_loading = false;
    Problem m_problem;
    quint64 m_request = 0; // a slow answer for a service left meanwhile is dropped
};

} // namespace rathaus::ui
