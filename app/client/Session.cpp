#include "app/client/Session.h"

#include "app/client/ApiClient.h"
#include "app/client/LoggingCategories.h"
#include "app/client/SecretStore.h"

#include <QJsonObject>

namespace rathaus::client {

namespace {

Result<TokenPair> tokenPairFrom(const ApiResult &result)
{
    if (!result.ok())
        return result.problem();
    if (!result.value().json.isObject()) {
        return Problem::make(result.value().status, QStringLiteral("malformed-response"),
                             QStringLiteral("The sign-in answer could not be read."));
    }
    return TokenPair::fromJson(result.value().json.object());
}

} // namespace

Session::Session(ApiClient *api, SecretStore *store, QObject *parent)
    : QObject(parent), m_api(api), m_store(store)
{ }

Session::~Session() = default;

void Session::login(const QString &username, const QString &password, const QString &totp,
                    QObject *context, LoginCallback callback)
{
    QJsonObject body { { QStringLiteral("username"), username },
                       { QStringLiteral("password"), password } };
    if (!totp.isEmpty())
        body.insert(QStringLiteral("totp"), totp);

    const quint64 generation = ++m_generation;
    m_api->send(
        ApiRequest::post(QStringLiteral("/auth/login"), QJsonDocument(body)), this,
        [this, generation, context = QPointer<QObject>(context), hadContext = context != nullptr,
         callback = std::move(callback)](const ApiResult &result) {
            if (generation != m_generation)
                return;
            Result<TokenPair> pair = tokenPairFrom(result);
            if (pair.ok() && m_citizensOnly && pair.value().user.isStaff()) {
                // Staff work at their own desks: the kiosk revokes what the
                // server just issued and keeps nothing of it.
                revoke(pair.value().accessToken);
                qCInfo(lcSession) << "staff sign-in refused: citizens only";
                pair = Problem::make(403, QStringLiteral("staff-not-allowed"),
                                     QStringLiteral("Staff accounts cannot sign in here."));
            }
            if (pair.ok()) {
                adopt(pair.value());
                qCInfo(lcSession) << "logged in, role" << roleToWire(m_user.role);
                persistRefreshToken();
                emit loggedIn(m_user);
            } else {
                qCInfo(lcSession) << "login refused:" << pair.problem().status
                                  << pair.problem().slug();
            }
            if (hadContext && !context)
                return;
            if (callback)
                callback(pair.ok() ? Result<UserInfo>(m_user) : Result<UserInfo>(pair.problem()));
        });
}

void Session::resume(QObject *context, std::function<void(bool)> callback)
{
    if (!m_store) {
        QMetaObject::invokeMethod(
            this, [callback] { callback(false); }, Qt::QueuedConnection);
        return;
    }
    const quint64 generation = m_generation;
    m_store->read(m_storeKey, context,
                  [this, generation, context, callback](const SecretStore::Outcome &outcome) {
                      if (generation != m_generation || outcome.status != SecretStore::Status::Ok ||
                          outcome.value.isEmpty()) {
                          callback(false);
                          return;
                      }
                      m_refreshToken = outcome.value;
                      qCInfo(lcSession) << "resuming a stored session";
                      QPointer<QObject> guard(context);
                      refresh([this, guard, callback](bool ok) {
                          if (ok)
                              emit loggedIn(m_user);
                          if (guard)
                              callback(ok);
                      });
                  });
}

void Session::logout()
{
    // Tell the server first so the tokens die at once, everywhere.
    if (!m_accessToken.isEmpty())
        revoke(m_accessToken);
    ++m_generation;
    forget();
    clearStoredToken();
    qCInfo(lcSession) << "logged out";
    emit loggedOut();
}

void Session::send(ApiRequest request, QObject *context, ApiCallback callback)
{
    const QString tokenUsed = m_accessToken;
    request.bearerToken = tokenUsed.toUtf8();
    const quint64 generation = m_generation;
    QPointer<QObject> guard(context);
    m_api->send(
        request, context,
        [this, request, guard, tokenUsed, generation, callback](const ApiResult &result) mutable {
            const bool unauthorized = !result.ok() && result.problem().status == 401;
            if (!unauthorized || generation != m_generation || m_refreshToken.isEmpty()) {
                callback(result);
                return;
            }
            auto retry = [this, request, guard, callback]() mutable {
                request.bearerToken = m_accessToken.toUtf8();
                // The second answer is final: no loop of refreshes.
                m_api->send(request, guard.data(), callback);
            };
            if (m_accessToken != tokenUsed) { // another call refreshed meanwhile
                retry();
                return;
            }
            refresh([result, guard, callback, retry](bool ok) mutable {
                if (!guard)
                    return;
                if (ok)
                    retry();
                else
                    callback(result);
            });
        });
}

void Session::refresh(std::function<void(bool)> done)
{
    m_refreshWaiters.append(std::move(done));
    if (m_refreshing)
        return; // one refresh serves every call that met the 401
    m_refreshing = true;

    const quint64 generation = m_generation;
    const QJsonObject body { { QStringLiteral("refresh_token"), m_refreshToken } };
    m_api->send(ApiRequest::post(QStringLiteral("/auth/refresh"), QJsonDocument(body)), this,
                [this, generation](const ApiResult &result) {
                    m_refreshing = false;
                    bool ok = false;
                    if (generation == m_generation) {
                        Result<TokenPair> pair = tokenPairFrom(result);
                        if (pair.ok()) {
                            adopt(pair.value());
                            persistRefreshToken(); // tokens rotate: the old one is dead now
                            ok = true;
                        } else if (pair.problem().status >= 400 && pair.problem().status < 500) {
                            // Refused (expired, revoked, reused): this session is over.
                            qCInfo(lcSession) << "refresh refused:" << pair.problem().slug();
                            const bool wasLoggedIn = isLoggedIn();
                            ++m_generation;
                            forget();
                            clearStoredToken();
                            if (wasLoggedIn)
                                emit expired();
                        } else {
                            qCInfo(lcSession) << "refresh failed:" << pair.problem().slug();
                        }
                    }
                    const auto waiters = std::exchange(m_refreshWaiters, {});
                    for (const auto &waiter : waiters)
                        waiter(ok);
                });
}

void Session::revoke(const QString &accessToken)
{
    // The answer changes nothing here: locally the session ends either way.
    ApiRequest request = ApiRequest::post(QStringLiteral("/auth/logout"));
    request.bearerToken = accessToken.toUtf8();
    m_api->send(request, this, [](const ApiResult &result) {
        if (!result.ok())
            qCInfo(lcSession) << "server logout failed:" << result.problem().slug();
    });
}

void Session::adopt(const TokenPair &pair)
{
    m_accessToken = pair.accessToken;
    m_refreshToken = pair.refreshToken;
    m_user = pair.user;
}

void Session::persistRefreshToken()
{
    if (!m_store || !m_persistent)
        return;
    m_store->write(m_storeKey, m_refreshToken, this, [this](const SecretStore::Outcome &outcome) {
        if (outcome.status == SecretStore::Status::Ok)
            return;
        qCWarning(lcSession) << "the keychain cannot keep the session:" << outcome.message;
        m_persistent = false; // memory only from now on; never a file
        if (!m_toldKeychainUnavailable) {
            m_toldKeychainUnavailable = true;
            emit keychainUnavailable(outcome.message);
        }
    });
}

void Session::clearStoredToken()
{
    if (!m_store)
        return;
    m_store->remove(m_storeKey, this, [this](const SecretStore::Outcome &outcome) {
        if (outcome.status == SecretStore::Status::Ok)
            emit storedSessionCleared();
        else
            qCWarning(lcSession) << "could not clear the stored session:" << outcome.message;
    });
}

void Session::forget()
{
    m_accessToken.clear();
    m_refreshToken.clear();
    m_user = {};
}

} // namespace rathaus::client
