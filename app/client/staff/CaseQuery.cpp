#include "app/client/staff/CaseQuery.h"

namespace rathaus::client {

namespace {

// The wire words of the assignee filter (assignee=me | unassigned).
QString assigneeToWire(CaseQuery::Assignee assignee)
{
    switch (assignee) {
    case CaseQuery::Assignee::Me:
        return QStringLiteral("me");
    case CaseQuery::Assignee::Unassigned:
        return QStringLiteral("unassigned");
    case CaseQuery::Assignee::All:
        break;
    }
    return {};
}

CaseQuery::Assignee assigneeFromWire(const QString &wire)
{
    if (wire == QLatin1String("me"))
        return CaseQuery::Assignee::Me;
    if (wire == QLatin1String("unassigned"))
        return CaseQuery::Assignee::Unassigned;
    return CaseQuery::Assignee::All;
}

// QUrlQuery keeps its delimiters literal: a '&' or '+' typed into the search
// must travel encoded, or the server reads another query.
QString queryValue(QString text)
{
    text.replace(QLatin1Char('%'), QLatin1String("%25"));
    text.replace(QLatin1Char('&'), QLatin1String("%26"));
    text.replace(QLatin1Char('='), QLatin1String("%3D"));
    text.replace(QLatin1Char('+'), QLatin1String("%2B"));
    text.replace(QLatin1Char('#'), QLatin1String("%23"));
    return text;
}

QString sortKeyToWire(CaseQuery::SortKey key)
{
    switch (key) {
    case CaseQuery::SortKey::Received:
        break;
    case CaseQuery::SortKey::Deadline:
        return QStringLiteral("deadline");
    case CaseQuery::SortKey::Reference:
        return QStringLiteral("reference");
    }
    return QStringLiteral("received");
}

CaseQuery::SortKey sortKeyFromWire(const QString &wire)
{
    if (wire == QLatin1String("deadline"))
        return CaseQuery::SortKey::Deadline;
    if (wire == QLatin1String("reference"))
        return CaseQuery::SortKey::Reference;
    return CaseQuery::SortKey::Received;
}

} // namespace

QString CaseQuery::sortToWire() const
{
    return descending ? QLatin1Char('-') + sortKeyToWire(sortKey) : sortKeyToWire(sortKey);
}

QUrlQuery CaseQuery::toUrlQuery() const
{
    QUrlQuery query;
    if (status)
        query.addQueryItem(QStringLiteral("status"), applicationStatusToWire(*status));
    if (assignee != Assignee::All)
        query.addQueryItem(QStringLiteral("assignee"), assigneeToWire(assignee));
    if (!serviceId.isEmpty())
        query.addQueryItem(QStringLiteral("service_id"), serviceId);
    if (overdueOnly)
        query.addQueryItem(QStringLiteral("overdue"), QStringLiteral("true"));
    const QString text = search.trimmed();
    if (!text.isEmpty())
        query.addQueryItem(QStringLiteral("q"), queryValue(text));
    if (sortKey != SortKey::Received || descending)
        query.addQueryItem(QStringLiteral("sort"), sortToWire());
    return query;
}

QVariantMap CaseQuery::toVariant() const
{
    QVariantMap map;
    map.insert(QStringLiteral("status"), status ? applicationStatusToWire(*status) : QString());
    map.insert(QStringLiteral("assignee"), assigneeToWire(assignee));
    map.insert(QStringLiteral("service_id"), serviceId);
    map.insert(QStringLiteral("overdue"), overdueOnly);
    map.insert(QStringLiteral("q"), search);
    map.insert(QStringLiteral("sort"), sortToWire());
    return map;
}

CaseQuery CaseQuery::fromVariant(const QVariantMap &map)
{
    CaseQuery query;
    query.status = applicationStatusFromWire(map.value(QStringLiteral("status")).toString());
    query.assignee = assigneeFromWire(map.value(QStringLiteral("assignee")).toString());
    query.serviceId = map.value(QStringLiteral("service_id")).toString();
    query.overdueOnly = map.value(QStringLiteral("overdue")).toBool();
    query.search = map.value(QStringLiteral("q")).toString();
    // Saved before sorting existed: the server's default order.
    QString sort = map.value(QStringLiteral("sort")).toString();
    query.descending = sort.startsWith(QLatin1Char('-'));
    if (query.descending)
        sort = sort.mid(1);
    query.sortKey = sortKeyFromWire(sort);
    return query;
}

} // namespace rathaus::client
