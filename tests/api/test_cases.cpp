// The office's side of a case (api.md "Staff"): the queue, the case view
// (a logged read), assignment, transitions with If-Match, internal notes;
// who may do what (quality.md "Authorization matrix").
#include "common/wire/AccessLogEntry.h"
#include "common/wire/Application.h"
#include "common/wire/Page.h"
#include "common/wire/WireTime.h"
#include "server/store/DatabaseError.h"
#include "tests/api/CaseTestSupport.h"

#include <QEventLoop>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSet>
#include <QTest>
#include <QTimer>

#include <atomic>
#include <thread>
#include <vector>

using namespace rathaus;
using namespace rathaus::test;

namespace {

const QJsonObject kToReview { { QStringLiteral("to"), QStringLiteral("in_review") } };
const QJsonObject kApprove { { QStringLiteral("to"), QStringLiteral("approved") } };

} // namespace

class TestCases : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_backend = std::make_unique<TestBackend>();
        QVERIFY2(m_backend->start(), qPrintable(m_backend->error()));
        m_erika = accessToken(*m_backend, QStringLiteral("erika"));
        m_max = accessToken(*m_backend, QStringLiteral("max"));
        m_verkehr = staffToken(*m_backend, QStringLiteral("sb.verkehr"));
        m_lead = staffToken(*m_backend, QStringLiteral("lead.verkehr"));
        m_elterngeld = staffToken(*m_backend, QStringLiteral("sb.elterngeld"));
        m_admin = staffToken(*m_backend, QStringLiteral("admin"));
        for (const QString *token : { &m_erika, &m_max, &m_verkehr, &m_lead, &m_elterngeld, &m_admin })
            QVERIFY(!token->isEmpty());
        m_case = submittedParkingCase(*m_backend, m_erika);
        QVERIFY(!m_case.isEmpty());
    }
    void cleanup() { m_backend.reset(); }

    void officeQueueListsItsCases()
    {
        const HttpResponse page = get(QStringLiteral("/api/v1/staff/cases"), m_verkehr);
        QCOMPARE(page.status, 200);
        const QJsonArray items = page.json().value(QLatin1String("items")).toArray();
        QCOMPARE(items.size(), 1);
        const QJsonObject item = items.at(0).toObject();
        QCOMPARE(item.value(QLatin1String("id")).toString(), m_case);
        QCOMPARE(item.value(QLatin1String("citizen_name")).toString(),
                 QStringLiteral("Erika Mustermann"));
        QCOMPARE(item.value(QLatin1String("status")).toString(), QStringLiteral("submitted"));
        QCOMPARE(item.value(QLatin1String("service_title")).toString(),
                 QStringLiteral("Bewohnerparkausweis"));
        // German is the default for any language but English.
        const HttpResponse french = m_backend->http().request(
            "GET", QStringLiteral("/api/v1/staff/cases"), {},
            { { "Authorization", "Bearer " + m_verkehr.toLatin1() }, { "Accept-Language", "fr" } });
        QVERIFY(french.body.contains("Bewohnerparkausweis"));
        QVERIFY(item.value(QLatin1String("assignee")).isNull());
        QCOMPARE(item.value(QLatin1String("overdue")).toBool(), false);
        QCOMPARE(item.value(QLatin1String("version")).toInt(), 2);
        QVERIFY(page.json().value(QLatin1String("next_cursor")).isNull());

        // English titles on request.
        const HttpResponse english = m_backend->http().request(
            "GET", QStringLiteral("/api/v1/staff/cases"), {},
            { { "Authorization", "Bearer " + m_verkehr.toLatin1() },
              { "Accept-Language", "en-GB,en;q=0.9,de;q=0.5" } });
        QCOMPARE(english.json()
                     .value(QLatin1String("items"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QLatin1String("service_title"))
                     .toString(),
                 QStringLiteral("Resident parking permit"));

        // Another office sees none of it.
        const HttpResponse other = get(QStringLiteral("/api/v1/staff/cases"), m_elterngeld);
        QCOMPARE(other.status, 200);
        QCOMPARE(other.json().value(QLatin1String("items")).toArray().size(), 0);
        QVERIFY(!other.body.contains("Mustermann"));
    }

    void filtersAndPaging()
    {
        QStringList ids { m_case };
        for (int i = 0; i < 4; ++i) {
            m_backend->clock().advance(60);
            ids.append(submittedParkingCase(*m_backend, i % 2 ? m_erika : m_max));
            QVERIFY(!ids.constLast().isEmpty());
        }
        // Oldest first, two per page, no duplicates, nothing lost.
        QStringList seen;
        QString cursor;
        do {
            QString path = QStringLiteral("/api/v1/staff/cases?limit=2");
            if (!cursor.isEmpty())
                path += QStringLiteral("&cursor=") + cursor;
            const HttpResponse page = get(path, m_verkehr);
            QCOMPARE(page.status, 200);
            for (const QJsonValue &item : page.json().value(QLatin1String("items")).toArray())
                seen.append(item.toObject().value(QLatin1String("id")).toString());
            cursor = page.json().value(QLatin1String("next_cursor")).toString();
        } while (!cursor.isEmpty());
        QCOMPARE(seen, ids);

        QCOMPARE(moveCase(*m_backend, m_verkehr, ids.at(1), kToReview, 2).status, 200);
        QCOMPARE(listIds(QStringLiteral("status=in_review")), QStringList { ids.at(1) });
        QCOMPARE(listIds(QStringLiteral("assignee=me")), QStringList { ids.at(1) });
        QCOMPARE(listIds(QStringLiteral("assignee=unassigned")).size(), 4);
        QCOMPARE(listIds(QStringLiteral("service_id=anwohnerparkausweis")).size(), 5);
        QCOMPARE(listIds(QStringLiteral("service_id=meldebescheinigung")).size(), 0);
        QCOMPARE(listIds(QStringLiteral("q=max")).size(), 2);
        QCOMPARE(listIds(QStringLiteral("q=MUSTERMANN")).size(), 5);
        const QString reference =
            caseItem(ids.at(3)).value(QLatin1String("reference")).toString();
        QCOMPARE(listIds(QStringLiteral("q=") + reference.toLower()), QStringList { ids.at(3) });
        QCOMPARE(listIds(QStringLiteral("q=%25")).size(), 0); // a literal %, not a wildcard
        // Names match by the start of their words (an index range per word).
        QCOMPARE(listIds(QStringLiteral("q=muster")).size(), 5);
        QCOMPARE(listIds(QStringLiteral("q=Erika%20MUST")).size(), 3);
        QCOMPARE(listIds(QStringLiteral("q=ustermann")).size(), 0);

        QCOMPARE(listIds(QStringLiteral("overdue=true")).size(), 0);
        m_backend->clock().advance(30LL * 24 * 3600);
        m_verkehr = staffToken(*m_backend, QStringLiteral("sb.verkehr")); // 12 h at most
        QCOMPARE(listIds(QStringLiteral("overdue=true")).size(), 5);
        QVERIFY(caseItem(ids.at(0)).value(QLatin1String("overdue")).toBool());

        for (const QString &bad : { QStringLiteral("status=nope"), QStringLiteral("overdue=yes"),
                                    QStringLiteral("limit=0"), QStringLiteral("cursor=%%%") }) {
            const HttpResponse refused =
                get(QStringLiteral("/api/v1/staff/cases?") + bad, m_verkehr);
            QCOMPARE(refused.status, 400);
            QCOMPARE(problemSlug(refused), QStringLiteral("invalid-query"));
        }
    }

    void caseViewIsALoggedRead()
    {
        QCOMPARE(accessLogSize(), 0);
        const HttpResponse view = get(casePath(m_case), m_verkehr);
        QCOMPARE(view.status, 200);
        const QJsonObject json = view.json();
        QCOMPARE(json.value(QLatin1String("id")).toString(), m_case);
        QCOMPARE(json.value(QLatin1String("version")).toInt(), 2);
        QCOMPARE(json.value(QLatin1String("citizen"))
                     .toObject()
                     .value(QLatin1String("name"))
                     .toString(),
                 QStringLiteral("Erika Mustermann"));
        QCOMPARE(json.value(QLatin1String("status_label")).toString(), QStringLiteral("Eingereicht"));
        QCOMPARE(json.value(QLatin1String("history")).toArray().size(), 2);
        QCOMPARE(json.value(QLatin1String("next_statuses")).toArray(),
                 QJsonArray { QStringLiteral("in_review") });
        QVERIFY(json.value(QLatin1String("data")).toObject().contains(QLatin1String("plate")));
        QVERIFY(ApplicationDetail::fromJson(json).ok());

        // Exactly one entry, the office's, for this case.
        const HttpResponse log = get(QStringLiteral("/api/v1/me/access-log"), m_erika);
        const auto entries = Page<AccessLogEntry>::fromJson(log.json());
        QVERIFY(entries.ok());
        QCOMPARE(entries.value().items.size(), 1);
        const AccessLogEntry &entry = entries.value().items.at(0);
        QCOMPARE(entry.action, AccessAction::Read);
        QCOMPARE(entry.officeId, QStringLiteral("strassenverkehrsamt"));
        QCOMPARE(entry.applicationId, m_case);
        QCOMPARE(entry.category, QStringLiteral("application"));
        QVERIFY(entry.purpose.contains(json.value(QLatin1String("reference")).toString()));
        QVERIFY(entry.legalBasis.contains(QLatin1String("StVO")));

        // Not found and other offices: not logged.
        QCOMPARE(get(casePath(m_case), m_elterngeld).status, 404);
        QCOMPARE(get(casePath(QUuid::createUuid().toString(QUuid::WithoutBraces)), m_verkehr).status,
                 404);
        QCOMPARE(accessLogSize(), 1);
    }

    void failingLogWriteFailsTheCaseRead()
    {
        server::Database database = openDatabase(*m_backend);
        const QSqlDatabase db = database.connection();
        const bool postgres = m_backend->database().isPostgres();
        if (postgres) {
            server::sql::exec(db, QStringLiteral("CREATE FUNCTION refuse_log() RETURNS trigger"
                                                 " LANGUAGE plpgsql AS $$ BEGIN"
                                                 " RAISE EXCEPTION 'refused'; END $$"));
            server::sql::exec(db, QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON access_log"
                                                 " FOR EACH ROW EXECUTE FUNCTION refuse_log()"));
        } else {
            server::sql::exec(db, QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON access_log"
                                                 " BEGIN SELECT RAISE(ABORT, 'refused'); END"));
        }
        const HttpResponse refused = get(casePath(m_case), m_verkehr);
        QCOMPARE(refused.status, 503);
        QVERIFY(!refused.body.contains("Mustermann"));
        QVERIFY(!refused.body.contains("L-EM"));
        server::sql::exec(db, postgres ? QStringLiteral("DROP TRIGGER refuse ON access_log")
                                       : QStringLiteral("DROP TRIGGER refuse"));
        QCOMPARE(get(casePath(m_case), m_verkehr).status, 200);
        QCOMPARE(accessLogSize(), 1);
    }

    void authorizationMatrix()
    {
        const QString reference = caseItem(m_case).value(QLatin1String("reference")).toString();
        QVERIFY(!reference.isEmpty());
        struct Call
        {
            QByteArray method;
            QString path;
            QJsonObject body;
        };
        const QList<Call> calls {
            { "GET", QStringLiteral("/api/v1/staff/cases"), {} },
            { "GET", casePath(m_case), {} },
            { "POST", casePath(m_case, QStringLiteral("/assign")),
              { { QStringLiteral("assignee"), QStringLiteral("me") } } },
            { "POST", casePath(m_case, QStringLiteral("/transition")), kToReview },
            { "POST", casePath(m_case, QStringLiteral("/notes")),
              { { QStringLiteral("body"), QStringLiteral("geheime Notiz") } } },
            { "POST", casePath(m_case, QStringLiteral("/documents")), {} },
        };
        const auto send = [&](const Call &call, const QString &token) {
            return sendJson(*m_backend, call.method, call.path, token, call.body, "2");
        };
        for (const Call &call : calls) {
            const QString what = QString::fromLatin1(call.method) + QLatin1Char(' ') + call.path;
            const HttpResponse anonymous = send(call, QString());
            QVERIFY2(anonymous.status == 401, qPrintable(what));
            for (const QString &token : { m_erika, m_max, m_admin }) {
                const HttpResponse refused = send(call, token);
                QVERIFY2(refused.status == 403, qPrintable(what));
                QVERIFY2(!refused.body.contains(reference.toLatin1()), qPrintable(what));
                QVERIFY2(!refused.body.contains("Mustermann"), qPrintable(what));
            }
            const HttpResponse other = send(call, m_elterngeld);
            const int expected = call.path == QLatin1String("/api/v1/staff/cases") ? 200 : 404;
            QVERIFY2(other.status == expected, qPrintable(what + QString::number(other.status)));
            QVERIFY2(!other.body.contains(reference.toLatin1()), qPrintable(what));
            QVERIFY2(!other.body.contains("Mustermann"), qPrintable(what));
        }
        // Nothing changed, nothing read: no note, no assignee, same version, no log entry.
        QCOMPARE(caseVersion(*m_backend, m_case), 2);
        QCOMPARE(countRows(*m_backend, QStringLiteral("SELECT COUNT(*) FROM case_notes"), {}), 0);
        QCOMPARE(countRows(*m_backend,
                           QStringLiteral("SELECT COUNT(*) FROM applications WHERE assignee IS NOT"
                                          " NULL"),
                           {}),
                 0);
        QCOMPARE(accessLogSize(), 0);

        // The office's caseworker and lead may.
        for (const QString &token : { m_verkehr, m_lead })
            QCOMPARE(send(calls.at(0), token).status, 200);
        QCOMPARE(send(calls.at(1), m_lead).status, 200);
        QCOMPARE(send(calls.at(2), m_verkehr).status, 200);
        QCOMPARE(send(calls.at(3), m_lead).status, 200);
        QCOMPARE(send(calls.at(4), m_verkehr).status, 201);
        const HttpResponse notApproved = send(calls.at(5), m_verkehr);
        QCOMPARE(notApproved.status, 409);
        QCOMPARE(problemSlug(notApproved), QStringLiteral("invalid-transition"));
    }

    void assignmentRules()
    {
        const QString assign = casePath(m_case, QStringLiteral("/assign"));
        const auto assignTo = [&](const QString &token, const QJsonValue &who) {
            return sendJson(*m_backend, "POST", assign, token,
                            { { QStringLiteral("assignee"), who } });
        };
        const QString leadId = userId(m_lead);
        const QString caseworkerId = userId(m_verkehr);
        // A caseworker takes a free case ...
        HttpResponse taken = assignTo(m_verkehr, QStringLiteral("me"));
        QCOMPARE(taken.status, 200);
        QCOMPARE(taken.json().value(QLatin1String("assignee")).toString(), caseworkerId);
        QCOMPARE(taken.json().value(QLatin1String("version")).toInt(), 2); // not a status change
        // ... but not for someone else, and cannot take it from someone.
        QCOMPARE(assignTo(m_verkehr, leadId).status, 403);
        QCOMPARE(assignTo(m_lead, leadId).status, 200);
        QCOMPARE(assignTo(m_verkehr, QStringLiteral("me")).status, 403);
        QCOMPARE(assignTo(m_verkehr, QJsonValue::Null).status, 403);
        // The lead assigns anyone of the office, nobody else.
        QCOMPARE(assignTo(m_lead, caseworkerId).status, 200);
        QCOMPARE(assignTo(m_lead, userId(m_elterngeld)).status, 422);
        QCOMPARE(assignTo(m_lead, userId(m_erika)).status, 422);
        QCOMPARE(assignTo(m_lead, QJsonValue(5)).status, 422);
        QCOMPARE(sendJson(*m_backend, "POST", assign, m_lead, {}).status, 422);
        // The caseworker gives it back.
        QCOMPARE(assignTo(m_verkehr, QJsonValue::Null).status, 200);
        QCOMPARE(caseItem(m_case).value(QLatin1String("assignee")).isNull(), true);
    }

    void transitionsNeedIfMatchAndFollowTheTable()
    {
        const QString path = casePath(m_case, QStringLiteral("/transition"));
        const HttpResponse missing = sendJson(*m_backend, "POST", path, m_verkehr, kToReview);
        QCOMPARE(missing.status, 428);
        QCOMPARE(problemSlug(missing), QStringLiteral("if-match-required"));
        QCOMPARE(sendJson(*m_backend, "POST", path, m_verkehr, kToReview, "abc").status, 400);

        // Forbidden by the table: 409, no change.
        for (const QString &to : { QStringLiteral("approved"), QStringLiteral("completed"),
                                   QStringLiteral("withdrawn"), QStringLiteral("submitted") }) {
            const HttpResponse refused =
                moveCase(*m_backend, m_verkehr, m_case, { { QStringLiteral("to"), to } }, 2);
            QCOMPARE(refused.status, 409);
            QCOMPARE(problemSlug(refused), QStringLiteral("invalid-transition"));
        }
        QCOMPARE(moveCase(*m_backend, m_verkehr, m_case, { { QStringLiteral("to"), 7 } }, 2).status,
                 422);

        const HttpResponse review = moveCase(*m_backend, m_verkehr, m_case, kToReview, 2);
        QCOMPARE(review.status, 200);
        QCOMPARE(review.json().value(QLatin1String("version")).toInt(), 3);
        QCOMPARE(review.json().value(QLatin1String("assignee")).toString(), userId(m_verkehr));

        // reject needs a reason, suspend a reason and a future until, info_requested a note.
        const auto refusedField = [&](const QJsonObject &body, const QString &field) {
            const HttpResponse refused = moveCase(*m_backend, m_verkehr, m_case, body, 3);
            return refused.status == 422 &&
                refused.json().value(QLatin1String("errors")).toObject().contains(field);
        };
        QVERIFY(refusedField({ { QStringLiteral("to"), QStringLiteral("rejected") } },
                             QStringLiteral("reason")));
        QVERIFY(refusedField({ { QStringLiteral("to"), QStringLiteral("suspended") },
                               { QStringLiteral("reason"), QStringLiteral("Gutachten") } },
                             QStringLiteral("until")));
        const QString past = wire::toWireTime(m_backend->clock().now().addDays(-1));
        QVERIFY(refusedField({ { QStringLiteral("to"), QStringLiteral("suspended") },
                               { QStringLiteral("reason"), QStringLiteral("Gutachten") },
                               { QStringLiteral("until"), past } },
                             QStringLiteral("until")));
        QVERIFY(refusedField({ { QStringLiteral("to"), QStringLiteral("info_requested") } },
                             QStringLiteral("note")));
        QCOMPARE(caseVersion(*m_backend, m_case), 3);

        const QString until = wire::toWireTime(m_backend->clock().now().addDays(14));
        QCOMPARE(moveCase(*m_backend, m_verkehr, m_case,
                          { { QStringLiteral("to"), QStringLiteral("suspended") },
                            { QStringLiteral("reason"), QStringLiteral("Gutachten ausstehend") },
                            { QStringLiteral("until"), until } },
                          3)
                     .status,
                 200);
        QCOMPARE(moveCase(*m_backend, m_verkehr, m_case, kToReview, 4).status, 200);
        QCOMPARE(moveCase(*m_backend, m_verkehr, m_case,
                          { { QStringLiteral("to"), QStringLiteral("info_requested") },
                            { QStringLiteral("note"), QStringLiteral("Bitte Fahrzeugschein.") } },
                          5)
                     .status,
                 200);

        // The citizen sees the history with the question, in German by default.
        const HttpResponse mine = get(QStringLiteral("/api/v1/applications/") + m_case, m_erika);
        QCOMPARE(mine.status, 200);
        const auto detail = ApplicationDetail::fromJson(mine.json());
        QVERIFY(detail.ok());
        QCOMPARE(detail.value().summary.status, ApplicationStatus::InfoRequested);
        QCOMPARE(detail.value().statusLabel, QStringLiteral("Angaben benötigt"));
        const auto &history = detail.value().history;
        QCOMPARE(history.size(), 6);
        QCOMPARE(history.at(2).actor, Actor::Staff);
        QCOMPARE(history.at(2).actorName, QStringLiteral("Straßenverkehrsamt"));
        QCOMPARE(history.at(3).reason, QStringLiteral("Gutachten ausstehend"));
        QCOMPARE(history.at(3).until.toSecsSinceEpoch(), // stored in whole seconds
                 QDateTime::fromString(until, Qt::ISODateWithMs).toSecsSinceEpoch());
        QCOMPARE(history.at(5).note, QStringLiteral("Bitte Fahrzeugschein."));
        QVERIFY(!mine.body.contains(userId(m_verkehr).toLatin1()));

        const HttpResponse english = m_backend->http().request(
            "GET", QStringLiteral("/api/v1/applications/") + m_case, {},
            { { "Authorization", "Bearer " + m_erika.toLatin1() }, { "Accept-Language", "en" } });
        QCOMPARE(english.json().value(QLatin1String("status_label")).toString(),
                 QStringLiteral("Information needed"));
    }

    void sameIfMatchTwiceOneWins()
    {
        const HttpResponse first = moveCase(*m_backend, m_verkehr, m_case, kToReview, 2);
        const HttpResponse second = moveCase(*m_backend, m_lead, m_case, kToReview, 2);
        QCOMPARE(first.status, 200);
        QCOMPARE(second.status, 409);
        QCOMPARE(problemSlug(second), QStringLiteral("edit-conflict"));
        const QJsonObject current = second.json().value(QLatin1String("current")).toObject();
        QCOMPARE(current.value(QLatin1String("version")).toInt(), 3);
        QCOMPARE(current.value(QLatin1String("status")).toString(), QStringLiteral("in_review"));
        QCOMPARE(historyCount(m_case), 3);
    }

    void fiftyParallelApprovalsChangeOnce()
    {
        QCOMPARE(moveCase(*m_backend, m_verkehr, m_case, kToReview, 2).status, 200);
        constexpr int kRequests = 50;
        const QByteArray body = QJsonDocument(kApprove).toJson(QJsonDocument::Compact);
        std::vector<std::unique_ptr<QNetworkAccessManager>> managers;
        for (int i = 0; i < 10; ++i)
            managers.push_back(std::make_unique<QNetworkAccessManager>());
        QList<QNetworkReply *> replies;
        QEventLoop loop;
        int finished = 0;
        for (int i = 0; i < kRequests; ++i) {
            QNetworkRequest request(QUrl(m_backend->http().baseUrl() +
                                         casePath(m_case, QStringLiteral("/transition"))));
            request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
            request.setHeader(QNetworkRequest::ContentTypeHeader,
                              QByteArrayLiteral("application/json"));
            request.setRawHeader("Authorization",
                                 "Bearer " + (i % 2 ? m_verkehr : m_lead).toLatin1());
            request.setRawHeader("If-Match", "\"3\"");
            QNetworkReply *reply = managers.at(size_t(i % 10))->post(request, body);
            QObject::connect(reply, &QNetworkReply::finished, &loop, [&] {
                if (++finished == kRequests)
                    loop.quit();
            });
            replies.append(reply);
        }
        loop.exec();
        int ok = 0;
        int conflicts = 0;
        for (QNetworkReply *reply : std::as_const(replies)) {
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            ok += status == 200 ? 1 : 0;
            conflicts += status == 409 ? 1 : 0;
            reply->deleteLater();
        }
        QCOMPARE(ok, 1);
        QCOMPARE(conflicts, kRequests - 1);
        QCOMPARE(caseVersion(*m_backend, m_case), 4);
        QCOMPARE(countRows(*m_backend,
                           QStringLiteral("SELECT COUNT(*) FROM application_history WHERE"
                                          " application_id = ? AND to_status = 'approved'"),
                           { m_case }),
                 1);
    }

    void concurrentTransitionsOnTheDatabase()
    {
        // Straight at the transition function from several connections at
        // once (the HTTP route runs on one thread): one wins, the rest 409.
        QCOMPARE(moveCase(*m_backend, m_verkehr, m_case, kToReview, 2).status, 200);
        constexpr int kThreads = 6;
        server::Database database = openDatabase(*m_backend);
        server::CaseActor staff;
        staff.kind = Actor::Staff;
        staff.role = Role::Caseworker;
        staff.officeId = QStringLiteral("strassenverkehrsamt");
        staff.userId = userId(m_verkehr);
        std::atomic<int> ok { 0 };
        std::atomic<int> conflicts { 0 };
        std::atomic<int> failures { 0 };
        std::vector<std::thread> threads;
        for (int t = 0; t < kThreads; ++t) {
            threads.emplace_back([&] {
                try {
                    server::TransitionCommand command;
                    command.applicationId = m_case;
                    command.to = ApplicationStatus::Approved;
                    command.actor = staff;
                    command.expectedVersion = 3;
                    const auto outcome =
                        server::CaseTransitions(database, m_backend->clock(), nullptr)
                            .transition(command);
                    if (outcome)
                        ++ok;
                    else if (outcome.problem().status == 409)
                        ++conflicts;
                } catch (const server::DatabaseError &error) {
                    qWarning() << "transition failed:" << error.message();
                    ++failures;
                }
            });
        }
        for (std::thread &thread : threads)
            thread.join();
        QCOMPARE(failures.load(), 0);
        QCOMPARE(ok.load(), 1);
        QCOMPARE(conflicts.load(), kThreads - 1);
        QCOMPARE(historyCount(m_case), 4);
    }

    void internalNotesNeverReachTheCitizen()
    {
        const QString secret = QStringLiteral("Interner Vermerk: Halter prüfen QX-93817");
        const HttpResponse note = sendJson(*m_backend, "POST", casePath(m_case, QStringLiteral("/notes")),
                                           m_verkehr, { { QStringLiteral("body"), secret } });
        QCOMPARE(note.status, 201);
        QCOMPARE(note.json().value(QLatin1String("body")).toString(), secret);
        QCOMPARE(sendJson(*m_backend, "POST", casePath(m_case, QStringLiteral("/notes")), m_verkehr,
                          { { QStringLiteral("body"), QStringLiteral("  ") } })
                     .status,
                 422);
        const HttpResponse view = get(casePath(m_case), m_lead);
        const QJsonArray notes = view.json().value(QLatin1String("notes")).toArray();
        QCOMPARE(notes.size(), 1);
        QCOMPARE(notes.at(0).toObject().value(QLatin1String("body")).toString(), secret);

        QCOMPARE(moveCase(*m_backend, m_verkehr, m_case, kToReview, 2).status, 200);
        for (const QString &path :
             { QStringLiteral("/api/v1/applications/") + m_case,
               QStringLiteral("/api/v1/applications"), QStringLiteral("/api/v1/me/events?wait=0"),
               QStringLiteral("/api/v1/me/access-log"), QStringLiteral("/api/v1/me/records") }) {
            const HttpResponse response = get(path, m_erika);
            QVERIFY2(response.status == 200, qPrintable(path));
            QVERIFY2(!response.body.contains("QX-93817"), qPrintable(path));
            QVERIFY2(!response.body.contains("notes"), qPrintable(path));
        }
    }

private:
    // In German, as a German user's client asks (QNetworkAccessManager
    // would send the test machine's languages).
    HttpResponse get(const QString &path, const QString &token)
    {
        HttpClient::Headers headers { { "Accept-Language", "de-DE,de;q=0.9" } };
        if (!token.isEmpty())
            headers.append({ "Authorization", "Bearer " + token.toLatin1() });
        return m_backend->http().request("GET", path, {}, headers);
    }

    QStringList listIds(const QString &query)
    {
        const HttpResponse page = get(QStringLiteral("/api/v1/staff/cases?") + query, m_verkehr);
        if (page.status != 200)
            return { QStringLiteral("status %1").arg(page.status) };
        QStringList ids;
        for (const QJsonValue &item : page.json().value(QLatin1String("items")).toArray())
            ids.append(item.toObject().value(QLatin1String("id")).toString());
        return ids;
    }

    QJsonObject caseItem(const QString &id)
    {
        const HttpResponse page = get(QStringLiteral("/api/v1/staff/cases?limit=200"), m_verkehr);
        for (const QJsonValue &item : page.json().value(QLatin1String("items")).toArray()) {
            if (item.toObject().value(QLatin1String("id")).toString() == id)
                return item.toObject();
        }
        return {};
    }

    QString userId(const QString &token)
    {
        return get(QStringLiteral("/api/v1/me"), token).json().value(QLatin1String("id")).toString();
    }

    int accessLogSize()
    {
        return countRows(*m_backend, QStringLiteral("SELECT COUNT(*) FROM access_log"), {});
    }

    int historyCount(const QString &id)
    {
        return countRows(*m_backend,
                         QStringLiteral("SELECT COUNT(*) FROM application_history WHERE"
                                        " application_id = ?"),
                         { id });
    }

    std::unique_ptr<TestBackend> m_backend;
    QString m_erika;
    QString m_max;
    QString m_verkehr;
    QString m_lead;
    QString m_elterngeld;
    QString m_admin;
    QString m_case;
};

QTEST_GUILESS_MAIN(TestCases)
#include "test_cases.moc"
