#pragma once

#include "app/client/cockpit/CockpitDirectory.h"
#include "common/wire/Record.h"

#include <QAbstractItemModel>

namespace rathaus::client {

// The records the city's offices hold about the citizen (GET /me/records),
// grouped by office: top-level rows are offices (sorted by name), their
// children the office's records (sorted by title). One column.
class RecordsModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Role {
        IsOfficeRole = Qt::UserRole + 1, // bool
        OfficeIdRole,
        RecordIdRole,
        CategoryRole,
        LegalBasisRole,
        UpdatedAtRole, // QDateTime, UTC
        FieldsRole, // QStringList of "label\tvalue" pairs, in the record's order
        RetentionRole,
    };

    explicit RecordsModel(QObject *parent = nullptr);

    void setRecords(const QList<Record> &records);
    void setDirectory(const CockpitDirectory &directory);
    const QList<Record> &records() const { return m_records; }
    const Record *record(const QString &id) const;
    // Office ids in display order, and the records of one office.
    QStringList officeIds() const { return m_officeIds; }
    QList<Record> recordsOf(const QString &officeId) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    void regroup();

    CockpitDirectory m_directory;
    QList<Record> m_records;
    QStringList m_officeIds;
    QList<QList<int>> m_byOffice; // per office row: indexes into m_records
};

} // namespace rathaus::client
