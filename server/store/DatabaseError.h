#pragma once

#include <QString>

#include <exception>

namespace rathaus::server {

// A failed database call. Thrown inside the server library only and caught at
// the HTTP boundary (-> 503 "service-unavailable", the SQL goes to the log,
// never to the client) or in Backend::start() (-> an operator's message).
// No exception crosses a Qt boundary.
class DatabaseError : public std::exception
{
public:
    explicit DatabaseError(QString message) : m_message(std::move(message)) { }
    const QString &message() const { return m_message; }
    const char *what() const noexcept override { return "database error"; }

private:
    QString m_message;
};

} // namespace rathaus::server
