#pragma once

#include "common/core/Result.h"
#include "common/wire/StaffAccount.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>

namespace rathaus::client {

class Session;

// What the administrator enters for a new staff account.
struct NewStaffAccount
{
    QString username;
    QString displayName;
    Role role = Role::Caseworker;
    QString officeId; // caseworkers and leads
    QString password;

    QJsonObject toJson() const;
};

// The administrator's part of the HTTP contract (api.md "Admin", staff
// accounts) as typed calls over the signed-in Session.
class AdminApi
{
public:
    template<typename T> using Callback = std::function<void(const Result<T> &)>;

    explicit AdminApi(Session *session) : m_session(session) { }

    void listStaff(QObject *context, Callback<QList<StaffAccount>> callback);
    // The answer holds the TOTP secret: show it once, keep it nowhere.
    void createStaff(const NewStaffAccount &account, QObject *context,
                     Callback<StaffEnrolment> callback);
    // Members of `changes`: display_name, role, office_id, disabled.
    void updateStaff(const QString &id, const QJsonObject &changes, QObject *context,
                     Callback<StaffAccount> callback);
    void setDisabled(const QString &id, bool disabled, QObject *context,
                     Callback<StaffAccount> callback);
    void resetTotp(const QString &id, QObject *context, Callback<StaffEnrolment> callback);

private:
    Session *m_session;
};

} // namespace rathaus::client
