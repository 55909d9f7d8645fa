#include "app/client/admin/FormFieldTableModel.h"

#include "common/forms/FormSchema.h"

#include <QJsonArray>

namespace rathaus::client {

namespace {

QString textIn(const QJsonValue &value, const char *language)
{
    if (value.isString())
        return value.toString();
    return value.toObject().value(QLatin1String(language)).toString();
}

QJsonObject withText(const QJsonValue &value, const char *language, const QString &text)
{
    QJsonObject object;
    if (value.isString())
        object = { { QStringLiteral("de"), value.toString() },
                   { QStringLiteral("en"), value.toString() } };
    else
        object = value.toObject();
    object.insert(QLatin1String(language), text);
    return object;
}

// A field whose type changed keeps only what the new type allows, and a
// choice gets one option to start from.
void fitToType(QJsonObject &field, FieldType type)
{
    const bool number = type == FieldType::Number || type == FieldType::Date;
    const bool choice = type == FieldType::Choice || type == FieldType::MultiChoice;
    const bool file = type == FieldType::File;
    const bool lengths = isTextLike(type) || type == FieldType::MultiChoice || file;
    if (!number) {
        field.remove(QStringLiteral("min"));
        field.remove(QStringLiteral("max"));
    }
    if (!lengths) {
        field.remove(QStringLiteral("min_length"));
        field.remove(QStringLiteral("max_length"));
    }
    if (!isTextLike(type))
        field.remove(QStringLiteral("pattern"));
    if (!file) {
        field.remove(QStringLiteral("accept"));
        field.remove(QStringLiteral("max_bytes"));
    }
    if (!choice)
        field.remove(QStringLiteral("options"));
    else if (field.value(QLatin1String("options")).toArray().isEmpty())
        field.insert(QStringLiteral("options"),
                     QJsonArray { QJsonObject {
                         { QStringLiteral("value"), QStringLiteral("a") },
                         { QStringLiteral("label"),
                           QJsonObject { { QStringLiteral("de"), QStringLiteral("A") },
                                         { QStringLiteral("en"), QStringLiteral("A") } } } } });
}

} // namespace

FormFieldTableModel::FormFieldTableModel(QObject *parent) : QAbstractTableModel(parent) { }

QStringList FormFieldTableModel::typeNames()
{
    QStringList names;
    for (int i = 0; i <= int(FieldType::File); ++i)
        names.append(fieldTypeToWire(FieldType(i)));
    return names;
}

void FormFieldTableModel::setForm(const QJsonObject &form)
{
    beginResetModel();
    m_form = form;
    m_rows.clear();
    m_errors.clear();
    const QJsonArray steps = form.value(QLatin1String("steps")).toArray();
    for (int s = 0; s < steps.size(); ++s) {
        for (const QJsonValue &field :
             steps.at(s).toObject().value(QLatin1String("fields")).toArray())
            m_rows.append({ s, field.toObject() });
    }
    endResetModel();
}

QJsonObject FormFieldTableModel::form() const
{
    QJsonObject form = m_form;
    QJsonArray steps = form.value(QLatin1String("steps")).toArray();
    QList<QJsonArray> fields(steps.size());
    for (const Row &row : m_rows) {
        if (row.step < fields.size())
            fields[row.step].append(row.field);
    }
    for (int s = 0; s < steps.size(); ++s) {
        QJsonObject step = steps.at(s).toObject();
        step.insert(QStringLiteral("fields"), fields.at(s));
        steps.replace(s, step);
    }
    form.insert(QStringLiteral("steps"), steps);
    return form;
}

int FormFieldTableModel::addField(int row)
{
    int step = 0;
    int at = int(m_rows.size());
    if (row >= 0 && row < m_rows.size()) {
        step = m_rows.at(row).step;
        at = row + 1;
    } else if (!m_rows.isEmpty()) {
        step = m_rows.constLast().step;
    }
    if (m_form.value(QLatin1String("steps")).toArray().isEmpty()) {
        // A form needs a step to hold the field.
        m_form.insert(QStringLiteral("steps"),
                      QJsonArray { QJsonObject {
                          { QStringLiteral("title"),
                            QJsonObject { { QStringLiteral("de"), QStringLiteral("Angaben") },
                                          { QStringLiteral("en"), QStringLiteral("Details") } } },
                          { QStringLiteral("fields"), QJsonArray {} } } });
    }
    // A key no other field has yet.
    QString key;
    for (int n = int(m_rows.size()) + 1;; ++n) {
        key = QStringLiteral("field_%1").arg(n);
        const bool used = std::any_of(m_rows.cbegin(), m_rows.cend(), [&](const Row &r) {
            return r.field.value(QLatin1String("id")).toString() == key;
        });
        if (!used)
            break;
    }
    beginInsertRows({}, at, at);
    m_rows.insert(at,
                  { step,
                    QJsonObject { { QStringLiteral("id"), key },
                                  { QStringLiteral("type"), QStringLiteral("text") },
                                  { QStringLiteral("label"),
                                    QJsonObject { { QStringLiteral("de"), QString() },
                                                  { QStringLiteral("en"), QString() } } },
                                  { QStringLiteral("required"), false } } });
    endInsertRows();
    emit edited();
    return at;
}

void FormFieldTableModel::removeField(int row)
{
    if (row < 0 || row >= m_rows.size())
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
    emit edited();
}

int FormFieldTableModel::moveField(int row, int delta)
{
    if (row < 0 || row >= m_rows.size() || (delta != -1 && delta != 1))
        return row;
    const int steps = int(m_form.value(QLatin1String("steps")).toArray().size());
    Row &moving = m_rows[row];
    const int target = row + delta;
    const bool neighbourInStep =
        target >= 0 && target < m_rows.size() && m_rows.at(target).step == moving.step;
    if (!neighbourInStep) {
        // At the step's edge: into the neighbouring step, same row.
        const int step = moving.step + delta;
        if (step < 0 || step >= steps)
            return row;
        moving.step = step;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        emit headerDataChanged(Qt::Vertical, 0, int(m_rows.size()) - 1);
        emit edited();
        return row;
    }
    beginMoveRows({}, row, row, {}, delta > 0 ? target + 1 : target);
    m_rows.swapItemsAt(row, target);
    endMoveRows();
    emit edited();
    return target;
}

void FormFieldTableModel::setErrors(const QMap<QString, QString> &errors)
{
    m_errors = errors;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

QString FormFieldTableModel::pathOf(int row) const
{
    int inStep = 0;
    for (int r = 0; r < row; ++r) {
        if (m_rows.at(r).step == m_rows.at(row).step)
            ++inStep;
    }
    return QStringLiteral("form.steps[%1].fields[%2]").arg(m_rows.at(row).step).arg(inStep);
}

QPair<int, int> FormFieldTableModel::cellOf(const QString &path) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        const QString prefix = pathOf(row);
        if (path != prefix && !path.startsWith(prefix + QLatin1Char('.')))
            continue;
        const QString rest = path.mid(prefix.size() + 1);
        if (rest.startsWith(QLatin1String("label.en")))
            return { row, LabelEn };
        if (rest.startsWith(QLatin1String("label")))
            return { row, LabelDe };
        if (rest.startsWith(QLatin1String("type")))
            return { row, Type };
        if (rest.startsWith(QLatin1String("required")))
            return { row, Required };
        if (rest.startsWith(QLatin1String("help")))
            return { row, HelpDe };
        return { row, Key }; // the field as a whole, or a member without a column
    }
    return { -1, -1 };
}

QString FormFieldTableModel::errorAt(int row, int column) const
{
    for (auto it = m_errors.cbegin(); it != m_errors.cend(); ++it) {
        if (cellOf(it.key()) == qMakePair(row, column))
            return it.value();
    }
    return {};
}

int FormFieldTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FormFieldTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FormFieldTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const QJsonObject &field = m_rows.at(index.row()).field;
    if (role == Qt::ToolTipRole || role == ErrorRole) {
        const QString error = errorAt(index.row(), index.column());
        return error.isEmpty() ? QVariant() : QVariant(error);
    }
    if (index.column() == Required) {
        if (role == Qt::CheckStateRole)
            return field.value(QLatin1String("required")).toBool() ? Qt::Checked : Qt::Unchecked;
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case Key:
        return field.value(QLatin1String("id")).toString();
    case LabelDe:
        return textIn(field.value(QLatin1String("label")), "de");
    case LabelEn:
        return textIn(field.value(QLatin1String("label")), "en");
    case Type:
        return field.value(QLatin1String("type")).toString();
    case HelpDe:
        return textIn(field.value(QLatin1String("help")), "de");
    default:
        return {};
    }
}

bool FormFieldTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return false;
    QJsonObject &field = m_rows[index.row()].field;
    if (index.column() == Required) {
        if (role != Qt::CheckStateRole)
            return false;
        field.insert(QStringLiteral("required"), value.toInt() == Qt::Checked);
    } else {
        if (role != Qt::EditRole)
            return false;
        const QString text = value.toString();
        switch (index.column()) {
        case Key:
            field.insert(QStringLiteral("id"), text.trimmed());
            break;
        case LabelDe:
            field.insert(QStringLiteral("label"),
                         withText(field.value(QLatin1String("label")), "de", text));
            break;
        case LabelEn:
            field.insert(QStringLiteral("label"),
                         withText(field.value(QLatin1String("label")), "en", text));
            break;
        case Type: {
            field.insert(QStringLiteral("type"), text);
            if (const auto type = fieldTypeFromWire(text))
                fitToType(field, *type);
            break;
        }
        case HelpDe:
            if (text.isEmpty() && textIn(field.value(QLatin1String("help")), "en").isEmpty())
                field.remove(QStringLiteral("help"));
            else
                field.insert(QStringLiteral("help"),
                             withText(field.value(QLatin1String("help")), "de", text));
            break;
        default:
            return false;
        }
    }
    emit dataChanged(index, index);
    emit edited();
    return true;
}

Qt::ItemFlags FormFieldTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == Required)
        return flags | Qt::ItemIsUserCheckable;
    return flags | Qt::ItemIsEditable;
}

QVariant FormFieldTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical) {
        // "2.1": the first field of step 2.
        if (section < 0 || section >= m_rows.size())
            return {};
        int inStep = 1;
        for (int r = 0; r < section; ++r) {
            if (m_rows.at(r).step == m_rows.at(section).step)
                ++inStep;
        }
        return QStringLiteral("%1.%2").arg(m_rows.at(section).step + 1).arg(inStep);
    }
    switch (section) {
    case Key:
        return tr("Key");
    case LabelDe:
        return tr("Label (German)");
    case LabelEn:
        return tr("Label (English)");
    case Type:
        return tr("Type");
    case Required:
        return tr("Required");
    case HelpDe:
        return tr("Help (German)");
    default:
        return {};
    }
}

} // namespace rathaus::client
