// Staff accounts, administered by admins only: list, create (with a TOTP
// secret shown once), change, disable (which kills the account's sessions at
// once) and reset TOTP.
#include "common/crypto/Totp.h"
#include "common/wire/StaffAccount.h"
#include "tests/api/ApplicationTestData.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace rathaus;
using namespace rathaus::test;

namespace {

const QString kStaffPath = QStringLiteral("/api/v1/admin/staff");
const QString kDemoSecret = QStringLiteral("JBSWY3DPEHPK3PXP");

QString codeFor(const QString &secret, qint64 now)
{
    return Totp(base32::decode(secret).value_or(QByteArray())).code(now);
}

} // namespace

class TestAdminStaff : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_backend = std::make_unique<TestBackend>();
        QVERIFY2(m_backend->start(), qPrintable(m_backend->error()));
        m_admin = signIn(QStringLiteral("admin"));
        QVERIFY(!m_admin.isEmpty());
    }
    void cleanup() { m_backend.reset(); }

    void onlyAdminsAdministerStaff()
    {
        const QString steuer = idOf(QStringLiteral("sb.steueramt"));
        QVERIFY(!steuer.isEmpty());
        const QString path = kStaffPath + QLatin1Char('/') + steuer;
        const QJsonObject before = m_backend->http().get(path, m_admin).json();

        const QList<QPair<QString, QString>> callers {
            { QString(), QString() },
            { QStringLiteral("citizen"), accessToken(*m_backend, QStringLiteral("erika")) },
            { QStringLiteral("caseworker"), signIn(QStringLiteral("sb.verkehr")) },
            { QStringLiteral("lead"), signIn(QStringLiteral("lead.verkehr")) },
        };
        for (const auto &[who, token] : callers) {
            const int expected = token.isEmpty() ? 401 : 403;
            QVERIFY2(who.isEmpty() || !token.isEmpty(), qPrintable(who));
            const QList<HttpResponse> responses {
                m_backend->http().get(kStaffPath, token),
                m_backend->http().get(path, token),
                m_backend->http().postJson(kStaffPath,
                                           newAccount(QStringLiteral("sb.eindringling")), token),
                put(path, { { QStringLiteral("disabled"), true } }, token),
                m_backend->http().postJson(path + QStringLiteral("/totp"), {}, token),
            };
            for (const HttpResponse &response : responses) {
                QVERIFY2(response.status == expected,
                         qPrintable(who + QStringLiteral(": ") + QString::fromUtf8(response.body)));
                // A refusal is a problem and holds no account data.
                QVERIFY(!response.body.contains("sb.steueramt"));
                QVERIFY(!response.body.contains("totp_secret"));
                QVERIFY(!response.json().contains(QLatin1String("items")));
            }
            if (token.isEmpty())
                QCOMPARE(responses.first().header("WWW-Authenticate"), QByteArray("Bearer"));
        }
        // Nothing changed: no new account, sb.steueramt still enabled, same TOTP.
        QCOMPARE(m_backend->http().get(path, m_admin).json(), before);
        QVERIFY(idOf(QStringLiteral("sb.eindringling")).isEmpty());
        QCOMPARE(
            signInWith(QStringLiteral("sb.steueramt"), QStringLiteral("rathaus-demo"), kDemoSecret)
                .status,
            200);
    }

    void listShowsStaffWithoutSecrets()
    {
        const HttpResponse response = m_backend->http().get(kStaffPath, m_admin);
        QCOMPARE(response.status, 200);
        QVERIFY(!response.body.contains("password"));
        QVERIFY(!response.body.contains("totp"));
        QVERIFY(!response.body.contains("JBSWY3DPEHPK3PXP"));
        QStringList usernames;
        for (const QJsonValue &value : response.json().value(QLatin1String("items")).toArray()) {
            const auto account = StaffAccount::fromJson(value.toObject());
            QVERIFY2(account.ok(), QJsonDocument(value.toObject()).toJson().constData());
            usernames.append(account.value().username);
            if (account.value().username == QLatin1String("admin")) {
                QCOMPARE(account.value().role, Role::Admin);
                QVERIFY(account.value().officeId.isEmpty());
                QVERIFY(account.value().lastLoginAt.isValid()); // signed in by init()
            }
            if (account.value().username == QLatin1String("sb.verkehr")) {
                QCOMPARE(account.value().role, Role::Caseworker);
                QCOMPARE(account.value().officeId, QStringLiteral("strassenverkehrsamt"));
                QVERIFY(!account.value().disabled);
            }
        }
        QVERIFY(usernames.contains(QStringLiteral("admin")));
        QVERIFY(usernames.contains(QStringLiteral("sb.steueramt")));
        QVERIFY(usernames.contains(QStringLiteral("lead.verkehr")));
        QVERIFY(!usernames.contains(QStringLiteral("erika"))); // citizens are not staff
        QCOMPARE(m_backend->http()
                     .get(kStaffPath + QLatin1Char('/') + idOf(QStringLiteral("admin")), m_admin)
                     .status,
                 200);
        QCOMPARE(m_backend->http().get(kStaffPath + QStringLiteral("/no-such-id"), m_admin).status,
                 404);
    }

    void createdAccountSignsInWithPasswordAndTotp()
    {
        HttpResponse response =
            m_backend->http().postJson(kStaffPath, newAccount(QStringLiteral(" SB.Neu ")), m_admin);
        QCOMPARE(response.status, 201);
        QCOMPARE(response.header("Cache-Control"), QByteArray("no-store"));
        const auto enrolment = StaffEnrolment::fromJson(response.json());
        QVERIFY2(enrolment.ok(), response.body.constData());
        QCOMPARE(enrolment.value().account.username, QStringLiteral("sb.neu"));
        QCOMPARE(enrolment.value().account.role, Role::Caseworker);
        QCOMPARE(enrolment.value().account.officeId, QStringLiteral("steueramt"));
        QVERIFY(!enrolment.value().account.disabled);
        const QString secret = enrolment.value().totpSecret;
        QVERIFY(base32::decode(secret).value_or(QByteArray()).size() >= 20);
        QVERIFY(enrolment.value().otpauthUri.startsWith(QStringLiteral("otpauth://totp/")));
        QVERIFY(enrolment.value().otpauthUri.contains(QStringLiteral("secret=") + secret));

        // The secret is never shown again.
        const HttpResponse again = m_backend->http().get(
            kStaffPath + QLatin1Char('/') + enrolment.value().account.id, m_admin);
        QCOMPARE(again.status, 200);
        QVERIFY(!again.body.contains(secret.toLatin1()));
        QVERIFY(!again.body.contains("totp"));

        // Password alone is not enough; with the code from the secret it is.
        QCOMPARE(m_backend->login(QStringLiteral("sb.neu"), QStringLiteral("Amtsstube-2026"))
                     .json()
                     .value(QLatin1String("type"))
                     .toString(),
                 QStringLiteral("urn:rathaus:problem:totp-required"));
        response = signInWith(QStringLiteral("sb.neu"), QStringLiteral("Amtsstube-2026"), secret);
        QCOMPARE(response.status, 200);
        const QString token = response.json().value(QLatin1String("access_token")).toString();
        const QJsonObject me = m_backend->http().get(QStringLiteral("/api/v1/me"), token).json();
        QCOMPARE(me.value(QLatin1String("role")).toString(), QStringLiteral("caseworker"));
        QCOMPARE(me.value(QLatin1String("office_id")).toString(), QStringLiteral("steueramt"));
        // Caseworker of the office: the office's inbox answers.
        QCOMPARE(m_backend->http().get(QStringLiteral("/api/v1/staff/cases"), token).status, 200);
    }

    void duplicateUsernameIs409()
    {
        QCOMPARE(m_backend->http()
                     .postJson(kStaffPath, newAccount(QStringLiteral("sb.verkehr")), m_admin)
                     .status,
                 409);
        QCOMPARE(m_backend->http()
                     .postJson(kStaffPath, newAccount(QStringLiteral("SB.Verkehr")), m_admin)
                     .json()
                     .value(QLatin1String("type"))
                     .toString(),
                 QStringLiteral("urn:rathaus:problem:username-taken"));
    }

    void badInputIs422WithFieldErrors()
    {
        const auto errorsOf = [this](const QJsonObject &body) {
            const HttpResponse response = m_backend->http().postJson(kStaffPath, body, m_admin);
            if (response.status != 422)
                return QStringList { QStringLiteral("status %1").arg(response.status) };
            QStringList keys = response.json().value(QLatin1String("errors")).toObject().keys();
            keys.sort();
            return keys;
        };
        QCOMPARE(errorsOf({}),
                 (QStringList { QStringLiteral("display_name"), QStringLiteral("password"),
                                QStringLiteral("role"), QStringLiteral("username") }));
        QJsonObject body = newAccount(QStringLiteral("sb.neu"));
        body.insert(QStringLiteral("password"), QStringLiteral("password"));
        QCOMPARE(errorsOf(body), QStringList { QStringLiteral("password") }); // common
        body = newAccount(QStringLiteral("sb.neu"));
        body.insert(QStringLiteral("password"), QStringLiteral("kurz"));
        QCOMPARE(errorsOf(body), QStringList { QStringLiteral("password") });
        body = newAccount(QStringLiteral("sb neu!"));
        QCOMPARE(errorsOf(body), QStringList { QStringLiteral("username") });
        body = newAccount(QStringLiteral("sb.neu"));
        body.insert(QStringLiteral("office_id"), QStringLiteral("no-such-office"));
        QCOMPARE(errorsOf(body), QStringList { QStringLiteral("office_id") });
        body.remove(QStringLiteral("office_id"));
        QCOMPARE(errorsOf(body), QStringList { QStringLiteral("office_id") });
        body.insert(QStringLiteral("role"), QStringLiteral("citizen"));
        QCOMPARE(errorsOf(body), QStringList { QStringLiteral("role") });
        body.insert(QStringLiteral("role"), QStringLiteral("admin"));
        body.insert(QStringLiteral("office_id"), QStringLiteral("steueramt"));
        QCOMPARE(errorsOf(body), QStringList { QStringLiteral("office_id") });
        body.insert(QStringLiteral("display_name"), 42);
        body.remove(QStringLiteral("office_id"));
        QCOMPARE(errorsOf(body), QStringList { QStringLiteral("display_name") });
        QVERIFY(idOf(QStringLiteral("sb.neu")).isEmpty());

        const QString path = kStaffPath + QLatin1Char('/') + idOf(QStringLiteral("sb.steueramt"));
        QCOMPARE(
            put(path, { { QStringLiteral("disabled"), QStringLiteral("ja") } }, m_admin).status,
            422);
        QCOMPARE(
            put(path, { { QStringLiteral("office_id"), QStringLiteral("nirgendwo") } }, m_admin)
                .status,
            422);
        QCOMPARE(
            put(path, { { QStringLiteral("display_name"), QStringLiteral("  ") } }, m_admin).status,
            422);
    }

    void changesNameRoleAndOffice()
    {
        const QString path = kStaffPath + QLatin1Char('/') + idOf(QStringLiteral("sb.steueramt"));
        HttpResponse response =
            put(path,
                { { QStringLiteral("display_name"), QStringLiteral("Frau Steuer") },
                  { QStringLiteral("role"), QStringLiteral("lead") },
                  { QStringLiteral("office_id"), QStringLiteral("buergerbuero") } },
                m_admin);
        QCOMPARE(response.status, 200);
        auto account = StaffAccount::fromJson(response.json());
        QVERIFY(account.ok());
        QCOMPARE(account.value().displayName, QStringLiteral("Frau Steuer"));
        QCOMPARE(account.value().role, Role::Lead);
        QCOMPARE(account.value().officeId, QStringLiteral("buergerbuero"));
        // Made an admin: no office.
        response = put(path, { { QStringLiteral("role"), QStringLiteral("admin") } }, m_admin);
        QCOMPARE(response.status, 200);
        QCOMPARE(response.json().value(QLatin1String("office_id")), QJsonValue(QJsonValue::Null));
    }

    void disablingKillsLiveTokensAtOnce()
    {
        const HttpResponse login =
            signInWith(QStringLiteral("sb.steueramt"), QStringLiteral("rathaus-demo"), kDemoSecret);
        QCOMPARE(login.status, 200);
        const QString access = login.json().value(QLatin1String("access_token")).toString();
        const QString refresh = login.json().value(QLatin1String("refresh_token")).toString();
        QCOMPARE(m_backend->http().get(QStringLiteral("/api/v1/staff/cases"), access).status, 200);

        const QString path = kStaffPath + QLatin1Char('/') + idOf(QStringLiteral("sb.steueramt"));
        HttpResponse response = put(path, { { QStringLiteral("disabled"), true } }, m_admin);
        QCOMPARE(response.status, 200);
        QCOMPARE(response.json().value(QLatin1String("disabled")).toBool(), true);

        QCOMPARE(m_backend->http().get(QStringLiteral("/api/v1/staff/cases"), access).status, 401);
        QCOMPARE(m_backend->http()
                     .postJson(QStringLiteral("/api/v1/auth/refresh"),
                               { { QStringLiteral("refresh_token"), refresh } })
                     .status,
                 401);
        // No new sign-in either, even with the right password and code.
        m_backend->clock().advance(30);
        response =
            signInWith(QStringLiteral("sb.steueramt"), QStringLiteral("rathaus-demo"), kDemoSecret);
        QCOMPARE(response.status, 401);
        QCOMPARE(response.json().value(QLatin1String("type")).toString(),
                 QStringLiteral("urn:rathaus:problem:account-disabled"));

        // Enabled again: signs in (the old tokens stay dead).
        QCOMPARE(put(path, { { QStringLiteral("disabled"), false } }, m_admin).status, 200);
        QCOMPARE(m_backend->http().get(QStringLiteral("/api/v1/staff/cases"), access).status, 401);
        m_backend->clock().advance(30);
        QCOMPARE(
            signInWith(QStringLiteral("sb.steueramt"), QStringLiteral("rathaus-demo"), kDemoSecret)
                .status,
            200);
    }

    void resetTotpReplacesTheSecret()
    {
        const QString path = kStaffPath + QLatin1Char('/') + idOf(QStringLiteral("sb.steueramt"));
        const HttpResponse response =
            m_backend->http().postJson(path + QStringLiteral("/totp"), {}, m_admin);
        QCOMPARE(response.status, 200);
        QCOMPARE(response.header("Cache-Control"), QByteArray("no-store"));
        const auto enrolment = StaffEnrolment::fromJson(response.json());
        QVERIFY2(enrolment.ok(), response.body.constData());
        const QString secret = enrolment.value().totpSecret;
        QVERIFY(secret != QLatin1String("JBSWY3DPEHPK3PXP"));
        QVERIFY(enrolment.value().otpauthUri.contains(secret));

        m_backend->clock().advance(30);
        HttpResponse login =
            signInWith(QStringLiteral("sb.steueramt"), QStringLiteral("rathaus-demo"), kDemoSecret);
        QCOMPARE(login.status, 401);
        QCOMPARE(login.json().value(QLatin1String("type")).toString(),
                 QStringLiteral("urn:rathaus:problem:totp-invalid"));
        login = signInWith(QStringLiteral("sb.steueramt"), QStringLiteral("rathaus-demo"), secret);
        QCOMPARE(login.status, 200);
        // Other accounts keep theirs.
        QVERIFY(!signIn(QStringLiteral("sb.verkehr")).isEmpty());
    }

    void adminCannotLockThemselvesOut()
    {
        const QString path = kStaffPath + QLatin1Char('/') + idOf(QStringLiteral("admin"));
        HttpResponse response = put(path, { { QStringLiteral("disabled"), true } }, m_admin);
        QCOMPARE(response.status, 409);
        QCOMPARE(response.json().value(QLatin1String("type")).toString(),
                 QStringLiteral("urn:rathaus:problem:cannot-change-own-access"));
        response = put(path,
                       { { QStringLiteral("role"), QStringLiteral("caseworker") },
                         { QStringLiteral("office_id"), QStringLiteral("steueramt") } },
                       m_admin);
        QCOMPARE(response.status, 409);
        // Still an admin, still signed in; renaming oneself is fine.
        response =
            put(path, { { QStringLiteral("display_name"), QStringLiteral("Die Admin") } }, m_admin);
        QCOMPARE(response.status, 200);
        QCOMPARE(response.json().value(QLatin1String("role")).toString(), QStringLiteral("admin"));
        QCOMPARE(response.json().value(QLatin1String("disabled")).toBool(), false);
    }

private:
    // Each staff sign-in takes the next TOTP step (a code is good once).
    QString signIn(const QString &username)
    {
        return signInWith(username, QStringLiteral("rathaus-demo"), kDemoSecret)
            .json()
            .value(QLatin1String("access_token"))
            .toString();
    }
    // Password + the current code of `secret`, one TOTP step after the last sign-in.
    HttpResponse signInWith(const QString &username, const QString &password, const QString &secret)
    {
        m_backend->clock().advance(30);
        return m_backend->login(username, password,
                                codeFor(secret, m_backend->clock().nowSeconds()));
    }

    QString idOf(const QString &username)
    {
        return staffAccountId(*m_backend, m_admin, username);
    }

    HttpResponse put(const QString &path, const QJsonObject &body, const QString &bearer)
    {
        HttpClient::Headers headers { { "Content-Type", "application/json" } };
        if (!bearer.isEmpty())
            headers.append({ "Authorization", "Bearer " + bearer.toLatin1() });
        return m_backend->http().request(
            "PUT", path, QJsonDocument(body).toJson(QJsonDocument::Compact), headers);
    }

    static QJsonObject newAccount(const QString &username)
    {
        return { { QStringLiteral("username"), username },
                 { QStringLiteral("display_name"), QStringLiteral("Sachbearbeitung Neu") },
                 { QStringLiteral("role"), QStringLiteral("caseworker") },
                 { QStringLiteral("office_id"), QStringLiteral("steueramt") },
                 { QStringLiteral("password"), QStringLiteral("Amtsstube-2026") } };
    }

    std::unique_ptr<TestBackend> m_backend;
    QString m_admin;
};

QTEST_GUILESS_MAIN(TestAdminStaff)
#include "test_admin_staff.moc"
