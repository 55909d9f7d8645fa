#include "app/client/staff/SavedFilters.h"

#include <QSettings>
#include <QVariantList>
#include <QVariantMap>

namespace rathaus::client {

namespace {

const QString kFilters = QStringLiteral("savedFilters");
const QString kLast = QStringLiteral("lastFilter");
const QString kName = QStringLiteral("name");
const QString kQuery = QStringLiteral("query");

} // namespace

QString SavedFilters::group() const
{
    // Account ids are opaque: keep only characters QSettings takes as a key.
    QString id;
    for (const QChar c : m_userId)
        id.append(c.isLetterOrNumber() || c == QLatin1Char('-') ? c : QLatin1Char('_'));
    return QStringLiteral("staff/") + (id.isEmpty() ? QStringLiteral("_") : id);
}

QStringList SavedFilters::names() const
{
    QStringList names;
    m_settings->beginGroup(group());
    const QVariantList list = m_settings->value(kFilters).toList();
    m_settings->endGroup();
    for (const QVariant &entry : list)
        names.append(entry.toMap().value(kName).toString());
    return names;
}

std::optional<CaseQuery> SavedFilters::load(const QString &name) const
{
    m_settings->beginGroup(group());
    const QVariantList list = m_settings->value(kFilters).toList();
    m_settings->endGroup();
    for (const QVariant &entry : list) {
        const QVariantMap map = entry.toMap();
        if (map.value(kName).toString() == name)
            return CaseQuery::fromVariant(map.value(kQuery).toMap());
    }
    return std::nullopt;
}

void SavedFilters::save(const QString &name, const CaseQuery &query)
{
    m_settings->beginGroup(group());
    QVariantList list = m_settings->value(kFilters).toList();
    QVariantMap entry { { kName, name }, { kQuery, query.toVariant() } };
    bool replaced = false;
    for (QVariant &existing : list) {
        if (existing.toMap().value(kName).toString() == name) {
            existing = entry;
            replaced = true;
        }
    }
    if (!replaced)
        list.append(entry);
    m_settings->setValue(kFilters, list);
    m_settings->endGroup();
    m_settings->sync();
}

void SavedFilters::remove(const QString &name)
{
    m_settings->beginGroup(group());
    QVariantList list = m_settings->value(kFilters).toList();
    list.removeIf([&](const QVariant &entry) { return entry.toMap().value(kName) == name; });
    m_settings->setValue(kFilters, list);
    m_settings->endGroup();
    m_settings->sync();
}

CaseQuery SavedFilters::lastQuery() const
{
    m_settings->beginGroup(group());
    const QVariantMap map = m_settings->value(kLast).toMap();
    m_settings->endGroup();
    return CaseQuery::fromVariant(map);
}

void SavedFilters::setLastQuery(const CaseQuery &query)
{
    CaseQuery kept = query;
    kept.search.clear();
    m_settings->beginGroup(group());
    m_settings->setValue(kLast, kept.toVariant());
    m_settings->endGroup();
}

} // namespace rathaus::client
