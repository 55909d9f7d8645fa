#include "server/domain/TransferWire.h"

#include "common/wire/Transfer.h"
#include "common/wire/WireTime.h"
#include "server/store/ApplicationRepository.h"
#include "server/store/CatalogueRepository.h"

#include <QJsonDocument>

namespace rathaus::server {

namespace {

QDateTime utc(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
}

QJsonValue timeValue(const std::optional<qint64> &seconds)
{
    return seconds ? QJsonValue(wire::toWireTime(utc(*seconds))) : QJsonValue(QJsonValue::Null);
}

} // namespace

QHash<QString, LocalizedText> officeNames(const QSqlDatabase &db)
{
    QHash<QString, LocalizedText> names;
    for (const Office &office : CatalogueRepository(db).offices())
        names.insert(office.id, office.name);
    return names;
}

TransferLabels::TransferLabels(const QSqlDatabase &db) : m_db(db), m_offices(officeNames(db))
{
    for (const ServiceSummary &service : CatalogueRepository(db).services())
        m_services.insert(service.id, service.title);
}

const TransferLabels::Case &TransferLabels::lookUp(const QString &applicationId) const
{
    auto it = m_cases.constFind(applicationId);
    if (it != m_cases.constEnd())
        return *it;
    Case found;
    if (!applicationId.isEmpty()) {
        if (const auto application = ApplicationRepository(m_db).findById(applicationId)) {
            found.reference = application->reference;
            found.serviceTitle = m_services.value(application->serviceId);
        }
    }
    return *m_cases.insert(applicationId, found);
}

QString TransferLabels::reference(const QString &applicationId) const
{
    return lookUp(applicationId).reference;
}

LocalizedText TransferLabels::serviceTitle(const QString &applicationId) const
{
    return lookUp(applicationId).serviceTitle;
}

QList<StoredRecord> concernedRecords(const StoredTransfer &t, const QList<StoredRecord> &records)
{
    const QStringList &ids = !t.approvedRecordIds.isEmpty() ? t.approvedRecordIds : t.recordIds;
    QList<StoredRecord> result;
    for (const StoredRecord &record : records) {
        if (record.officeId != t.fromOfficeId)
            continue;
        if (!ids.isEmpty() ? ids.contains(record.id) : t.categories.contains(record.category))
            result.append(record);
    }
    return result;
}

QJsonObject transferToJson(const StoredTransfer &t, const TransferLabels &labels,
                           const QList<StoredRecord> *citizenRecords)
{
    Transfer wire;
    wire.id = t.id;
    wire.citizenId = t.citizenId;
    wire.fromOfficeId = t.fromOfficeId;
    wire.toOfficeId = t.toOfficeId;
    wire.categories = t.categories;
    wire.recordIds = t.recordIds;
    wire.purpose = t.purpose;
    wire.legalBasis = t.legalBasis;
    wire.applicationId = t.applicationId;
    wire.applicationReference = labels.reference(t.applicationId);
    wire.serviceTitle = labels.serviceTitle(t.applicationId);
    wire.requestedBy = t.requestedBy;
    wire.status = t.status;
    if (t.consentExpiresAt)
        wire.expiresAt = utc(*t.consentExpiresAt);
    if (t.expiresAt)
        wire.requestExpiresAt = utc(*t.expiresAt);
    wire.createdAt = utc(t.createdAt);
    QJsonObject json = wire.toJson();
    json.insert(QStringLiteral("status_label"), statusLabel(t.status));
    json.insert(QStringLiteral("from_office_name"),
                labels.offices().value(t.fromOfficeId).toJson());
    json.insert(QStringLiteral("to_office_name"), labels.offices().value(t.toOfficeId).toJson());
    json.insert(QStringLiteral("approved_record_ids"),
                QJsonArray::fromStringList(t.approvedRecordIds));
    json.insert(QStringLiteral("updated_at"), timeValue(t.updatedAt));
    json.insert(QStringLiteral("decided_at"), timeValue(t.decidedAt));
    json.insert(QStringLiteral("delivered_at"), timeValue(t.deliveredAt));
    json.insert(QStringLiteral("withdrawn_at"), timeValue(t.withdrawnAt));
    json.insert(QStringLiteral("copies_marked_for_deletion_at"), timeValue(t.copiesMarkedAt));
    json.insert(QStringLiteral("version"), t.version);
    if (citizenRecords) {
        QJsonArray records;
        for (const StoredRecord &record : concernedRecords(t, *citizenRecords))
            records.append(QJsonObject { { QStringLiteral("id"), record.id },
                                         { QStringLiteral("office_id"), record.officeId },
                                         { QStringLiteral("category"), record.category },
                                         { QStringLiteral("title"), record.title.toJson() } });
        json.insert(QStringLiteral("records"), records);
    }
    return json;
}

QJsonArray historyToJson(const QList<StoredTransferHistoryEntry> &history)
{
    QJsonArray array;
    for (const StoredTransferHistoryEntry &entry : history)
        array.append(QJsonObject { { QStringLiteral("seq"), entry.seq },
                                   { QStringLiteral("at"), wire::toWireTime(utc(entry.at)) },
                                   { QStringLiteral("from"),
                                     entry.from ? QJsonValue(transferStatusToWire(*entry.from))
                                                : QJsonValue(QJsonValue::Null) },
                                   { QStringLiteral("to"), transferStatusToWire(entry.to) },
                                   { QStringLiteral("actor"), actorToWire(entry.actor) },
                                   { QStringLiteral("note"), entry.note } });
    return array;
}

Record copyToWire(const StoredTransferCopy &copy)
{
    Record record;
    record.id = copy.recordId;
    record.officeId = copy.sourceOfficeId;
    record.category = copy.category;
    record.title = LocalizedText::fromJson(QJsonDocument::fromJson(copy.title.toUtf8()).object());
    const QJsonArray fields = QJsonDocument::fromJson(copy.fields.toUtf8()).array();
    for (const QJsonValue &value : fields) {
        const QJsonObject field = value.toObject();
        record.fields.append({ field.value(QLatin1String("key")).toString(),
                               LocalizedText::fromJson(field.value(QLatin1String("label"))),
                               field.value(QLatin1String("value")).toString() });
    }
    record.legalBasis = copy.legalBasis;
    record.updatedAt = utc(copy.recordUpdatedAt);
    return record;
}

} // namespace rathaus::server
