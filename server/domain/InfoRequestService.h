#pragma once

#include "common/core/Result.h"
#include "common/wire/Application.h"

#include <QJsonObject>
#include <QString>

namespace rathaus {
class Clock;
}

namespace rathaus::server {

class Database;
class EventHub;

// A citizen's answer to an office's question (POST /applications/{id}/answer
// {data?, message?, uploads?}): only in info_requested (409 otherwise).
// In ONE transaction: `data` is merged into the application's data as a JSON
// merge patch (RFC 7396: null removes a value) and the result must pass the
// service's form (FormValidator, as on submission; 422 with field errors,
// nothing kept); the case moves info_requested -> in_review with a history
// entry (actor citizen); the message, if any, joins the thread.
// A change that would alter the fee is refused (422 on `data`): the fee may
// be paid already, and the office asked for information, not a new order.
class InfoRequestService
{
public:
    // `events` (may be null) is woken after the answer's commit.
    InfoRequestService(Database &database, const Clock &clock, EventHub *events = nullptr);

    Result<ApplicationDetail> answer(const QString &citizenId, const QString &applicationId,
                                     const QJsonObject &request);

private:
    Database &m_database;
    const Clock &m_clock;
    EventHub *m_events = nullptr;
};

} // namespace rathaus::server
