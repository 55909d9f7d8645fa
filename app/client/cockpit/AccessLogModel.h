#pragma once

#include "app/client/cockpit/CockpitDirectory.h"
#include "common/core/Problem.h"
#include "common/wire/AccessLogEntry.h"

#include <QAbstractListModel>
#include <QDate>

#include <optional>

namespace rathaus::client {

class CockpitApi;

// What the timeline shows: office and action are filtered by the backend,
// the period here (the contract has no date filter; the log is newest first,
// so paging stops at the first entry older than `from`).
struct AccessLogFilter
{
    QString officeId; // empty: every office
    std::optional<AccessAction> action;
    QDate from; // local dates, inclusive; null: open
    QDate to;

    bool isEmpty() const { return officeId.isEmpty() && !action && from.isNull() && to.isNull(); }
    friend bool operator==(const AccessLogFilter &, const AccessLogFilter &) = default;
};

// The citizen's access log as a lazily paged list, newest first: the view
// asks for more (canFetchMore/fetchMore) as the user scrolls; each fetch
// loads one page of GET /me/access-log through its next_cursor.
// Qt::DisplayRole is the entry as one readable sentence (AccessLogText).
class AccessLogModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        EntryIdRole = Qt::UserRole + 1,
        AtRole, // QDateTime, UTC
        ActionRole, // wire name: read, update, transfer_out, transfer_in
        OfficeIdRole,
        RecordIdRole,
        WhenTextRole, // "3. Mai 2026, 10:14"
        FlaggedRole, // bool: the chain check names this entry
    };

    explicit AccessLogModel(CockpitApi *api, QObject *parent = nullptr);

    // Starts over with `filter`: clears the rows and loads the first page.
    void setFilter(const AccessLogFilter &filter);
    AccessLogFilter filter() const { return m_filter; }
    // Starts over with the same filter.
    void reload();
    // Forgets every row (sign-out); nothing loads until reload()/setFilter().
    void clear();
    void setDirectory(const CockpitDirectory &directory);
    void setPageSize(int size) { m_pageSize = size; }
    // The entry the chain check found wrong (FlaggedRole); empty: none.
    void setFlaggedEntry(const QString &entryId);

    bool isLoading() const { return m_loading; }
    bool hasFailed() const { return m_failed; }
    const Problem &problem() const { return m_problem; }
    bool isComplete() const { return m_started && !m_hasMore && !m_loading; }
    const QList<AccessLogEntry> &entries() const { return m_entries; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    void loadingChanged(bool loading);
    // A page arrived (rows may or may not have been added).
    void pageLoaded();
    void failed(const rathaus::Problem &problem);

private:
    void startOver();
    void setLoading(bool loading);
    void onPage(const QList<AccessLogEntry> &newestFirst, const QString &nextCursor);

    CockpitApi *m_api;
    CockpitDirectory m_directory;
    AccessLogFilter m_filter;
    QList<AccessLogEntry> m_entries;
    QString m_cursor;
    QString m_flaggedId;
    Problem m_problem;
    int m_pageSize = 50;
    bool m_started = false;
    bool m_hasMore = false;
    bool m_loading = false;
    bool m_failed = false;
    quint64 m_generation = 0;
};

} // namespace rathaus::client
