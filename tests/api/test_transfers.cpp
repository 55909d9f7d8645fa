// Once-only transfers with the citizen's consent (domain.md "Transfers and
// consents", api.md): the seed's story end to end, the state machine's
// refusals, narrowing, expiry on the clock, scoping for citizens and offices,
// citizen-initiated transfers and the export.
#include "common/domain/AccessLogChain.h"
#include "common/wire/AccessLogEntry.h"
#include "common/wire/Page.h"
#include "common/wire/Transfer.h"
#include "common/wire/WireTime.h"
#include "server/domain/Housekeeping.h"
#include "server/domain/TransferService.h"
#include "server/http/RouteTable.h"
#include "server/store/Database.h"
#include "server/store/DatabaseError.h"
#include "server/store/RecordRepository.h"
#include "server/store/Sql.h"

#include <QTest>
#include <QUrlQuery>

#include <algorithm>
#include <atomic>
#include <thread>
#include <vector>

#include "ApplicationTestData.h"

using namespace rathaus;
using namespace rathaus::test;

namespace {

const QString kPurpose = QStringLiteral("Elterngeldantrag: Nachweis der Geburt des Kindes");
const QString kLegalBasis = QStringLiteral("§ 2 Abs. 1 BEEG i. V. m. § 65 SGB I");

QString str(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

QStringList strings(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list.append(item.toString());
    return list;
}

} // namespace

class TestTransfers : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_backend = std::make_unique<TestBackend>();
        QVERIFY2(m_backend->start(), qPrintable(m_backend->error()));
        const QJsonObject erika = m_backend->login(QStringLiteral("erika")).json();
        m_erika = str(erika, "access_token");
        m_erikaId =
            erika.value(QLatin1String("user")).toObject().value(QLatin1String("id")).toString();
        QVERIFY(!m_erika.isEmpty());
        m_elterngeld = staff(QStringLiteral("sb.elterngeld"));
        QVERIFY(!m_elterngeld.isEmpty());
        m_applicationId = submit(m_erika, QStringLiteral("elterngeld-antrag"));
        QVERIFY(!m_applicationId.isEmpty());
        m_birthRecordId = recordIdOf(QStringLiteral("birth"));
        QVERIFY(!m_birthRecordId.isEmpty());
    }
    void cleanup()
    {
        m_database.reset();
        m_backend.reset();
    }

    void seedStoryEndToEnd()
    {
        // The parental-benefit office asks the registry office for the birth record.
        const HttpResponse requested = requestBirthRecord();
        QCOMPARE(requested.status, 201);
        const QJsonObject transfer = requested.json();
        const QString id = str(transfer, "id");
        QCOMPARE(str(transfer, "status"), QStringLiteral("requested"));
        QCOMPARE(str(transfer, "from_office_id"), QStringLiteral("standesamt"));
        QCOMPARE(str(transfer, "to_office_id"), QStringLiteral("elterngeldstelle"));
        QCOMPARE(str(transfer, "requested_by"), QStringLiteral("elterngeldstelle"));
        QCOMPARE(str(transfer, "application_id"), m_applicationId);
        QVERIFY(!transfer.contains(QLatin1String("records"))); // not for the office
        QVERIFY(Transfer::fromJson(transfer).ok());

        // Erika sees it first in her list: who, why, on what basis, which record.
        const HttpResponse mine = get(QStringLiteral("/api/v1/me/transfers"), m_erika);
        QCOMPARE(mine.status, 200);
        const QJsonArray items = mine.json().value(QLatin1String("items")).toArray();
        QCOMPARE(items.size(), 1);
        const QJsonObject pending = items.at(0).toObject();
        QCOMPARE(str(pending, "status"), QStringLiteral("requested"));
        QCOMPARE(pending.value(QLatin1String("from_office_name"))
                     .toObject()
                     .value(QLatin1String("de"))
                     .toString(),
                 QStringLiteral("Standesamt"));
        QCOMPARE(str(pending, "purpose"), kPurpose);
        QCOMPARE(str(pending, "legal_basis"), kLegalBasis);
        QCOMPARE(strings(pending.value(QLatin1String("categories"))),
                 QStringList { QStringLiteral("birth") });
        const QJsonArray concerned = pending.value(QLatin1String("records")).toArray();
        QCOMPARE(concerned.size(), 1);
        QCOMPARE(str(concerned.at(0).toObject(), "id"), m_birthRecordId);
        // The case by its reference and service, not by its id.
        const QString reference =
            str(get(QStringLiteral("/api/v1/applications/%1").arg(m_applicationId), m_erika).json(),
                "reference");
        QVERIFY(reference.startsWith(QLatin1String("LUN-")));
        QCOMPARE(str(pending, "application_reference"), reference);
        QCOMPARE(str(transfer, "application_reference"), reference);
        QVERIFY(!pending.value(QLatin1String("service_title"))
                     .toObject()
                     .value(QLatin1String("de"))
                     .toString()
                     .isEmpty());
        QVERIFY(pending.value(QLatin1String("request_expires_at")).isString());
        QVERIFY(pending.value(QLatin1String("expires_at")).isNull());

        // Nothing to read before the consent.
        QCOMPARE(get(copiesPath(id), m_elterngeld).status, 409);

        // One click.
        m_backend->clock().advance(60);
        const HttpResponse approved =
            post(QStringLiteral("/api/v1/me/transfers/%1/approve").arg(id), m_erika);
        QCOMPARE(approved.status, 200);
        QCOMPARE(str(approved.json(), "status"), QStringLiteral("delivered"));
        QCOMPARE(strings(approved.json().value(QLatin1String("approved_record_ids"))),
                 QStringList { m_birthRecordId });

        // The record is in the case: readable by the receiving office, logged.
        const HttpResponse copies = get(copiesPath(id), m_elterngeld);
        QCOMPARE(copies.status, 200);
        QCOMPARE(copies.jsonArray().size(), 1);
        const QJsonObject copy = copies.jsonArray().at(0).toObject();
        QCOMPARE(str(copy, "id"), m_birthRecordId);
        QCOMPARE(str(copy, "category"), QStringLiteral("birth"));
        QVERIFY(copies.body.contains("Leon"));

        const QList<AccessLogEntry> log = fullLog();
        QCOMPARE(log.size(), 3);
        QCOMPARE(log.at(0).action, AccessAction::TransferOut);
        QCOMPARE(log.at(0).officeId, QStringLiteral("standesamt"));
        QCOMPARE(log.at(1).action, AccessAction::TransferIn);
        QCOMPARE(log.at(1).officeId, QStringLiteral("elterngeldstelle"));
        QCOMPARE(log.at(2).action, AccessAction::Read);
        QCOMPARE(log.at(2).officeId, QStringLiteral("elterngeldstelle"));
        QVERIFY(log.at(2).actor.startsWith(QLatin1String("staff-")));
        for (const AccessLogEntry &entry : log) {
            QCOMPARE(entry.consentId, id);
            QCOMPARE(entry.applicationId, m_applicationId);
            QCOMPARE(entry.recordId, m_birthRecordId);
            QCOMPARE(entry.purpose, kPurpose);
            QCOMPARE(entry.legalBasis, kLegalBasis);
        }
        QVERIFY(!AccessLogChain::verifyChain(log));

        // Both offices see it in their lists; the case filter finds it.
        const HttpResponse incoming =
            get(QStringLiteral("/api/v1/staff/transfers?application_id=%1").arg(m_applicationId),
                m_elterngeld);
        QCOMPARE(incoming.status, 200);
        QCOMPARE(incoming.json().value(QLatin1String("items")).toArray().size(), 1);
        const QString standesamt = staff(QStringLiteral("sb.standesamt"));
        const HttpResponse outgoing = get(QStringLiteral("/api/v1/staff/transfers"), standesamt);
        QCOMPARE(outgoing.json().value(QLatin1String("items")).toArray().size(), 1);
        QCOMPARE(
            str(outgoing.json().value(QLatin1String("items")).toArray().at(0).toObject(), "status"),
            QStringLiteral("delivered"));

        // Later she withdraws: the copy is marked for deletion, and that is logged.
        advance(3600);
        const HttpResponse withdrawn =
            post(QStringLiteral("/api/v1/me/transfers/%1/withdraw").arg(id), m_erika);
        QCOMPARE(withdrawn.status, 200);
        QCOMPARE(str(withdrawn.json(), "status"), QStringLiteral("withdrawn"));
        QVERIFY(withdrawn.json().value(QLatin1String("copies_marked_for_deletion_at")).isString());
        const QList<AccessLogEntry> after = fullLog();
        QCOMPARE(after.size(), 4);
        QCOMPARE(after.at(3).action, AccessAction::Update);
        QCOMPARE(after.at(3).officeId, QStringLiteral("elterngeldstelle"));
        QCOMPARE(after.at(3).consentId, id);
        QCOMPARE(after.at(3).recordId, m_birthRecordId);
        QVERIFY(after.at(3).purpose.contains(QLatin1String("widerrufen")));
        QVERIFY(!AccessLogChain::verifyChain(after));
        QCOMPARE(get(copiesPath(id), m_elterngeld).status, 409);

        // Marked, then deleted by housekeeping.
        QCOMPARE(copyRows(id, true), 1);
        runHousekeeping();
        QCOMPARE(copyRows(id, false), 0);
    }

    // Every GET under /api/v1/staff, sorted into the paths that hand out a
    // citizen's record (each access writes exactly one log entry per record
    // it returns) and the rest (no entry, and none of the record's content).
    // A new staff path fails here until it is sorted in.
    void everyStaffPathThatReturnsARecordLogsOnce()
    {
        const QString id = str(requestBirthRecord().json(), "id");
        QCOMPARE(act(id, "approve").status, 200);
        const QString standesamt = staff(QStringLiteral("sb.standesamt"));
        const QString lead = staff(QStringLiteral("lead.verkehr"));
        QUrlQuery purpose;
        purpose.addQueryItem(QStringLiteral("purpose"), QStringLiteral("Nachbeurkundung"));
        struct Read
        {
            QString path;
            QString token;
        };
        const QMap<QString, Read> returnsRecords {
            { QStringLiteral("/api/v1/staff/cases/{id}"),
              { QStringLiteral("/api/v1/staff/cases/") + m_applicationId, m_elterngeld } },
            { QStringLiteral("/api/v1/staff/citizens/{id}/records"),
              { QStringLiteral("/api/v1/staff/citizens/%1/records?%2")
                    .arg(m_erikaId, purpose.query(QUrl::FullyEncoded)),
                standesamt } },
            { QStringLiteral("/api/v1/staff/transfers/{id}/records"),
              { copiesPath(id), m_elterngeld } },
        };
        const QMap<QString, Read> noRecords {
            { QStringLiteral("/api/v1/staff/cases"),
              { QStringLiteral("/api/v1/staff/cases"), m_elterngeld } },
            { QStringLiteral("/api/v1/staff/cases/{id}/messages"),
              { QStringLiteral("/api/v1/staff/cases/%1/messages").arg(m_applicationId),
                m_elterngeld } },
            { QStringLiteral("/api/v1/staff/messages"),
              { QStringLiteral("/api/v1/staff/messages"), standesamt } },
            { QStringLiteral("/api/v1/staff/transfers"),
              { QStringLiteral("/api/v1/staff/transfers"), m_elterngeld } },
            { QStringLiteral("/api/v1/staff/feedback"),
              { QStringLiteral("/api/v1/staff/feedback"), lead } },
            { QStringLiteral("/api/v1/staff/stats"),
              { QStringLiteral("/api/v1/staff/stats"), lead } },
        };
        for (const server::http::Route &route : server::http::routeTable()) {
            if (route.method == QHttpServerRequest::Method::Get &&
                route.path.startsWith(QLatin1String("/api/v1/staff/")))
                QVERIFY2(returnsRecords.contains(route.path) || noRecords.contains(route.path),
                         qPrintable(route.path));
        }

        // The birth record's register number: in the record, in no case.
        const QByteArray registerNumber = "G 1123/2026";
        for (auto it = returnsRecords.cbegin(); it != returnsRecords.cend(); ++it) {
            const qsizetype before = fullLog().size();
            const HttpResponse read = get(it->path, it->token);
            QVERIFY2(read.status == 200, qPrintable(it.key()));
            QCOMPARE(fullLog().size(), before + 1);
            // The same read again is another access, logged again.
            QCOMPARE(get(it->path, it->token).status, 200);
            QCOMPARE(fullLog().size(), before + 2);
        }
        const qsizetype logged = fullLog().size();
        for (auto it = noRecords.cbegin(); it != noRecords.cend(); ++it) {
            const HttpResponse read = get(it->path, it->token);
            QVERIFY2(read.status == 200,
                     qPrintable(it.key() + QLatin1Char(' ') + QString::number(read.status)));
            QVERIFY2(!read.body.contains(registerNumber), qPrintable(it.key()));
        }
        QCOMPARE(fullLog().size(), logged);
    }

    void illegalMovesAre409()
    {
        // requested: withdraw is not a move from here.
        const QString first = str(requestBirthRecord().json(), "id");
        QCOMPARE(act(first, "withdraw").status, 409);
        QCOMPARE(problemSlug(act(first, "withdraw")), QStringLiteral("invalid-transition"));
        // delivered: neither approve again nor decline.
        QCOMPARE(act(first, "approve").status, 200);
        QCOMPARE(act(first, "approve").status, 409);
        QCOMPARE(act(first, "decline").status, 409);
        // withdrawn: nothing more.
        QCOMPARE(act(first, "withdraw").status, 200);
        QCOMPARE(act(first, "withdraw").status, 409);
        QCOMPARE(act(first, "approve").status, 409);
        QCOMPARE(act(first, "decline").status, 409);

        // declined: final.
        m_backend->clock().advance(1);
        const QString second = str(requestBirthRecord().json(), "id");
        QCOMPARE(act(second, "decline").status, 200);
        QCOMPARE(act(second, "decline").status, 409);
        QCOMPARE(act(second, "approve").status, 409);
        QCOMPARE(act(second, "withdraw").status, 409);

        // Past its expiry a request can no longer be decided, even before the job ran.
        m_backend->clock().advance(1);
        const QString third = str(requestBirthRecord().json(), "id");
        advance(15 * 24 * 3600);
        QCOMPARE(problemSlug(act(third, "approve")), QStringLiteral("request-expired"));
        QCOMPARE(act(third, "decline").status, 409);
        runHousekeeping();
        QCOMPARE(statusOf(third), QStringLiteral("expired"));
        QCOMPARE(problemSlug(act(third, "approve")), QStringLiteral("invalid-transition"));
        QCOMPARE(act(third, "withdraw").status, 409);
        // Nothing was delivered by the refused moves: one transfer's worth of log
        // (out + in) plus its withdrawal.
        QCOMPARE(fullLog().size(), 3);
    }

    void expiryViaTheClock()
    {
        const QString id = str(requestBirthRecord().json(), "id");
        advance(13 * 24 * 3600);
        runHousekeeping();
        QCOMPARE(statusOf(id), QStringLiteral("requested"));
        advance(2 * 24 * 3600);
        runHousekeeping();
        QCOMPARE(statusOf(id), QStringLiteral("expired"));
        QVERIFY(fullLog().isEmpty());

        // A consent with an expiry: the copies go once it has passed.
        const QString consent = str(requestBirthRecord().json(), "id");
        // Whole seconds: the consent's expiry is kept to the second.
        const QString until = wire::toWireTime(
            QDateTime::fromSecsSinceEpoch(m_backend->clock().nowSeconds() + 24 * 3600, Qt::UTC));
        const HttpResponse approved =
            post(QStringLiteral("/api/v1/me/transfers/%1/approve").arg(consent), m_erika,
                 { { QStringLiteral("expires_at"), until } });
        QCOMPARE(approved.status, 200);
        QCOMPARE(str(approved.json(), "expires_at"), until);
        QCOMPARE(get(copiesPath(consent), m_elterngeld).status, 200);
        advance(2 * 24 * 3600);
        QCOMPARE(get(copiesPath(consent), m_elterngeld).status, 409); // before the job, too
        runHousekeeping();
        QCOMPARE(copyRows(consent, false), 0);
        const QList<AccessLogEntry> log = fullLog();
        QCOMPARE(log.constLast().action, AccessAction::Update);
        QVERIFY(log.constLast().purpose.contains(QLatin1String("abgelaufen")));
        QVERIFY(!AccessLogChain::verifyChain(log));
        // The job runs once per consent.
        runHousekeeping();
        QCOMPARE(fullLog().size(), log.size());
        // Withdrawing afterwards is still possible and marks nothing twice.
        QCOMPARE(act(consent, "withdraw").status, 200);
        QCOMPARE(fullLog().size(), log.size());

        QCOMPARE(post(QStringLiteral("/api/v1/me/transfers/%1/approve")
                          .arg(str(requestBirthRecord().json(), "id")),
                      m_erika,
                      { { QStringLiteral("expires_at"), QStringLiteral("2001-01-01T00:00:00Z") } })
                     .status,
                 422);
    }

    void narrowing()
    {
        // A second record at the registry office: Erika's own birth.
        const QString ownBirth =
            insertRecord(QStringLiteral("standesamt"), QStringLiteral("birth"));
        const QString id = str(requestBirthRecord().json(), "id");
        const QJsonArray concerned = myTransfer(id).value(QLatin1String("records")).toArray();
        QCOMPARE(concerned.size(), 2);

        const QString path = QStringLiteral("/api/v1/me/transfers/%1/approve").arg(id);
        const QString vehicle = recordIdOf(QStringLiteral("vehicle"));
        QCOMPARE(post(path, m_erika, { { QStringLiteral("record_ids"), QJsonArray { vehicle } } })
                     .status,
                 422);
        QCOMPARE(post(path, m_erika, { { QStringLiteral("record_ids"), QJsonArray {} } }).status,
                 422);
        QCOMPARE(
            post(path, m_erika, { { QStringLiteral("record_ids"), QStringLiteral("x") } }).status,
            422);
        QCOMPARE(statusOf(id), QStringLiteral("requested"));

        const HttpResponse approved = post(
            path, m_erika, { { QStringLiteral("record_ids"), QJsonArray { m_birthRecordId } } });
        QCOMPARE(approved.status, 200);
        QCOMPARE(strings(approved.json().value(QLatin1String("approved_record_ids"))),
                 QStringList { m_birthRecordId });
        const QJsonArray copies = get(copiesPath(id), m_elterngeld).jsonArray();
        QCOMPARE(copies.size(), 1);
        QCOMPARE(str(copies.at(0).toObject(), "id"), m_birthRecordId);
        for (const AccessLogEntry &entry : fullLog())
            QVERIFY(entry.recordId != ownBirth);
    }

    void anotherCitizensTransferIs404()
    {
        const QString id = str(requestBirthRecord().json(), "id");
        const QString max = accessToken(*m_backend, QStringLiteral("max"));
        QCOMPARE(get(QStringLiteral("/api/v1/me/transfers"), max)
                     .json()
                     .value(QLatin1String("items"))
                     .toArray()
                     .size(),
                 0);
        for (const char *action : { "approve", "decline", "withdraw" }) {
            QCOMPARE(
                post(QStringLiteral("/api/v1/me/transfers/%1/%2").arg(id, QLatin1String(action)),
                     max)
                    .status,
                404);
            QCOMPARE(
                post(
                    QStringLiteral("/api/v1/me/transfers/no-such-id/%1").arg(QLatin1String(action)),
                    m_erika)
                    .status,
                404);
        }
        QCOMPARE(statusOf(id), QStringLiteral("requested"));
        // Max's export holds nothing of hers.
        QVERIFY(!get(QStringLiteral("/api/v1/me/export"), max).body.contains(id.toLatin1()));
    }

    // Records and the log are only ever the caller's own: another citizen's
    // record is unknown (404), and another's log entries never show.
    void anotherCitizensRecordsAndLogAre404()
    {
        const QString id = str(requestBirthRecord().json(), "id");
        QCOMPARE(act(id, "approve").status, 200);
        QCOMPARE(fullLog().size(), 2);
        const QString max = accessToken(*m_backend, QStringLiteral("max"));
        const HttpResponse records = get(QStringLiteral("/api/v1/me/records"), max);
        QCOMPARE(records.status, 200);
        QVERIFY(!records.body.contains(m_birthRecordId.toLatin1()));
        QCOMPARE(
            get(QStringLiteral("/api/v1/me/records/%1/messages").arg(m_birthRecordId), max).status,
            404);
        QCOMPARE(create(QStringLiteral("/api/v1/me/records/%1/correction").arg(m_birthRecordId),
                        max, { { QStringLiteral("body"), QStringLiteral("Das ist falsch.") } })
                     .status,
                 404);
        const HttpResponse log = get(QStringLiteral("/api/v1/me/access-log"), max);
        QCOMPARE(log.status, 200);
        QCOMPARE(log.json().value(QLatin1String("items")).toArray().size(), 0);
        // Filtering by her office or a cursor does not reach into her log either.
        QCOMPARE(get(QStringLiteral("/api/v1/me/access-log?office_id=standesamt"), max)
                     .json()
                     .value(QLatin1String("items"))
                     .toArray()
                     .size(),
                 0);
        const QJsonObject export_ = get(QStringLiteral("/api/v1/me/export"), max).json();
        QCOMPARE(export_.value(QLatin1String("access_log")).toArray().size(), 0);
        QCOMPARE(export_.value(QLatin1String("transfers")).toArray().size(), 0);
    }

    void uninvolvedOfficeCanNeitherSeeNorAct()
    {
        const QString id = str(requestBirthRecord().json(), "id");
        QCOMPARE(act(id, "approve").status, 200);
        const QString verkehr = staff(QStringLiteral("sb.verkehr"));
        QCOMPARE(get(QStringLiteral("/api/v1/staff/transfers"), verkehr)
                     .json()
                     .value(QLatin1String("items"))
                     .toArray()
                     .size(),
                 0);
        QCOMPARE(get(copiesPath(id), verkehr).status, 404);
        // The sending office keeps its original; it holds no copy.
        QCOMPARE(get(copiesPath(id), staff(QStringLiteral("sb.standesamt"))).status, 404);
        // Staff cannot decide for the citizen.
        for (const char *action : { "approve", "decline", "withdraw" })
            QCOMPARE(
                post(QStringLiteral("/api/v1/me/transfers/%1/%2").arg(id, QLatin1String(action)),
                     verkehr)
                    .status,
                403);
        QCOMPARE(get(QStringLiteral("/api/v1/me/transfers"), verkehr).status, 403);
        // Citizens and admins are not office staff; nobody anonymous.
        QCOMPARE(get(QStringLiteral("/api/v1/staff/transfers"), m_erika).status, 403);
        QCOMPARE(get(copiesPath(id), m_erika).status, 403);
        QCOMPARE(
            get(QStringLiteral("/api/v1/staff/transfers"), staff(QStringLiteral("admin"))).status,
            403);
        QCOMPARE(get(QStringLiteral("/api/v1/staff/transfers"), QString()).status, 401);
        QCOMPARE(get(QStringLiteral("/api/v1/me/transfers"), QString()).status, 401);
        QCOMPARE(fullLog().size(), 2); // out + in; no read by anyone else
    }

    void staffRequestValidation()
    {
        QJsonObject body = requestBody();
        for (const char *key : { "purpose", "legal_basis", "application_id", "citizen_id",
                                 "from_office_id", "categories" }) {
            QJsonObject missing = body;
            missing.remove(QLatin1String(key));
            const HttpResponse response = staffPost(missing);
            QCOMPARE(response.status, 422);
            QVERIFY2(response.json()
                         .value(QLatin1String("errors"))
                         .toObject()
                         .contains(QLatin1String(key)),
                     key);
        }
        const auto with = [&](const char *key, const QJsonValue &value) {
            QJsonObject changed = body;
            changed.insert(QLatin1String(key), value);
            return staffPost(changed).status;
        };
        QCOMPARE(with("purpose", QStringLiteral("   ")), 422);
        QCOMPARE(with("categories", QJsonArray {}), 422);
        QCOMPARE(with("from_office_id", QStringLiteral("elterngeldstelle")), 422);
        QCOMPARE(with("from_office_id", QStringLiteral("nowhere")), 422);
        QCOMPARE(with("citizen_id", QStringLiteral("nobody")), 422);
        // A case of another office, another citizen's case, no case at all.
        const QString other = submit(m_erika, QStringLiteral("meldebescheinigung"));
        QCOMPARE(with("application_id", other), 422);
        const QString maxCase = submit(accessToken(*m_backend, QStringLiteral("max")),
                                       QStringLiteral("elterngeld-antrag"));
        QCOMPARE(with("application_id", maxCase), 422);
        QCOMPARE(with("application_id", QStringLiteral("no-such-case")), 422);
        // Not JSON.
        QCOMPARE(m_backend->http()
                     .request("POST", QStringLiteral("/api/v1/staff/transfers"), "x",
                              { { "Authorization", "Bearer " + m_elterngeld.toLatin1() },
                                { "Content-Type", "text/plain" },
                                { "Idempotency-Key", "k-415" } })
                     .status,
                 415);
        QCOMPARE(get(QStringLiteral("/api/v1/me/transfers"), m_erika)
                     .json()
                     .value(QLatin1String("items"))
                     .toArray()
                     .size(),
                 0);
    }

    void citizenInitiatedTransfer()
    {
        QJsonObject body { { QStringLiteral("from_office_id"), QStringLiteral("standesamt") },
                           { QStringLiteral("to_office_id"), QStringLiteral("elterngeldstelle") },
                           { QStringLiteral("record_ids"), QJsonArray { m_birthRecordId } },
                           { QStringLiteral("purpose"),
                             QStringLiteral("Für meinen Elterngeldantrag") },
                           { QStringLiteral("application_id"), m_applicationId } };
        const HttpResponse created = create(QStringLiteral("/api/v1/me/transfers"), m_erika, body);
        QCOMPARE(created.status, 201);
        const QJsonObject transfer = created.json();
        QCOMPARE(str(transfer, "status"), QStringLiteral("delivered"));
        QCOMPARE(str(transfer, "requested_by"), QStringLiteral("citizen"));
        QVERIFY(str(transfer, "legal_basis").contains(QLatin1String("DSGVO")));
        const QJsonArray copies = get(copiesPath(str(transfer, "id")), m_elterngeld).jsonArray();
        QCOMPARE(copies.size(), 1);
        const QList<AccessLogEntry> log = fullLog();
        QCOMPARE(log.size(), 3);
        QCOMPARE(log.at(0).action, AccessAction::TransferOut);
        QCOMPARE(log.at(1).action, AccessAction::TransferIn);
        QVERIFY(!AccessLogChain::verifyChain(log));

        const auto refused = [&](const char *key, const QJsonValue &value) {
            QJsonObject changed = body;
            changed.insert(QLatin1String(key), value);
            return create(QStringLiteral("/api/v1/me/transfers"), m_erika, changed).status;
        };
        QCOMPARE(refused("record_ids", QJsonArray { recordIdOf(QStringLiteral("vehicle")) }), 422);
        QCOMPARE(refused("to_office_id", QStringLiteral("standesamt")), 422);
        QCOMPARE(refused("application_id", submit(m_erika, QStringLiteral("meldebescheinigung"))),
                 422);
        QCOMPARE(refused("purpose", QString()), 422);
        QCOMPARE(create(QStringLiteral("/api/v1/me/transfers"), m_elterngeld, body).status, 403);
        QCOMPARE(fullLog().size(), 3); // the refusals left no trace
    }

    void listsArePagedPendingFirst()
    {
        const QString delivered = str(requestBirthRecord().json(), "id");
        QCOMPARE(act(delivered, "approve").status, 200);
        for (int i = 0; i < 2; ++i) {
            m_backend->clock().advance(1);
            QCOMPARE(requestBirthRecord().status, 201);
        }
        const QJsonObject first =
            get(QStringLiteral("/api/v1/me/transfers?limit=2"), m_erika).json();
        const QJsonArray firstItems = first.value(QLatin1String("items")).toArray();
        QCOMPARE(firstItems.size(), 2);
        for (const QJsonValue &item : firstItems)
            QCOMPARE(str(item.toObject(), "status"), QStringLiteral("requested"));
        const QString cursor = str(first, "next_cursor");
        QVERIFY(!cursor.isEmpty());
        const QJsonObject second =
            get(QStringLiteral("/api/v1/me/transfers?limit=2&cursor=%1").arg(cursor), m_erika)
                .json();
        QCOMPARE(second.value(QLatin1String("items")).toArray().size(), 1);
        QCOMPARE(str(second.value(QLatin1String("items")).toArray().at(0).toObject(), "id"),
                 delivered);
        QVERIFY(second.value(QLatin1String("next_cursor")).isNull());

        QCOMPARE(get(QStringLiteral("/api/v1/me/transfers?status=delivered"), m_erika)
                     .json()
                     .value(QLatin1String("items"))
                     .toArray()
                     .size(),
                 1);
        const QJsonObject staffPage =
            get(QStringLiteral("/api/v1/staff/transfers?limit=2"), m_elterngeld).json();
        QCOMPARE(staffPage.value(QLatin1String("items")).toArray().size(), 2);
        const QJsonObject staffRest =
            get(QStringLiteral("/api/v1/staff/transfers?limit=2&cursor=%1")
                    .arg(str(staffPage, "next_cursor")),
                m_elterngeld)
                .json();
        QCOMPARE(staffRest.value(QLatin1String("items")).toArray().size(), 1);
        QCOMPARE(get(QStringLiteral("/api/v1/staff/transfers?status=requested"), m_elterngeld)
                     .json()
                     .value(QLatin1String("items"))
                     .toArray()
                     .size(),
                 2);

        for (const char *query : { "status=bogus", "cursor=abc", "limit=0", "limit=201" }) {
            QCOMPARE(
                get(QStringLiteral("/api/v1/me/transfers?%1").arg(QLatin1String(query)), m_erika)
                    .status,
                400);
            QCOMPARE(get(QStringLiteral("/api/v1/staff/transfers?%1").arg(QLatin1String(query)),
                         m_elterngeld)
                         .status,
                     400);
        }
    }

    void creatingTakesAnIdempotencyKey()
    {
        const HttpResponse first = staffPost(requestBody(), "same-key");
        QCOMPARE(first.status, 201);
        const HttpResponse again = staffPost(requestBody(), "same-key");
        QCOMPARE(again.status, 201);
        QCOMPARE(again.header("Idempotent-Replayed"), QByteArray("true"));
        QCOMPARE(again.body, first.body);
        QJsonObject other = requestBody();
        other.insert(QStringLiteral("purpose"), QStringLiteral("etwas anderes"));
        QCOMPARE(staffPost(other, "same-key").status, 409);
        QCOMPARE(problemSlug(staffPost(other, "same-key")),
                 QStringLiteral("idempotency-key-reuse"));
        // No key, or a bad one: 400.
        QCOMPARE(
            post(QStringLiteral("/api/v1/staff/transfers"), m_elterngeld, requestBody()).status,
            400);
        QCOMPARE(staffPost(requestBody(), "mit leerzeichen").status, 400);
        QCOMPARE(get(QStringLiteral("/api/v1/me/transfers"), m_erika)
                     .json()
                     .value(QLatin1String("items"))
                     .toArray()
                     .size(),
                 1);

        // The citizen's own transfer: one delivery however often it is sent.
        const QJsonObject body { { QStringLiteral("from_office_id"), QStringLiteral("standesamt") },
                                 { QStringLiteral("to_office_id"),
                                   QStringLiteral("elterngeldstelle") },
                                 { QStringLiteral("record_ids"), QJsonArray { m_birthRecordId } },
                                 { QStringLiteral("purpose"), QStringLiteral("Elterngeld") } };
        const QString path = QStringLiteral("/api/v1/me/transfers");
        const HttpResponse sent = create(path, m_erika, body, "citizen-key");
        QCOMPARE(sent.status, 201);
        QCOMPARE(create(path, m_erika, body, "citizen-key").body, sent.body);
        QCOMPARE(fullLog().size(), 2); // one transfer_out, one transfer_in
        QCOMPARE(post(path, m_erika, body).status, 400);
    }

    void concurrentApprovalsDeliverOnce()
    {
        // Straight at the service from several connections (as several
        // backend instances would): one approval wins, the rest are 409.
        const QString id = str(requestBirthRecord().json(), "id");
        server::Database &shared = database(); // made here, not raced for by the threads
        constexpr int kThreads = 4;
        std::atomic<int> delivered { 0 };
        std::atomic<int> refused { 0 };
        std::atomic<int> failures { 0 };
        std::vector<std::thread> threads;
        for (int i = 0; i < kThreads; ++i) {
            threads.emplace_back([&] {
                try {
                    const auto result = server::TransferService(shared, m_backend->clock())
                                            .approve(m_erikaId, id, {});
                    if (result)
                        ++delivered;
                    else if (result.problem().status == 409)
                        ++refused;
                    else
                        ++failures;
                } catch (const server::DatabaseError &error) {
                    qWarning() << "approve failed:" << error.message();
                    ++failures;
                }
            });
        }
        for (std::thread &thread : threads)
            thread.join();
        QCOMPARE(failures.load(), 0);
        QCOMPARE(delivered.load(), 1);
        QCOMPARE(refused.load(), kThreads - 1);
        QCOMPARE(copyRows(id, false), 1);
        const QList<AccessLogEntry> log = fullLog();
        QCOMPARE(log.size(), 2);
        QVERIFY(!AccessLogChain::verifyChain(log));
    }

    void failingLogWriteFailsTheDelivery()
    {
        const QString id = str(requestBirthRecord().json(), "id");
        const QSqlDatabase db = database().connection();
        const bool postgres = m_backend->database().isPostgres();
        if (postgres) {
            server::sql::exec(db,
                              QStringLiteral("CREATE FUNCTION refuse_access_log() RETURNS"
                                             " trigger LANGUAGE plpgsql AS $$ BEGIN"
                                             " RAISE EXCEPTION 'access log refused'; END $$"));
            server::sql::exec(db,
                              QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON"
                                             " access_log FOR EACH ROW EXECUTE FUNCTION"
                                             " refuse_access_log()"));
        } else {
            server::sql::exec(db,
                              QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON"
                                             " access_log BEGIN SELECT RAISE(ABORT,"
                                             " 'access log refused'); END"));
        }
        const HttpResponse refused = act(id, "approve");
        QCOMPARE(refused.status, 503);
        QVERIFY(!refused.body.contains("Leon"));
        QCOMPARE(statusOf(id), QStringLiteral("requested"));
        QCOMPARE(copyRows(id, false), 0);

        server::sql::exec(db,
                          postgres ? QStringLiteral("DROP TRIGGER refuse ON access_log")
                                   : QStringLiteral("DROP TRIGGER refuse"));
        QCOMPARE(act(id, "approve").status, 200);
        QCOMPARE(copyRows(id, false), 1);
        QCOMPARE(fullLog().size(), 2);
    }

    void exportHoldsEverything()
    {
        const QString id = str(requestBirthRecord().json(), "id");
        QCOMPARE(act(id, "approve").status, 200);
        QCOMPARE(get(copiesPath(id), m_elterngeld).status, 200);

        const HttpResponse response = get(QStringLiteral("/api/v1/me/export"), m_erika);
        QCOMPARE(response.status, 200);
        const QJsonObject document = response.json();
        QCOMPARE(document.value(QLatin1String("profile"))
                     .toObject()
                     .value(QLatin1String("username"))
                     .toString(),
                 QStringLiteral("erika"));
        const QJsonArray records = document.value(QLatin1String("records")).toArray();
        QCOMPARE(records.size(),
                 get(QStringLiteral("/api/v1/me/records"), m_erika).jsonArray().size());
        QVERIFY(records.size() >= 4);
        const QJsonArray applications = document.value(QLatin1String("applications")).toArray();
        QCOMPARE(applications.size(), 1);
        QCOMPARE(str(applications.at(0).toObject(), "id"), m_applicationId);
        QCOMPARE(applications.at(0).toObject().value(QLatin1String("history")).toArray().size(), 1);
        const QJsonArray log = document.value(QLatin1String("access_log")).toArray();
        QCOMPARE(log.size(), 3);
        QList<AccessLogEntry> entries;
        for (const QJsonValue &value : log) {
            const auto entry = AccessLogEntry::fromJson(value.toObject());
            QVERIFY(entry.ok());
            entries.append(entry.value());
        }
        QVERIFY(!AccessLogChain::verifyChain(entries)); // oldest first
        const QJsonArray transfers = document.value(QLatin1String("transfers")).toArray();
        QCOMPARE(transfers.size(), 1);
        QCOMPARE(str(transfers.at(0).toObject(), "id"), id);
        QCOMPARE(transfers.at(0).toObject().value(QLatin1String("history")).toArray().size(), 3);

        QCOMPARE(get(QStringLiteral("/api/v1/me/export"), m_elterngeld).status, 403);
        QCOMPARE(get(QStringLiteral("/api/v1/me/export"), QString()).status, 401);
    }

private:
    HttpResponse get(const QString &path, const QString &token)
    {
        return m_backend->http().get(path, token);
    }

    HttpResponse post(const QString &path, const QString &token, const QJsonObject &body = {})
    {
        return m_backend->http().postJson(path, body, token);
    }

    HttpResponse act(const QString &id, const char *action)
    {
        return post(QStringLiteral("/api/v1/me/transfers/%1/%2").arg(id, QLatin1String(action)),
                    m_erika);
    }

    // Moves the clock and signs in again (sessions die after 15 idle minutes).
    void advance(qint64 seconds)
    {
        m_backend->clock().advance(seconds);
        m_erika = accessToken(*m_backend, QStringLiteral("erika"));
        m_elterngeld = staff(QStringLiteral("sb.elterngeld"));
    }

    QString staff(const QString &username)
    {
        m_backend->clock().advance(30); // a TOTP code is good once
        return staffToken(*m_backend, username);
    }

    QString submit(const QString &token, const QString &serviceId)
    {
        static int counter = 0;
        const HttpResponse response = submitApplication(
            *m_backend, token, QByteArray("key-") + QByteArray::number(++counter),
            applicationBody(serviceId, validData(serviceId, m_backend->clock().now().date())));
        if (response.status != 201)
            qWarning() << "submission failed" << response.status << response.body;
        return str(response.json(), "id");
    }

    QJsonObject requestBody() const
    {
        return { { QStringLiteral("citizen_id"), m_erikaId },
                 { QStringLiteral("from_office_id"), QStringLiteral("standesamt") },
                 { QStringLiteral("categories"), QJsonArray { QStringLiteral("birth") } },
                 { QStringLiteral("purpose"), kPurpose },
                 { QStringLiteral("legal_basis"), kLegalBasis },
                 { QStringLiteral("application_id"), m_applicationId } };
    }

    // A creating POST with an Idempotency-Key (a fresh one unless given).
    HttpResponse create(const QString &path, const QString &token, const QJsonObject &body,
                        QByteArray key = {})
    {
        if (key.isEmpty())
            key = "transfer-" + QByteArray::number(++m_keys);
        return m_backend->http().request("POST", path,
                                         QJsonDocument(body).toJson(QJsonDocument::Compact),
                                         { { "Content-Type", "application/json" },
                                           { "Authorization", "Bearer " + token.toLatin1() },
                                           { "Idempotency-Key", key } });
    }

    HttpResponse staffPost(const QJsonObject &body, const QByteArray &key = {})
    {
        return create(QStringLiteral("/api/v1/staff/transfers"), m_elterngeld, body, key);
    }

    HttpResponse requestBirthRecord()
    {
        const HttpResponse response = staffPost(requestBody());
        if (response.status != 201)
            qWarning() << "request failed" << response.status << response.body;
        return response;
    }

    static QString copiesPath(const QString &id)
    {
        return QStringLiteral("/api/v1/staff/transfers/%1/records").arg(id);
    }

    QJsonObject myTransfer(const QString &id)
    {
        const QJsonArray items = get(QStringLiteral("/api/v1/me/transfers?limit=200"), m_erika)
                                     .json()
                                     .value(QLatin1String("items"))
                                     .toArray();
        for (const QJsonValue &item : items) {
            if (str(item.toObject(), "id") == id)
                return item.toObject();
        }
        return {};
    }

    QString statusOf(const QString &id) { return str(myTransfer(id), "status"); }

    QString recordIdOf(const QString &category)
    {
        for (const QJsonValue &value :
             get(QStringLiteral("/api/v1/me/records"), m_erika).jsonArray()) {
            if (str(value.toObject(), "category") == category)
                return str(value.toObject(), "id");
        }
        return {};
    }

    server::Database &database()
    {
        if (!m_database)
            m_database = std::make_unique<server::Database>(
                server::DatabaseUrl::parse(m_backend->database().url()).value());
        return *m_database;
    }

    QString insertRecord(const QString &officeId, const QString &category)
    {
        server::StoredRecord record;
        record.id = QStringLiteral("extra-%1").arg(category);
        record.citizenId = m_erikaId;
        record.officeId = officeId;
        record.category = category;
        record.title = { QStringLiteral("Geburtseintrag: Erika Mustermann"),
                         QStringLiteral("Birth record: Erika Mustermann") };
        record.fields = QJsonArray {};
        record.legalBasis = QStringLiteral("§ 21 PStG");
        record.retention = QStringLiteral("110 Jahre");
        record.updatedAt = m_backend->clock().nowSeconds();
        server::RecordRepository(database().connection()).insertIfAbsent(record);
        return record.id;
    }

    int copyRows(const QString &transferId, bool markedOnly)
    {
        return server::sql::scalar(
                   database().connection(),
                   QStringLiteral("SELECT COUNT(*) FROM transfer_copies WHERE transfer_id = ?%1")
                       .arg(markedOnly ? QStringLiteral(" AND marked_for_deletion_at IS NOT NULL")
                                       : QString()),
                   { transferId })
            .value_or(-1)
            .toInt();
    }

    void runHousekeeping() { server::Housekeeping::run(database(), m_backend->clock()); }

    // Erika's whole visible log, oldest first (the order to verify in).
    QList<AccessLogEntry> fullLog()
    {
        QList<AccessLogEntry> all;
        QString cursor;
        do {
            QString path = QStringLiteral("/api/v1/me/access-log?limit=200");
            if (!cursor.isEmpty())
                path += QStringLiteral("&cursor=") + cursor;
            const HttpResponse response = get(path, m_erika);
            const auto page = Page<AccessLogEntry>::fromJson(response.json());
            if (!page.ok()) {
                qWarning() << "access log" << response.status << response.body;
                break;
            }
            all += page.value().items;
            cursor = page.value().nextCursor;
        } while (!cursor.isEmpty());
        std::reverse(all.begin(), all.end());
        return all;
    }

    std::unique_ptr<TestBackend> m_backend;
    std::unique_ptr<server::Database> m_database;
    QString m_erika;
    QString m_erikaId;
    QString m_elterngeld;
    QString m_applicationId;
    QString m_birthRecordId;
    int m_keys = 0;
};

QTEST_GUILESS_MAIN(TestTransfers)
#include "test_transfers.moc"
