#include "server/domain/LoginService.h"

#include "common/core/Clock.h"
#include "common/crypto/PasswordHasher.h"
#include "common/crypto/Totp.h"
#include "server/Logging.h"
#include "server/domain/SessionService.h"
#include "server/store/Database.h"
#include "server/store/UserRepository.h"

namespace rathaus::server {

namespace {

// Verified when the username is unknown, so that an unknown user costs the
// same argon2id time as a wrong password and timing does not tell which
// accounts exist. Same parameters as PasswordHasher's defaults; the password
// behind it is random and was thrown away.
const QString kDummyHash = QStringLiteral("$argon2id$v=19$m=19456,t=2,p=1$EAZKSQjqSn9ptpDybMinSQ$"
                                          "HDwxm3x2YE6SimLrBfNbJF8jHV835cc+akx5jHRRFq8");

Problem invalidCredentials()
{
    // One answer for "no such user" and "wrong password".
    return Problem::make(401, QStringLiteral("invalid-credentials"),
                         QStringLiteral("Sign-in failed"),
                         QStringLiteral("The username or the password is wrong."));
}

QString normaliseUsername(const QString &username)
{
    return username.trimmed().toLower().left(128);
}

} // namespace

LoginService::LoginService(Database &database, const Clock &clock, SessionService &sessions,
                           LoginThrottle::Limits limits)
    : m_database(database), m_clock(clock), m_sessions(sessions), m_throttle(limits)
{ }

LoginService::Outcome LoginService::login(const Request &request)
{
    const QString username = normaliseUsername(request.username);
    const QSqlDatabase db = m_database.connection();
    const qint64 now = m_clock.nowSeconds();

    const LoginThrottle::Decision decision =
        m_throttle.acquire(db, m_database.dialect(), username, request.address, now);
    if (!decision.allowed) {
        qCInfo(lcDomain) << "login throttled; retry after" << decision.retryAfterSeconds << "s";
        return { Problem::make(429, QStringLiteral("too-many-requests"),
                               QStringLiteral("Too many sign-in attempts"),
                               QStringLiteral("Please wait before trying again.")),
                 decision.retryAfterSeconds };
    }

    UserRepository users(db);
    const auto user = users.findByUsername(username);
    const bool passwordOk =
        PasswordHasher::verify(user ? user->passwordHash : kDummyHash, request.password);
    if (!user || !passwordOk)
        return { invalidCredentials() };
    if (user->isDisabled()) {
        // Said only to whoever knows the password: the account exists but is off.
        return { Problem::make(401, QStringLiteral("account-disabled"),
                               QStringLiteral("Account disabled"),
                               QStringLiteral("This account has been disabled. Please contact "
                                              "the administrator.")) };
    }

    if (user->role != Role::Citizen || !user->totpSecret.isEmpty()) {
        // Staff always; citizens when they enrolled.
        if (request.totp.isEmpty()) {
            return { Problem::make(
                401, QStringLiteral("totp-required"), QStringLiteral("One-time code required"),
                QStringLiteral("Enter the 6-digit code from your authenticator app.")) };
        }
        const auto secret = base32::decode(user->totpSecret);
        const auto step = secret ? Totp(*secret).verify(request.totp.trimmed(), now) : std::nullopt;
        if (!step || !users.claimTotpStep(user->id, *step)) {
            return { Problem::make(401, QStringLiteral("totp-invalid"),
                                   QStringLiteral("One-time code not accepted"),
                                   QStringLiteral("The code is wrong, expired or was already used. "
                                                  "Wait for the next code and try again.")) };
        }
    }
    // Hashes made with weaker settings than today's are upgraded while the
    // password is at hand (the only moment it is).
    const PasswordHasher hasher;
    if (hasher.needsRehash(user->passwordHash))
        users.updatePasswordHash(user->id, hasher.hash(request.password));
    TokenPair pair = m_sessions.issue(*user);
    users.recordLogin(user->id, now);
    qCInfo(lcDomain) << "signed in user" << user->id;
    return { std::move(pair) };
}

} // namespace rathaus::server
