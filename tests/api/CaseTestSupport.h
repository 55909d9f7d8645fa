#pragma once

// Helpers for the staff case, document and events API tests: cases in a
// given state, requests with If-Match, a raw database handle.
#include "common/core/Clock.h"
#include "server/domain/CaseTransitions.h"
#include "server/store/Database.h"
#include "server/store/Sql.h"
#include "tests/api/ApplicationTestData.h"

#include <QJsonDocument>
#include <QUuid>

namespace rathaus::test {

inline server::Database openDatabase(TestBackend &backend)
{
    return server::Database(server::DatabaseUrl::parse(backend.database().url()).value());
}

inline HttpResponse sendJson(TestBackend &backend, const QByteArray &method, const QString &path,
                             const QString &token, const QJsonObject &body,
                             const QByteArray &ifMatch = {})
{
    HttpClient::Headers headers { { "Content-Type", "application/json" } };
    if (!token.isEmpty())
        headers.append({ "Authorization", "Bearer " + token.toLatin1() });
    if (!ifMatch.isEmpty())
        headers.append({ "If-Match", ifMatch });
    return backend.http().request(method, path, QJsonDocument(body).toJson(QJsonDocument::Compact),
                                  headers);
}

inline QString casePath(const QString &id, const QString &tail = {})
{
    return QStringLiteral("/api/v1/staff/cases/") + id + tail;
}

inline HttpResponse moveCase(TestBackend &backend, const QString &token, const QString &id,
                             const QJsonObject &body, int version)
{
    return sendJson(backend, "POST", casePath(id, QStringLiteral("/transition")), token, body,
                    QByteArray::number(version));
}

// A citizen's resident parking permit application (road traffic office),
// paid: the payment side moves it awaiting_payment -> submitted through
// the one transition function, as the payment code will.
inline QString submittedParkingCase(TestBackend &backend, const QString &citizenToken)
{
    const QString service = QStringLiteral("anwohnerparkausweis");
    const HttpResponse created = submitApplication(
        backend, citizenToken, QUuid::createUuid().toByteArray(QUuid::WithoutBraces),
        applicationBody(service, validData(service, backend.clock().now().date(),
                                           uploadPdf(backend, citizenToken))));
    if (created.status != 201)
        return {};
    const QString id = created.json().value(QLatin1String("id")).toString();
    server::Database database = openDatabase(backend);
    server::CaseActor payment;
    payment.kind = Actor::Payment;
    server::TransitionCommand paid;
    paid.applicationId = id;
    paid.to = ApplicationStatus::Submitted;
    paid.actor = payment;
    const auto outcome =
        server::CaseTransitions(database, backend.clock(), nullptr).transition(paid);
    return outcome ? id : QString();
}

inline int caseVersion(TestBackend &backend, const QString &id)
{
    server::Database database = openDatabase(backend);
    return server::sql::scalar(database.connection(),
                               QStringLiteral("SELECT version FROM applications WHERE id = ?"),
                               { id })
        .value_or(QVariant(-1))
        .toInt();
}

inline int countRows(TestBackend &backend, const QString &statement, const QVariantList &values)
{
    server::Database database = openDatabase(backend);
    return server::sql::scalar(database.connection(), statement, values)
        .value_or(QVariant(-1))
        .toInt();
}

} // namespace rathaus::test
