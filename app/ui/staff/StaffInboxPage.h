#pragma once

#include "app/client/staff/CaseQuery.h"
#include "common/core/Problem.h"
#include "common/wire/Session.h"

#include <QWidget>

#include <memory>

namespace Ui {
class StaffInboxPage;
}

class QHBoxLayout;
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
    // How often the first page is asked for again while the list is seen
    // from its top (new cases appear without a reload).
    static constexpr int kLiveRefreshMs = 45 * 1000;
    void setLiveRefreshInterval(int ms);

signals:
    void caseRequested(const QString &caseId);
    void statisticsRequested();
    void suggestionsRequested();

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

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
    void sortByColumn(int column);
    void showSortIndicator();
    void refreshLive();
    void arrangeFilters();

    std::unique_ptr<Ui::StaffInboxPage> ui;
    client::ServiceCatalogueModel *m_catalogue;
    client::SavedFilters *m_savedFilters;
    client::CaseListModel *m_model;
    QTimer *m_searchTimer;
    QTimer *m_liveTimer;
    client::CaseQuery::SortKey m_sortKey = client::CaseQuery::SortKey::Received;
    bool m_descending = false;
    QHBoxLayout *m_secondFilterRow = nullptr; // the combos when the page is narrow
    bool m_filtersInOneRow = true;
    UserInfo m_user;
    Problem m_lastProblem;
    bool m_showingQuery = false; // filling the widgets must not reload
};

} // namespace rathaus::ui
