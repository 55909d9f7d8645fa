#pragma once

#include "server/domain/PaymentSettings.h"
#include "server/store/Database.h"

namespace rathaus {
class Clock;
}

namespace rathaus::server {
class EventHub;
class LoginService;
class SessionService;
} // namespace rathaus::server

namespace rathaus::server::http {

// What handlers work with. Everything here is safe to use from the server's
// thread and the worker threads at once.
struct HandlerContext
{
    Database &database;
    const Clock &clock;
    SessionService &sessions;
    LoginService &login;
    EventHub &events; // wake the citizens' event feeds after a commit
    // Uploads and payments (set by the Backend before it listens).
    qint64 maxUploadBytes = 10 * 1024 * 1024;
    PaymentSettings payments;
    QString cityName; // GET /health `city_name`; may be empty
};

} // namespace rathaus::server::http
