#pragma once

#include "common/core/Problem.h"
#include "common/wire/Message.h"

#include <QAbstractTableModel>
#include <QList>
#include <QString>

namespace rathaus::client {

class ServiceCatalogueModel;
class StaffApi;

// The citizens' improvement suggestions for a lead (their office's services)
// or an admin (all), newest first, page by page like the inbox. The rows
// carry no author: the API gives none.
class FeedbackListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Date, Service, Text, ColumnCount };

    FeedbackListModel(StaffApi *api, ServiceCatalogueModel *catalogue, QObject *parent = nullptr);

    // Starts over at the newest.
    void reload();
    void setPageSize(int size) { m_pageSize = size; }
    bool isLoading() const { return m_loading; }
    bool hasMorePages() const { return m_hasMore; }
    const Feedback *feedbackAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent = {}) const override;
    void fetchMore(const QModelIndex &parent = {}) override;

signals:
    void loadingChanged(bool loading);
    void pageFailed(const rathaus::Problem &problem);
    void pageLoaded(int total);

private:
    QString serviceName(const Feedback &feedback) const;

    StaffApi *m_api;
    ServiceCatalogueModel *m_catalogue;
    QList<Feedback> m_rows;
    QString m_cursor;
    int m_pageSize = 50;
    quint64 m_generation = 0;
    bool m_hasMore = false;
    bool m_loading = false;
};

} // namespace rathaus::client
