// Who may call which staff and admin route (quality.md "Authorization
// matrix"): every /api/v1/staff/... and /api/v1/admin/... route of
// server/http/RouteTable.cpp against anonymous, a citizen, a caseworker of the
// case's office and of another office, the office's lead and an admin. A
// refusal names no citizen and no reference, and changes nothing. A route
// missing here fails the test.
#include "server/http/RouteTable.h"
#include "tests/api/CaseTestSupport.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace rathaus;
using namespace rathaus::test;

namespace {

enum Who { Anonymous, Citizen, OwnCaseworker, OtherCaseworker, Lead, Admin, WhoCount };

const char *const kWhoNames[WhoCount] = { "anonymous",    "citizen", "caseworker",
                                          "other office", "lead",    "admin" };

const QString kDogTax = QStringLiteral("hundesteuer-anmeldung");

struct Expectation
{
    QByteArray method;
    QString path; // as in the route table
    std::array<int, WhoCount> status; // by Who
    QJsonObject body; // POST and PUT only
    // Bodies that must be built from the data (a whole service document).
    QJsonObject (*makeBody)(TestBackend &backend, const QString &adminToken) = nullptr;
};

QJsonObject dogTaxDocument(TestBackend &backend, const QString &adminToken)
{
    return backend.http()
        .get(QStringLiteral("/api/v1/admin/services/") + kDogTax, adminToken)
        .json();
}

QJsonObject newServiceDocument(TestBackend &backend, const QString &adminToken)
{
    QJsonObject document = dogTaxDocument(backend, adminToken);
    document.remove(QStringLiteral("version"));
    document.remove(QStringLiteral("updated_at"));
    document.insert(QStringLiteral("id"), QStringLiteral("matrix-dienst"));
    return document;
}

QJsonObject editedServiceDocument(TestBackend &backend, const QString &adminToken)
{
    QJsonObject document = dogTaxDocument(backend, adminToken);
    document.insert(QStringLiteral("title"),
                    QJsonObject { { "de", "Hund anmelden (neu)" }, { "en", "Register a dog" } });
    return document;
}

const QJsonObject kNewStaffAccount { { "username", "sb.matrix" },
                                     { "display_name", "Sachbearbeitung Matrix" },
                                     { "role", "caseworker" },
                                     { "office_id", "steueramt" },
                                     { "password", "Amtsstube-2026" } };

// The matrix. Allowed calls name an unknown id where making the object
// (a transfer, a payment, a message) is other tests' business: their status
// is then the 404 of a caller who may ask.
const QList<Expectation> &matrix()
{
    static const QList<Expectation> rows {
        { "GET",
          QStringLiteral("/api/v1/staff/citizens/{id}/records"),
          { 401, 403, 200, 200, 200, 403 },
          {} },
        { "GET", QStringLiteral("/api/v1/staff/cases"), { 401, 403, 200, 200, 200, 403 }, {} },
        { "GET", QStringLiteral("/api/v1/staff/cases/{id}"), { 401, 403, 200, 404, 200, 403 }, {} },
        { "GET", QStringLiteral("/api/v1/staff/stats"), { 401, 403, 403, 403, 200, 403 }, {} },
        { "POST",
          QStringLiteral("/api/v1/staff/cases/{id}/assign"),
          { 401, 403, 200, 404, 200, 403 },
          { { QStringLiteral("assignee"), QStringLiteral("me") } } },
        { "POST",
          QStringLiteral("/api/v1/staff/cases/{id}/transition"),
          { 401, 403, 200, 404, 200, 403 },
          { { QStringLiteral("to"), QStringLiteral("in_review") } } },
        { "POST",
          QStringLiteral("/api/v1/staff/cases/{id}/notes"),
          { 401, 403, 201, 404, 201, 403 },
          { { QStringLiteral("body"), QStringLiteral("Rückruf vereinbart.") } } },
        { "POST",
          QStringLiteral("/api/v1/staff/cases/{id}/documents"),
          { 401, 403, 409, 404, 409, 403 },
          {} },
        { "GET",
          QStringLiteral("/api/v1/staff/cases/{id}/messages"),
          { 401, 403, 200, 404, 200, 403 },
          {} },
        { "POST",
          QStringLiteral("/api/v1/staff/cases/{id}/messages"),
          { 401, 403, 201, 404, 201, 403 },
          { { QStringLiteral("body"), QStringLiteral("Ihr Antrag ist eingegangen.") } } },
        { "GET", QStringLiteral("/api/v1/staff/messages"), { 401, 403, 200, 200, 200, 403 }, {} },
        { "POST",
          QStringLiteral("/api/v1/staff/messages/{id}/reply"),
          { 401, 403, 404, 404, 404, 403 },
          { { QStringLiteral("body"), QStringLiteral("Danke für den Hinweis.") } } },
        { "GET", QStringLiteral("/api/v1/staff/feedback"), { 401, 403, 403, 403, 200, 200 }, {} },
        { "POST", QStringLiteral("/api/v1/staff/transfers"), { 401, 403, 422, 422, 422, 403 }, {} },
        { "GET", QStringLiteral("/api/v1/staff/transfers"), { 401, 403, 200, 200, 200, 403 }, {} },
        { "GET",
          QStringLiteral("/api/v1/staff/transfers/{id}/records"),
          { 401, 403, 404, 404, 404, 403 },
          {} },
        { "POST",
          QStringLiteral("/api/v1/staff/payments/{id}/refund"),
          { 401, 403, 404, 404, 404, 403 },
          { { QStringLiteral("amount_cents"), 100 } } },
        // Administration: the administrator alone, whatever the office.
        { "GET", QStringLiteral("/api/v1/admin/staff"), { 401, 403, 403, 403, 403, 200 }, {} },
        { "POST",
          QStringLiteral("/api/v1/admin/staff"),
          { 401, 403, 403, 403, 403, 201 },
          kNewStaffAccount },
        { "GET",
          QStringLiteral("/api/v1/admin/staff/{id}"),
          { 401, 403, 403, 403, 403, 200 },
          {} },
        { "PUT",
          QStringLiteral("/api/v1/admin/staff/{id}"),
          { 401, 403, 403, 403, 403, 200 },
          { { QStringLiteral("display_name"), QStringLiteral("Steueramt (geändert)") } } },
        { "POST",
          QStringLiteral("/api/v1/admin/staff/{id}/totp"),
          { 401, 403, 403, 403, 403, 200 },
          {} },
        { "GET", QStringLiteral("/api/v1/admin/services"), { 401, 403, 403, 403, 403, 200 }, {} },
        { "POST",
          QStringLiteral("/api/v1/admin/services"),
          { 401, 403, 403, 403, 403, 201 },
          {},
          &newServiceDocument },
        { "GET",
          QStringLiteral("/api/v1/admin/services/{id}"),
          { 401, 403, 403, 403, 403, 200 },
          {} },
        { "PUT",
          QStringLiteral("/api/v1/admin/services/{id}"),
          { 401, 403, 403, 403, 403, 200 },
          {},
          &editedServiceDocument },
    };
    return rows;
}

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    default:
        return "OTHER";
    }
}

bool isCovered(QHttpServerRequest::Method method, const QString &path)
{
    const QByteArray name = methodName(method);
    for (const Expectation &row : matrix()) {
        if (row.path == path && row.method == name)
            return true;
    }
    return false;
}

} // namespace

class TestStaffAuthzMatrix : public QObject
{
    Q_OBJECT

private slots:
    void everyStaffRouteIsInTheMatrix()
    {
        int staffRoutes = 0;
        for (const server::http::Route &route : server::http::routeTable()) {
            if (!route.path.startsWith(QLatin1String("/api/v1/staff/")) &&
                !route.path.startsWith(QLatin1String("/api/v1/admin/")))
                continue;
            ++staffRoutes;
            QVERIFY2(methodName(route.method) != "OTHER", qPrintable(route.path));
            QVERIFY2(isCovered(route.method, route.path),
                     qPrintable(QStringLiteral("not in the matrix: ") + route.path));
        }
        // ... and the matrix names no route that is gone.
        QCOMPARE(staffRoutes, matrix().size());
    }

    void eachRoleGetsItsAnswer_data()
    {
        QTest::addColumn<int>("row");
        for (int i = 0; i < matrix().size(); ++i) {
            const Expectation &row = matrix().at(i);
            QTest::newRow(qPrintable(row.method + ' ' + row.path.toLatin1())) << i;
        }
    }
    void eachRoleGetsItsAnswer()
    {
        QFETCH(int, row);
        const Expectation &expected = matrix().at(row);
        TestBackend backend;
        QVERIFY2(backend.start(), qPrintable(backend.error()));
        const std::array<QString, WhoCount> tokens {
            QString(),
            accessToken(backend, QStringLiteral("erika")),
            staffToken(backend, QStringLiteral("sb.verkehr")),
            staffToken(backend, QStringLiteral("sb.elterngeld")),
            staffToken(backend, QStringLiteral("lead.verkehr")),
            staffToken(backend, QStringLiteral("admin")),
        };
        for (int who = Citizen; who < WhoCount; ++who)
            QVERIFY(!tokens.at(who).isEmpty());
        const QString steuerAccount =
            staffAccountId(backend, tokens.at(Admin), QStringLiteral("sb.steueramt"));
        QVERIFY(!steuerAccount.isEmpty());
        const QJsonObject body =
            expected.makeBody ? expected.makeBody(backend, tokens.at(Admin)) : expected.body;
        const QString citizenId =
            backend.http()
                .request("GET", QStringLiteral("/api/v1/me"), {},
                         { { "Authorization", "Bearer " + tokens.at(Citizen).toLatin1() } })
                .json()
                .value(QLatin1String("id"))
                .toString();

        QStringList actual;
        bool mismatch = false;
        for (int who = Anonymous; who < WhoCount; ++who) {
            // A fresh case of the road traffic office for every caller, so
            // that one allowed call does not decide the next one's answer.
            const QString caseId = submittedParkingCase(backend, tokens.at(Citizen));
            QVERIFY(!caseId.isEmpty());
            const QString reference = referenceOf(backend, caseId);
            QString path = expected.path;
            if (path.contains(QLatin1String("/cases/{id}")))
                path.replace(QLatin1String("{id}"), caseId);
            else if (path.startsWith(QLatin1String("/api/v1/admin/staff/")))
                path.replace(QLatin1String("{id}"), steuerAccount);
            else if (path.startsWith(QLatin1String("/api/v1/admin/services/")))
                path.replace(QLatin1String("{id}"), kDogTax);
            else if (path.contains(QLatin1String("/citizens/{id}")))
                path.replace(QLatin1String("{id}"), citizenId)
                    .append(QStringLiteral("?purpose=Antragspr%C3%BCfung"));
            else
                path.replace(QLatin1String("{id}"),
                             QUuid::createUuid().toString(QUuid::WithoutBraces));

            const QByteArray before = snapshot(backend);
            const HttpResponse response =
                call(backend, expected.method, path, body, tokens.at(who),
                     ifMatchFor(backend, path, caseId, tokens.at(Admin)));
            actual.append(
                QStringLiteral("%1 %2").arg(QLatin1String(kWhoNames[who])).arg(response.status));
            if (response.status != expected.status.at(who))
                mismatch = true;
            if (response.status >= 400) {
                QVERIFY2(!response.body.contains("Mustermann"),
                         qPrintable(QStringLiteral("%1: %2").arg(
                             QLatin1String(kWhoNames[who]), QString::fromUtf8(response.body))));
                QVERIFY2(!response.body.contains(reference.toUtf8()), kWhoNames[who]);
                QVERIFY2(!response.body.contains(citizenId.toUtf8()) ||
                             expected.path.contains(QLatin1String("/citizens/")),
                         kWhoNames[who]);
                QVERIFY2(snapshot(backend) == before,
                         qPrintable(QStringLiteral("a refused call of %1 changed data")
                                        .arg(QLatin1String(kWhoNames[who]))));
            }
            if (response.status == 401)
                QCOMPARE(response.header("WWW-Authenticate"), QByteArray("Bearer"));
        }
        QVERIFY2(!mismatch, qPrintable(actual.join(QStringLiteral(", "))));
    }

private:
    static HttpResponse call(TestBackend &backend, const QByteArray &method, const QString &path,
                             const QJsonObject &body, const QString &token,
                             const QByteArray &ifMatch)
    {
        HttpClient::Headers headers;
        if (!token.isEmpty())
            headers.append(qMakePair(QByteArray("Authorization"), "Bearer " + token.toLatin1()));
        if (method == "GET")
            return backend.http().request("GET", path, {}, headers);
        headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
        headers.append(qMakePair(QByteArray("Idempotency-Key"),
                                 QUuid::createUuid().toByteArray(QUuid::WithoutBraces)));
        headers.append(qMakePair(QByteArray("If-Match"), ifMatch));
        return backend.http().request(method, path,
                                      QJsonDocument(body).toJson(QJsonDocument::Compact), headers);
    }

    // The version a write must name: the service's for the catalogue, the
    // case's for everything else.
    static QByteArray ifMatchFor(TestBackend &backend, const QString &path, const QString &caseId,
                                 const QString &adminToken)
    {
        if (path.startsWith(QLatin1String("/api/v1/admin/services/"))) {
            return backend.http()
                .get(QStringLiteral("/api/v1/admin/services/") + kDogTax, adminToken)
                .header("ETag");
        }
        return QByteArray::number(caseVersion(backend, caseId));
    }

    static QString referenceOf(TestBackend &backend, const QString &id)
    {
        server::Database database = openDatabase(backend);
        return server::sql::scalar(
                   database.connection(),
                   QStringLiteral("SELECT reference FROM applications WHERE id = ?"), { id })
            .value_or(QVariant())
            .toString();
    }

    // A digest of what a call could change: the cases, the staff accounts,
    // the catalogue and every table a staff route writes (notes, documents,
    // messages, transfers, refunds, the citizens' access log and events).
    static QByteArray snapshot(TestBackend &backend)
    {
        server::Database database = openDatabase(backend);
        QCryptographicHash hash(QCryptographicHash::Sha256);
        QSqlQuery cases = server::sql::exec(
            database.connection(),
            QStringLiteral("SELECT id, status, version, COALESCE(assignee, ''), updated_at"
                           " FROM applications ORDER BY id"));
        while (cases.next()) {
            for (int column = 0; column < 5; ++column)
                hash.addData(cases.value(column).toString().toUtf8() + '|');
        }
        hashRows(database, hash,
                 QStringLiteral("SELECT id, username, display_name, role, COALESCE(office_id, ''),"
                                " password_hash, COALESCE(totp_secret, ''),"
                                " COALESCE(disabled_at, 0) FROM users ORDER BY id"));
        hashRows(database, hash, QStringLiteral("SELECT * FROM services ORDER BY id"));
        hashRows(database, hash,
                 QStringLiteral("SELECT id, COALESCE(revoked_at, 0) FROM sessions ORDER BY id"));
        for (const char *table :
             { "service_forms", "application_history", "case_notes", "documents", "message_threads", "messages",
               "transfers", "transfer_history", "payment_refunds", "access_log", "events",
               "feedback", "idempotency_keys" }) {
            hash.addData(server::sql::scalar(
                             database.connection(),
                             QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table)))
                             .value_or(QVariant())
                             .toString()
                             .toUtf8() +
                         '|');
        }
        return hash.result();
    }

    static void hashRows(server::Database &database, QCryptographicHash &hash, const QString &sql)
    {
        QSqlQuery rows = server::sql::exec(database.connection(), sql);
        while (rows.next()) {
            for (int column = 0; column < rows.record().count(); ++column)
                hash.addData(rows.value(column).toString().toUtf8() + '|');
        }
    }
};

QTEST_GUILESS_MAIN(TestStaffAuthzMatrix)
#include "test_staff_authz_matrix.moc"
