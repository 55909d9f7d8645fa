#pragma once

#include "common/domain/ApplicationStatus.h"

#include <QString>
#include <QUrlQuery>
#include <QVariantMap>

#include <optional>

namespace rathaus::client {

// What the inbox asks GET /staff/cases for: the filters of api.md. A value
// type, saved as a QVariantMap (SavedFilters) and compared to avoid reloads.
struct CaseQuery
{
    enum class Assignee { All, Me, Unassigned };
    // The server's orders (sort=): by received, legal deadline or reference.
    enum class SortKey { Received, Deadline, Reference };

    std::optional<ApplicationStatus> status; // none: every status
    Assignee assignee = Assignee::All;
    QString serviceId; // empty: every service of the office
    bool overdueOnly = false;
    QString search; // reference or the citizen's name
    SortKey sortKey = SortKey::Received;
    bool descending = false;

    QString sortToWire() const; // "received", "-deadline", ...

    QUrlQuery toUrlQuery() const;
    QVariantMap toVariant() const;
    static CaseQuery fromVariant(const QVariantMap &map);

    friend bool operator==(const CaseQuery &, const CaseQuery &) = default;
};

} // namespace rathaus::client
