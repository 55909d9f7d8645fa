#pragma once

#include "common/core/Problem.h"

#include <QWidget>

#include <memory>

namespace Ui {
class LoginPage;
}

namespace rathaus::client {
class Session;
}

namespace rathaus::ui {

// Username, password and, when the server asks for it, the one-time code.
// A failed attempt keeps what the user typed except the password.
class LoginPage : public QWidget
{
    Q_OBJECT
public:
    enum class Connection { Connecting, Ready, Failed };

    explicit LoginPage(client::Session *session, QWidget *parent = nullptr);
    ~LoginPage() override;

    // Where the backend stands: sign-in waits until it is reachable.
    void setConnection(Connection state, const QString &serverName, bool demo,
                       const QString &failure = {});
    // Back to a fresh form after a logout: the username stays for convenience.
    void reset();
    void focusFirstField();

protected:
    void changeEvent(QEvent *event) override;

private:
    enum class Error {
        None,
        MissingUsername,
        MissingPassword,
        MissingCode,
        WrongCredentials,
        WrongCode,
        AccountDisabled,
        Throttled,
        StaffNotAllowed, // the kiosk: citizens only
        Other
    };

    void submit();
    void handleFailure(const Problem &problem, bool codeWasSent);
    void setBusy(bool busy);
    void showCodeField(bool show);
    void setError(Error error, const Problem &problem = {});
    void retranslate();

    std::unique_ptr<Ui::LoginPage> ui;
    client::Session *m_session;
    Connection m_connection = Connection::Connecting;
    QString m_serverName;
    QString m_connectionFailure;
    bool m_demo = false;
    bool m_busy = false;
    Error m_error = Error::None;
    Problem m_problem;
};

} // namespace rathaus::ui
