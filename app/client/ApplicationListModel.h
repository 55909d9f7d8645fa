#pragma once

#include "common/core/Problem.h"
#include "common/wire/Application.h"

#include <QAbstractTableModel>
#include <QList>

namespace rathaus::client {

class ApplicationsApi;
class ServiceCatalogueModel;

// "My applications": the citizen's applications, newest first, fetched page
// by page (keyset cursor) as a view scrolls (canFetchMore/fetchMore), so a
// long history costs memory by pages, not all at once.
class ApplicationListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { ReferenceColumn, ServiceColumn, StatusColumn, FeeColumn, CreatedColumn, ColumnCount };
    enum Role {
        ApplicationIdRole = Qt::UserRole + 1,
        StatusWireRole,
        NextStepRole,
    };

    ApplicationListModel(ApplicationsApi *api, ServiceCatalogueModel *catalogue,
                         QObject *parent = nullptr);

    void setPageSize(int size) { m_pageSize = size; }
    // Forgets the rows and fetches the first page.
    void reload();
    // Fetches the newest rows again (as many as are shown, up to the
    // server's page limit) and changes the rows in place: new applications
    // go on top, changed ones are updated, nothing is reset, so a view keeps
    // its selection and scroll position (an event arrived). A failure keeps
    // the rows as they are.
    void refresh();
    // Forgets the rows and fetches nothing (sign-out).
    void clear();

    bool isLoading() const { return m_loading; }
    bool hasMore() const { return m_enabled && (!m_started || !m_nextCursor.isEmpty()); }
    Problem lastProblem() const { return m_problem; }
    const ApplicationSummary *application(int row) const;
    // Shows a changed application (after a withdrawal) without fetching again.
    void updateApplication(const ApplicationSummary &application);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    void loadingChanged(bool loading);
    void loadFailed(const rathaus::Problem &problem);
    // A page arrived (also an empty first page).
    void pageLoaded();

private:
    QString serviceTitle(const QString &serviceId) const;
    void merge(const QList<ApplicationSummary> &newest);

    ApplicationsApi *m_api;
    ServiceCatalogueModel *m_catalogue;
    QList<ApplicationSummary> m_rows;
    QString m_nextCursor;
    int m_pageSize = 50;
    bool m_enabled = false;
    bool m_started = false; // the first page was asked for
    bool m_loading = false;
    bool m_failed = false;
    bool m_refreshing = false;
    bool m_refreshAgain = false; // another event came while refreshing
    quint64 m_generation = 0;
    Problem m_problem;
};

} // namespace rathaus::client
