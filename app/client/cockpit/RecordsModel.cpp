#include "app/client/cockpit/RecordsModel.h"

#include "app/client/Formatting.h"

#include <QCollator>

#include <algorithm>

namespace rathaus::client {

namespace {
// Internal ids: 0 for an office row, office row + 1 for a record row.
constexpr quintptr kOfficeRow = 0;
} // namespace

RecordsModel::RecordsModel(QObject *parent) : QAbstractItemModel(parent) { }

void RecordsModel::setRecords(const QList<Record> &records)
{
    beginResetModel();
    m_records = records;
    regroup();
    endResetModel();
}

void RecordsModel::setDirectory(const CockpitDirectory &directory)
{
    beginResetModel(); // names and titles change the order
    m_directory = directory;
    regroup();
    endResetModel();
}

void RecordsModel::regroup()
{
    QCollator collator { QLocale(m_directory.language) };
    m_officeIds.clear();
    for (const Record &record : std::as_const(m_records)) {
        if (!m_officeIds.contains(record.officeId))
            m_officeIds.append(record.officeId);
    }
    std::sort(m_officeIds.begin(), m_officeIds.end(), [&](const QString &a, const QString &b) {
        return collator.compare(m_directory.officeName(a), m_directory.officeName(b)) < 0;
    });
    m_byOffice.clear();
    for (const QString &officeId : std::as_const(m_officeIds)) {
        QList<int> rows;
        for (int i = 0; i < m_records.size(); ++i) {
            if (m_records.at(i).officeId == officeId)
                rows.append(i);
        }
        std::sort(rows.begin(), rows.end(), [&](int a, int b) {
            return collator.compare(m_records.at(a).title.in(m_directory.language),
                                    m_records.at(b).title.in(m_directory.language)) < 0;
        });
        m_byOffice.append(rows);
    }
}

const Record *RecordsModel::record(const QString &id) const
{
    for (const Record &record : m_records) {
        if (record.id == id)
            return &record;
    }
    return nullptr;
}

QList<Record> RecordsModel::recordsOf(const QString &officeId) const
{
    QList<Record> result;
    const int office = int(m_officeIds.indexOf(officeId));
    if (office < 0)
        return result;
    for (int row : m_byOffice.at(office))
        result.append(m_records.at(row));
    return result;
}

QModelIndex RecordsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kOfficeRow);
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex RecordsModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kOfficeRow)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kOfficeRow);
}

int RecordsModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_officeIds.size());
    if (parent.column() != 0 || parent.internalId() != kOfficeRow)
        return 0;
    return int(m_byOffice.at(parent.row()).size());
}

int RecordsModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant RecordsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == kOfficeRow) {
        const QString &officeId = m_officeIds.at(index.row());
        switch (role) {
        case Qt::DisplayRole:
        case Qt::AccessibleTextRole:
            return m_directory.officeName(officeId);
        case IsOfficeRole:
            return true;
        case OfficeIdRole:
            return officeId;
        default:
            return {};
        }
    }
    const Record &record = m_records.at(m_byOffice.at(int(index.internalId() - 1)).at(index.row()));
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return record.title.in(m_directory.language);
    case IsOfficeRole:
        return false;
    case OfficeIdRole:
        return record.officeId;
    case RecordIdRole:
        return record.id;
    case CategoryRole:
        return record.category;
    case LegalBasisRole:
        return record.legalBasis;
    case UpdatedAtRole:
        return record.updatedAt;
    case RetentionRole:
        return record.retention;
    case FieldsRole: {
        QStringList fields;
        for (const Record::Field &field : record.fields)
            fields.append(field.label.in(m_directory.language) + QLatin1Char('\t') +
                          Formatting::recordValue(field.value));
        return fields;
    }
    default:
        return {};
    }
}

} // namespace rathaus::client
