#pragma once

#include "app/client/CatalogueApi.h"

#include <QAbstractTableModel>
#include <QHash>

namespace rathaus::client {

// The service catalogue as a table: title, office, fee, processing time.
// Texts follow the UI language (setLanguage) without fetching again, since
// the backend sends every text in German and English.
class ServiceCatalogueModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TitleColumn, OfficeColumn, FeeColumn, ProcessingTimeColumn, ColumnCount };
    enum Role {
        ServiceIdRole = Qt::UserRole + 1,
        SummaryRole,
        SearchTextRole, // title, summary and office in one string, for filtering
    };

    explicit ServiceCatalogueModel(QObject *parent = nullptr);

    void setCatalogue(const Catalogue &catalogue);
    void clear();
    void setLanguage(const QString &language);
    QString language() const { return m_language; }

    QString officeName(const QString &officeId) const;
    const QHash<QString, Office> &offices() const { return m_offices; }
    const ServiceSummary *service(const QString &id) const;
    QString serviceId(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QList<ServiceSummary> m_services;
    QHash<QString, Office> m_offices;
    QString m_language = QStringLiteral("de");
};

} // namespace rathaus::client
