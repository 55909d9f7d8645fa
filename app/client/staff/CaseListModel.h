#pragma once

#include "app/client/staff/CaseQuery.h"
#include "app/client/staff/StaffCase.h"
#include "common/core/Problem.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace rathaus::client {

class ServiceCatalogueModel;
class StaffApi;

// The staff inbox as a lazily filled table: the first page on setQuery(),
// every further page when a view (or a test) asks through fetchMore(), by
// the backend's next_cursor. Memory grows by the pages fetched, not by the
// size of the office's case load.
class CaseListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Reference, Service, Citizen, Received, Status, Assignee, Deadline, ColumnCount };
    enum Role {
        CaseIdRole = Qt::UserRole + 1,
        StatusRole, // ApplicationStatus as int
        OverdueRole, // bool
        SortRole, // the raw value for sorting (time, text)
    };

    CaseListModel(StaffApi *api, ServiceCatalogueModel *catalogue, QObject *parent = nullptr);

    // Starts over with `query` (the model is reset; the first page is asked for).
    void setQuery(const CaseQuery &query);
    CaseQuery query() const { return m_query; }
    void reload() { setQuery(m_query); }
    void clear();

    void setPageSize(int size) { m_pageSize = size; }
    // Whose "me" the assignee column shows as "me".
    void setCurrentUserId(const QString &userId) { m_userId = userId; }
    // Clock for overdue judgement (tests set a fixed time).
    void setNow(std::function<QDateTime()> now) { m_now = std::move(now); }

    bool isLoading() const { return m_loading; }
    bool hasMorePages() const { return m_hasMore; }
    int pagesFetched() const { return m_pagesFetched; }
    const StaffCaseSummary *caseAt(int row) const;
    // The row of a case already fetched, or -1.
    int rowOf(const QString &caseId) const;
    // A case's row is refreshed after a change in the case view.
    void updateCase(const StaffCaseSummary &summary);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent = {}) const override;
    void fetchMore(const QModelIndex &parent = {}) override;

    QString assigneeText(const StaffCaseSummary &summary) const;

    // The columns the server sorts by (Reference, Received, Deadline);
    // -1 / nullopt for the others.
    static int columnOf(CaseQuery::SortKey key);
    // The header's tool tip: how the list is sorted now (on the sorted
    // column), or that a click sorts by it; empty for unsortable columns.
    QString sortDescription(int section) const;
    static std::optional<CaseQuery::SortKey> sortKeyOf(int column);
    // Server-side: a sortable column reloads the list in that order; the
    // others are ignored.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // The first page again (new cases, changes by colleagues), merged into
    // the rows without a reset so that selection and scroll position stay.
    // Only while just the first page is loaded; false when it did nothing.
    bool refreshFirstPage();

signals:
    void loadingChanged(bool loading);
    void pageFailed(const rathaus::Problem &problem);
    // A page arrived (the first one, too); `total` rows are known now.
    void pageLoaded(int total);

private:
    QVariant display(const StaffCaseSummary &summary, int column) const;
    void merge(const QList<StaffCaseSummary> &fresh);

    StaffApi *m_api;
    ServiceCatalogueModel *m_catalogue;
    CaseQuery m_query;
    QList<StaffCaseSummary> m_rows;
    QString m_cursor;
    QString m_userId;
    std::function<QDateTime()> m_now;
    int m_pageSize = 50;
    int m_pagesFetched = 0;
    quint64 m_generation = 0; // answers for an older query are dropped
    bool m_hasMore = false;
    bool m_loading = false;
};

} // namespace rathaus::client
