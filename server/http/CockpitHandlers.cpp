#include "server/http/CockpitHandlers.h"

#include "common/wire/Record.h"
#include "server/domain/SessionService.h"
#include "server/store/RecordRepository.h"

#include <QJsonArray>

namespace rathaus::server::http::handlers {

Record recordToWire(const StoredRecord &stored)
{
    Record record;
    record.id = stored.id;
    record.officeId = stored.officeId;
    record.category = stored.category;
    record.title = stored.title;
    for (const QJsonValue &value : stored.fields) {
        const QJsonObject field = value.toObject();
        record.fields.append({ field.value(QLatin1String("key")).toString(),
                               LocalizedText::fromJson(field.value(QLatin1String("label"))),
                               field.value(QLatin1String("value")).toString() });
    }
    record.legalBasis = stored.legalBasis;
    record.updatedAt = QDateTime::fromSecsSinceEpoch(stored.updatedAt, Qt::UTC);
    record.retention = stored.retention;
    return record;
}

Reply myRecords(HandlerContext &context, const RequestContext &request)
{
    const auto session = context.sessions.authenticate(request.bearerToken());
    if (!session)
        return Reply::problem(session.problem()).withHeader("WWW-Authenticate", "Bearer");
    // The citizen reading their own records: no access-log entry (the log is
    // for everybody else's reads).
    QJsonArray array;
    const auto records =
        RecordRepository(context.database.connection()).forCitizen(session.value().user.id);
    for (const StoredRecord &record : records)
        array.append(recordToWire(record).toJson());
    return Reply::json(array);
}

} // namespace rathaus::server::http::handlers
