#pragma once

#include <QSortFilterProxyModel>

namespace rathaus::client {

// The catalogue as the search field narrows it: every word typed must appear
// in a service's title (German or English), summary or office, in any case.
class ServiceFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ServiceFilterModel(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    QString searchText() const { return m_words.join(QLatin1Char(' ')); }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QStringList m_words;
};

} // namespace rathaus::client
