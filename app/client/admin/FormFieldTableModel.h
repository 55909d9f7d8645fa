#pragma once

#include <QAbstractTableModel>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

namespace rathaus::client {

// The fields of a service's form as one table (key, labels, type, required,
// help), all steps in order: what the administrator edits most. Members the
// table has no column for (bounds, options, visible_if, ...) stay in each
// field's JSON untouched; the editor's JSON tab edits those.
//
// Errors of the schema check ("form.steps[1].fields[2].type") mark the cell
// they point at (ErrorRole, and the message as tool tip).
class FormFieldTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Key, LabelDe, LabelEn, Type, Required, HelpDe, ColumnCount };
    // The schema-check message of a cell (also its tool tip); the view paints it.
    static constexpr int ErrorRole = Qt::UserRole + 1;

    explicit FormFieldTableModel(QObject *parent = nullptr);

    void setForm(const QJsonObject &form);
    QJsonObject form() const; // the steps with the edited fields

    // A new text field after `row` (in its step), or at the end; returns its row.
    int addField(int row);
    void removeField(int row);
    // One place up (-1) or down (+1); across a step's edge into the next step.
    // Returns the new row.
    int moveField(int row, int delta);

    // Schema-check errors by place; those of a field mark its cells.
    void setErrors(const QMap<QString, QString> &errors);
    // The row and column a place points at; row -1 when it is no field's.
    QPair<int, int> cellOf(const QString &path) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The wire names of the field types, for the type column's editor.
    static QStringList typeNames();

signals:
    void edited();

private:
    struct Row
    {
        int step = 0;
        QJsonObject field;
    };
    QString pathOf(int row) const; // "form.steps[s].fields[f]"
    QString errorAt(int row, int column) const;

    QJsonObject m_form;
    QList<Row> m_rows;
    QMap<QString, QString> m_errors;
};

} // namespace rathaus::client
