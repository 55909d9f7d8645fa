#pragma once

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
};

} // namespace rathaus::server::http
