#pragma once

#include "app/client/staff/CaseQuery.h"

#include <QString>
#include <QStringList>

#include <optional>

class QSettings;

namespace rathaus::client {

// A caseworker's named inbox filters and the last one used, kept in the
// settings per staff account (never shared between the accounts of one
// computer). Holds no personal data of citizens beyond what was typed in
// the search box, which is why the search text is not kept with the last query.
class SavedFilters
{
public:
    explicit SavedFilters(QSettings *settings) : m_settings(settings) { }

    void setUser(const QString &userId) { m_userId = userId; }

    QStringList names() const;
    std::optional<CaseQuery> load(const QString &name) const;
    // Replaces a filter of the same name.
    void save(const QString &name, const CaseQuery &query);
    void remove(const QString &name);

    CaseQuery lastQuery() const;
    void setLastQuery(const CaseQuery &query);

private:
    QString group() const;

    QSettings *m_settings;
    QString m_userId;
};

} // namespace rathaus::client
