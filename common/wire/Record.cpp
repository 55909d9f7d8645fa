#include "common/wire/Record.h"

#include "common/wire/JsonReader.h"
#include "common/wire/WireTime.h"

#include <QJsonArray>

namespace rathaus {

QJsonObject Record::toJson() const
{
    QJsonArray fieldArray;
    for (const Field &field : fields) {
        fieldArray.append(QJsonObject { { QStringLiteral("key"), field.key },
                                        { QStringLiteral("label"), field.label.toJson() },
                                        { QStringLiteral("value"), field.value } });
    }
    QJsonObject object { { QStringLiteral("id"), id },
                         { QStringLiteral("office_id"), officeId },
                         { QStringLiteral("category"), category },
                         { QStringLiteral("title"), title.toJson() },
                         { QStringLiteral("fields"), fieldArray },
                         { QStringLiteral("legal_basis"), legalBasis },
                         { QStringLiteral("updated_at"), wire::toWireTime(updatedAt) } };
    if (!retention.isEmpty())
        object.insert(QStringLiteral("retention"), retention);
    return object;
}

Result<Record> Record::fromJson(const QJsonObject &object)
{
    wire::JsonReader reader(object, "Record");
    Record record;
    record.id = reader.string("id");
    record.officeId = reader.string("office_id");
    record.category = reader.string("category");
    record.title = reader.text("title");
    record.legalBasis = reader.optionalString("legal_basis");
    record.updatedAt = wire::readTime(reader, "updated_at");
    record.retention = reader.optionalString("retention");
    for (const QJsonValue &value : reader.optionalArray("fields")) {
        if (!value.isObject()) {
            reader.fail(QStringLiteral("Record: a field is not an object."));
            break;
        }
        const QJsonObject fieldObject = value.toObject();
        wire::JsonReader fieldReader(fieldObject, "Record field");
        Field field;
        field.key = fieldReader.string("key");
        field.label = fieldReader.text("label");
        field.value = fieldReader.optionalString("value");
        if (!fieldReader.ok())
            return fieldReader.problem();
        record.fields.append(field);
    }
    if (!reader.ok())
        return reader.problem();
    return record;
}

} // namespace rathaus
