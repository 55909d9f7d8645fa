#pragma once

#include "app/client/staff/CaseQuery.h"
#include "common/core/Problem.h"
#include "common/wire/Session.h"

#include <QWidget>

#include <memory>

namespace Ui {
class StaffInboxPage;
}

class QTimer;

namespace rathaus::client {
class CaseListModel;
class SavedFilters;
class ServiceCatalogueModel;
class StaffApi;
} // namespace rathaus::client

namespace rathaus::ui {

// The office's cases as a table that loads page by page while scrolling:
// filters (status, assignee, service, overdue), a search by reference or
// name that waits for a pause in typing, and named filters per account.
class StaffInboxPage : public QWidget
{
    Q_OBJECT
public:
    StaffInboxPage(client::StaffApi *api, client::ServiceCatalogueModel *catalogue,
                   client::SavedFilters *savedFilters, QWidget *parent = nullptr);
    ~StaffInboxPage() override;

    // A staff member signed in: their last filter, their office's services.
    void start(const UserInfo &user);
    void stop();
    void reload();

    client::CaseListModel *model() const { return m_model; }
    client::CaseQuery currentQuery() const;
    static constexpr int kSearchDelayMs = 350;

signals:
    void caseRequested(const QString &caseId);
    void statisticsRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillFilterCombos();
    void fillServices();
    void fillSavedFilters();
    void showQuery(const client::CaseQuery &query);
    void applyFilters();
    void updateState();
    void openCurrent();
    void saveFilter();
    void deleteFilter();
    void nameComboViews();
    void retranslate();

    std::unique_ptr<Ui::StaffInboxPage> ui;
    client::ServiceCatalogueModel *m_catalogue;
    client::SavedFilters *m_savedFilters;
    client::CaseListModel *m_model;
    QTimer *m_searchTimer;
    UserInfo m_user;
    Problem m_lastProblem;
    bool m_showingQuery = false; // filling the widgets must not reload
};

} // namespace rathaus::ui
