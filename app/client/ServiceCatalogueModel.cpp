#include "app/client/ServiceCatalogueModel.h"

#include "app/client/Formatting.h"

#include <QLocale>

namespace rathaus::client {

ServiceCatalogueModel::ServiceCatalogueModel(QObject *parent) : QAbstractTableModel(parent) { }

void ServiceCatalogueModel::setCatalogue(const Catalogue &catalogue)
{
    beginResetModel();
    m_services = catalogue.services;
    m_offices.clear();
    for (const Office &office : catalogue.offices)
        m_offices.insert(office.id, office);
    endResetModel();
}

void ServiceCatalogueModel::clear()
{
    setCatalogue({});
}

void ServiceCatalogueModel::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    if (!m_services.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

QString ServiceCatalogueModel::officeName(const QString &officeId) const
{
    const auto it = m_offices.constFind(officeId);
    return it == m_offices.constEnd() ? officeId : it->name.in(m_language);
}

const ServiceSummary *ServiceCatalogueModel::service(const QString &id) const
{
    for (const ServiceSummary &summary : m_services) {
        if (summary.id == id)
            return &summary;
    }
    return nullptr;
}

QString ServiceCatalogueModel::serviceId(int row) const
{
    return row >= 0 && row < m_services.size() ? m_services.at(row).id : QString();
}

int ServiceCatalogueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_services.size());
}

int ServiceCatalogueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(ColumnCount);
}

QVariant ServiceCatalogueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ServiceSummary &summary = m_services.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case TitleColumn:
            return summary.title.in(m_language);
        case OfficeColumn:
            return officeName(summary.officeId);
        case FeeColumn:
            return Formatting::fee(summary.fee, QLocale());
        case ProcessingTimeColumn:
            return Formatting::processingTime(summary.processingDays);
        }
        return {};
    case Qt::ToolTipRole:
        return summary.summary.in(m_language);
    case Qt::TextAlignmentRole:
        if (index.column() == FeeColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case ServiceIdRole:
        return summary.id;
    case SummaryRole:
        return summary.summary.in(m_language);
    case SearchTextRole:
        return QStringList { summary.title.de, summary.title.en, summary.summary.in(m_language),
                             officeName(summary.officeId) }
            .join(QLatin1Char(' '));
    }
    return {};
}

QVariant ServiceCatalogueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::TextAlignmentRole)
        return QVariant((section == FeeColumn ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn:
        return tr("Service");
    case OfficeColumn:
        return tr("Office");
    case FeeColumn:
        return tr("Fee");
    case ProcessingTimeColumn:
        return tr("Processing time");
    }
    return {};
}

QHash<int, QByteArray> ServiceCatalogueModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(ServiceIdRole, "serviceId");
    names.insert(SummaryRole, "summary");
    names.insert(SearchTextRole, "searchText");
    return names;
}

} // namespace rathaus::client
