#pragma once

#include "app/client/ApiRequest.h"
#include "common/wire/Session.h"

#include <QObject>
#include <QPointer>

#include <functional>

namespace rathaus::client {

class ApiClient;
class SecretStore;

// The signed-in user's session: logs in, keeps the access token in memory and
// the refresh token in the SecretStore, resumes a stored session on start,
// refreshes once on a 401 and retries, and logs out (server first, then local).
class Session : public QObject
{
    Q_OBJECT
public:
    using LoginCallback = std::function<void(const Result<UserInfo> &)>;

    Session(ApiClient *api, SecretStore *store, QObject *parent = nullptr);
    ~Session() override;

    // Under which name the refresh token is kept: one per backend, so a token
    // of one city is never offered to another.
    void setStoreKey(const QString &key) { m_storeKey = key; }
    QString storeKey() const { return m_storeKey; }

    // The kiosk: a staff account that signs in is signed out on the server at
    // once and the login answers "staff-not-allowed" (403); nothing is kept.
    void setCitizensOnly(bool citizensOnly) { m_citizensOnly = citizensOnly; }
    bool isCitizensOnly() const { return m_citizensOnly; }

    bool isLoggedIn() const { return !m_accessToken.isEmpty(); }
    const UserInfo &user() const { return m_user; }
    // False when the keychain could not take the refresh token: the session
    // then ends with the program.
    bool isPersistent() const { return m_persistent; }

    // `totp` may be empty; the server answers 401 "totp-required" when it needs one.
    void login(const QString &username, const QString &password, const QString &totp,
               QObject *context, LoginCallback callback);
    // Resumes the session of a refresh token kept from an earlier run.
    void resume(QObject *context, std::function<void(bool resumed)> callback);
    // Ends the session on the server, forgets it here and clears the keychain entry.
    void logout();

    // An authenticated call: adds the access token; on 401 refreshes the
    // tokens once and sends the request again.
    void send(ApiRequest request, QObject *context, ApiCallback callback);

    ApiClient *api() const { return m_api; }

signals:
    void loggedIn(const rathaus::UserInfo &user);
    void loggedOut();
    // The session ended without the user asking (refresh refused).
    void expired();
    // The keychain could not keep the session; told once per run.
    void keychainUnavailable(const QString &technicalReason);
    // The stored refresh token was removed (logout, expiry).
    void storedSessionCleared();

private:
    void adopt(const TokenPair &pair);
    void persistRefreshToken();
    void clearStoredToken();
    void forget();
    void refresh(std::function<void(bool ok)> done);
    void revoke(const QString &accessToken);

    ApiClient *m_api;
    QPointer<SecretStore> m_store;
    QString m_storeKey = QStringLiteral("refresh-token");
    QString m_accessToken;
    QString m_refreshToken;
    UserInfo m_user;
    bool m_persistent = true;
    bool m_citizensOnly = false;
    bool m_toldKeychainUnavailable = false;
    bool m_refreshing = false;
    QList<std::function<void(bool)>> m_refreshWaiters;
    quint64 m_generation =
        0; // bumped on login and logout: late answers of an old session are dropped
};

} // namespace rathaus::client
