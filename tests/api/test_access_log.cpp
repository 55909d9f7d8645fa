// The tamper-evident access log (domain.md "Access log", quality.md "Audit"):
// staff reads of a citizen's records are logged in the same transaction as
// the read, the citizen pages through them, and the hash chain shows tampering.
#include "common/domain/AccessLogChain.h"
#include "common/wire/AccessLogEntry.h"
#include "common/wire/Page.h"
#include "common/wire/Session.h"
#include "server/store/AccessLogRepository.h"
#include "server/store/Database.h"
#include "server/store/DatabaseError.h"
#include "server/store/Sql.h"
#include "server/store/Transaction.h"
#include "tests/support/TestBackend.h"

#include <QEventLoop>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSet>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>

#include <algorithm>
#include <atomic>
#include <thread>
#include <vector>

using namespace rathaus;
using namespace rathaus::test;

namespace {

const QString kPurpose = QStringLiteral("Meldebescheinigung ausstellen (Antrag LUN-2026-000123)");

QString recordsPath(const QString &citizenId, const QList<QPair<QString, QString>> &parameters)
{
    QUrlQuery query;
    for (const auto &[name, value] : parameters)
        query.addQueryItem(name, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    QString path = QStringLiteral("/api/v1/staff/citizens/%1/records").arg(citizenId);
    if (!query.isEmpty())
        path += QLatin1Char('?') + query.query(QUrl::FullyEncoded);
    return path;
}

QList<AccessLogEntry> oldestFirst(QList<AccessLogEntry> newestFirst)
{
    std::reverse(newestFirst.begin(), newestFirst.end());
    return newestFirst;
}

} // namespace

class TestAccessLog : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_backend = std::make_unique<TestBackend>();
        QVERIFY2(m_backend->start(), qPrintable(m_backend->error()));
        const auto erika = TokenPair::fromJson(m_backend->login(QStringLiteral("erika")).json());
        QVERIFY(erika.ok());
        m_erikaToken = erika.value().accessToken;
        m_erikaId = erika.value().user.id;
    }
    void cleanup() { m_backend.reset(); }

    void staffReadIsLogged()
    {
        const QString staff = staffToken(QStringLiteral("sb.buergerbuero"));
        const HttpResponse read =
            get(recordsPath(m_erikaId, { { QStringLiteral("purpose"), kPurpose } }), staff);
        QCOMPARE(read.status, 200);
        const QJsonArray records = read.jsonArray();
        QCOMPARE(records.size(), 1);
        const QJsonObject record = records.at(0).toObject();
        QCOMPARE(record.value(QLatin1String("office_id")).toString(),
                 QStringLiteral("buergerbuero"));
        QCOMPARE(record.value(QLatin1String("category")).toString(), QStringLiteral("residence"));

        const HttpResponse page = get(QStringLiteral("/api/v1/me/access-log"), m_erikaToken);
        QCOMPARE(page.status, 200);
        QVERIFY(!page.body.contains("sb.buergerbuero"));
        const auto entries = parsePage(page);
        QCOMPARE(entries.items.size(), 1);
        QVERIFY(!entries.hasMore());
        const AccessLogEntry &entry = entries.items.at(0);
        QCOMPARE(entry.action, AccessAction::Read);
        QCOMPARE(entry.officeId, QStringLiteral("buergerbuero"));
        QCOMPARE(entry.purpose, kPurpose);
        QCOMPARE(entry.citizenId, m_erikaId);
        QCOMPARE(entry.recordId, record.value(QLatin1String("id")).toString());
        QCOMPARE(entry.category, QStringLiteral("residence"));
        QCOMPARE(entry.legalBasis, record.value(QLatin1String("legal_basis")).toString());
        QVERIFY(entry.actor.startsWith(QLatin1String("staff-")));
        QCOMPARE(entry.at, m_backend->clock().now());
        QCOMPARE(entry.prevHash, AccessLogChain::genesisHash());
        QVERIFY(!AccessLogChain::verifyChain(entries.items));

        // A given legal basis is logged; the same person has the same pseudonym.
        m_backend->clock().advance(1);
        QCOMPARE(get(recordsPath(m_erikaId,
                                 { { QStringLiteral("purpose"), kPurpose },
                                   { QStringLiteral("legal_basis"), QStringLiteral("§ 18 BMG") } }),
                     staff)
                     .status,
                 200);
        const auto both = fullLog();
        QCOMPARE(both.size(), 2);
        QCOMPARE(both.at(0).legalBasis, QStringLiteral("§ 18 BMG"));
        QCOMPARE(both.at(0).actor, entry.actor);
        QVERIFY(!AccessLogChain::verifyChain(oldestFirst(both)));

        // Another person of staff has another pseudonym.
        QCOMPARE(get(recordsPath(m_erikaId, { { QStringLiteral("purpose"), kPurpose } }),
                     staffToken(QStringLiteral("sb.verkehr")))
                     .status,
                 200);
        const auto three = fullLog();
        QCOMPARE(three.size(), 3);
        QVERIFY(three.at(0).actor != entry.actor);
        QVERIFY(three.at(0).actor.startsWith(QLatin1String("staff-")));
    }

    void purposeIsRequired()
    {
        const QString staff = staffToken(QStringLiteral("sb.buergerbuero"));
        const HttpResponse missing = get(recordsPath(m_erikaId, {}), staff);
        QCOMPARE(missing.status, 422);
        QVERIFY(missing.json()
                    .value(QLatin1String("errors"))
                    .toObject()
                    .contains(QLatin1String("purpose")));
        QCOMPARE(
            get(recordsPath(m_erikaId, { { QStringLiteral("purpose"), QStringLiteral("  ") } }),
                staff)
                .status,
            422);
        QCOMPARE(get(recordsPath(m_erikaId,
                                 { { QStringLiteral("purpose"), QString(501, QLatin1Char('x')) } }),
                     staff)
                     .status,
                 422);
        QVERIFY(fullLog().isEmpty());
    }

    void onlyOfficeStaffMayRead()
    {
        const auto withPurpose = [this](const QString &citizenId) {
            return recordsPath(citizenId, { { QStringLiteral("purpose"), kPurpose } });
        };
        QCOMPARE(get(withPurpose(m_erikaId), m_erikaToken).status, 403);
        QCOMPARE(get(withPurpose(m_erikaId), QString()).status, 401);
        QCOMPARE(get(withPurpose(m_erikaId), staffToken(QStringLiteral("admin"))).status, 403);

        const QString staff = staffToken(QStringLiteral("sb.buergerbuero"));
        QCOMPARE(get(withPurpose(QStringLiteral("no-such-citizen")), staff).status, 404);
        QCOMPARE(get(withPurpose(QString(300, QLatin1Char('a'))), staff).status, 404);
        // A staff account is not a citizen.
        const auto verkehr =
            TokenPair::fromJson(m_backend
                                    ->login(QStringLiteral("sb.verkehr"),
                                            QStringLiteral("rathaus-demo"), m_backend->staffTotp())
                                    .json());
        QVERIFY(verkehr.ok());
        QCOMPARE(get(withPurpose(verkehr.value().user.id), staff).status, 404);
        QVERIFY(fullLog().isEmpty());
    }

    void caseworkersSeeTheirOfficeOnly()
    {
        const HttpResponse verkehr =
            get(recordsPath(m_erikaId, { { QStringLiteral("purpose"), kPurpose } }),
                staffToken(QStringLiteral("sb.verkehr")));
        QCOMPARE(verkehr.status, 200);
        QVERIFY(!verkehr.jsonArray().isEmpty());
        for (const QJsonValue &value : verkehr.jsonArray())
            QCOMPARE(value.toObject().value(QLatin1String("office_id")).toString(),
                     QStringLiteral("strassenverkehrsamt"));
        auto log = fullLog();
        QCOMPARE(log.size(), verkehr.jsonArray().size());
        for (const AccessLogEntry &entry : log)
            QCOMPARE(entry.officeId, QStringLiteral("strassenverkehrsamt"));

        // An office holding nothing about her reads nothing, and nothing is logged.
        const HttpResponse elterngeld =
            get(recordsPath(m_erikaId, { { QStringLiteral("purpose"), kPurpose } }),
                staffToken(QStringLiteral("sb.elterngeld")));
        QCOMPARE(elterngeld.status, 200);
        QCOMPARE(elterngeld.jsonArray().size(), 0);
        QCOMPARE(fullLog().size(), log.size());
    }

    void pagingIsStable()
    {
        const QString staff = staffToken(QStringLiteral("sb.buergerbuero"));
        for (int i = 0; i < 7; ++i) {
            QCOMPARE(staffRead(staff, QStringLiteral("Lesen %1").arg(i)).status, 200);
            m_backend->clock().advance(1);
        }
        const auto all = fullLog();
        QCOMPARE(all.size(), 7);
        QCOMPARE(all.at(0).purpose, QStringLiteral("Lesen 6"));

        const auto first = parsePage(get(logPath({ { "limit", "3" } }), m_erikaToken));
        QCOMPARE(first.items, all.mid(0, 3));
        QVERIFY(first.hasMore());
        // A new entry meanwhile does not shift the pages that follow.
        QCOMPARE(staffRead(staff, QStringLiteral("dazwischen")).status, 200);
        const auto second = parsePage(
            get(logPath({ { "limit", "3" }, { "cursor", first.nextCursor } }), m_erikaToken));
        QCOMPARE(second.items, all.mid(3, 3));
        const auto third = parsePage(
            get(logPath({ { "limit", "3" }, { "cursor", second.nextCursor } }), m_erikaToken));
        QCOMPARE(third.items, all.mid(6));
        QVERIFY(!third.hasMore());
        // Pages join into one chain: each page verifies from the one after it.
        QVERIFY(
            !AccessLogChain::verifyChain(oldestFirst(second.items), third.items.constLast().hash));

        for (const char *limit : { "0", "201", "x", "-1" })
            QCOMPARE(get(logPath({ { "limit", limit } }), m_erikaToken).status, 400);
        for (const char *cursor : { "abc", "0", "-5", "99999999999999999999" })
            QCOMPARE(get(logPath({ { "cursor", cursor } }), m_erikaToken).status, 400);
        QCOMPARE(get(logPath({}), QString()).status, 401);
    }

    void filtersByOfficeAndAction()
    {
        const QString buergerbuero = staffToken(QStringLiteral("sb.buergerbuero"));
        QCOMPARE(staffRead(buergerbuero, kPurpose).status, 200);
        QCOMPARE(staffRead(buergerbuero, kPurpose).status, 200);
        const HttpResponse verkehr = staffRead(staffToken(QStringLiteral("sb.verkehr")), kPurpose);
        QCOMPARE(verkehr.status, 200);
        const int vehicleRecords = int(verkehr.jsonArray().size());

        const auto byOffice = [this](const QString &office) {
            return parsePage(get(logPath({ { "office_id", office } }), m_erikaToken)).items;
        };
        QCOMPARE(byOffice(QStringLiteral("buergerbuero")).size(), 2);
        QCOMPARE(byOffice(QStringLiteral("strassenverkehrsamt")).size(), vehicleRecords);
        QCOMPARE(byOffice(QStringLiteral("steueramt")).size(), 0);
        for (const AccessLogEntry &entry : byOffice(QStringLiteral("strassenverkehrsamt")))
            QCOMPARE(entry.officeId, QStringLiteral("strassenverkehrsamt"));

        const auto byAction = [this](const QString &action) {
            return get(logPath({ { "action", action } }), m_erikaToken);
        };
        QCOMPARE(parsePage(byAction(QStringLiteral("read"))).items.size(), 2 + vehicleRecords);
        QCOMPARE(parsePage(byAction(QStringLiteral("update"))).items.size(), 0);
        QCOMPARE(parsePage(byAction(QStringLiteral("transfer_out"))).items.size(), 0);
        QCOMPARE(byAction(QStringLiteral("delete")).status, 400);
        QCOMPARE(
            get(logPath({ { "office_id", "buergerbuero" }, { "action", "read" } }), m_erikaToken)
                .json()
                .value(QLatin1String("items"))
                .toArray()
                .size(),
            2);
    }

    void tamperingIsDetected()
    {
        const QString staff = staffToken(QStringLiteral("sb.buergerbuero"));
        for (int i = 0; i < 5; ++i)
            QCOMPARE(staffRead(staff, QStringLiteral("Zweck %1").arg(i)).status, 200);
        QVERIFY(!AccessLogChain::verifyChain(oldestFirst(fullLog())));

        server::Database database(server::DatabaseUrl::parse(m_backend->database().url()).value());
        server::sql::exec(database.connection(),
                          QStringLiteral("UPDATE access_log SET purpose = ? WHERE citizen_id = ?"
                                         " AND seq = 3"),
                          { QStringLiteral("harmlos"), m_erikaId });
        const auto changed = oldestFirst(fullLog());
        QCOMPARE(changed.at(2).purpose, QStringLiteral("harmlos"));
        QCOMPARE(AccessLogChain::verifyChain(changed), std::optional<qsizetype>(2));

        // A deleted entry breaks the link of the next one.
        server::sql::exec(database.connection(),
                          QStringLiteral("DELETE FROM access_log WHERE citizen_id = ? AND seq = 2"),
                          { m_erikaId });
        const auto cut = oldestFirst(fullLog());
        QCOMPARE(cut.size(), 4);
        QCOMPARE(AccessLogChain::verifyChain(cut), std::optional<qsizetype>(1));
    }

    void concurrentReadsKeepOneChain()
    {
        constexpr int kRequests = 20;
        const QString staff = staffToken(QStringLiteral("sb.buergerbuero"));
        // Several managers: each opens up to 6 connections, so the requests
        // really overlap on the server's worker threads.
        std::vector<std::unique_ptr<QNetworkAccessManager>> managers;
        for (int i = 0; i < 4; ++i)
            managers.push_back(std::make_unique<QNetworkAccessManager>());
        QList<QNetworkReply *> replies;
        QEventLoop loop;
        int pending = kRequests;
        for (int i = 0; i < kRequests; ++i) {
            QNetworkRequest request(
                QUrl(m_backend->http().baseUrl() +
                     recordsPath(
                         m_erikaId,
                         { { QStringLiteral("purpose"), QStringLiteral("parallel %1").arg(i) } })));
            request.setRawHeader("Authorization", "Bearer " + staff.toLatin1());
            QNetworkReply *reply = managers.at(size_t(i % 4))->get(request);
            connect(reply, &QNetworkReply::finished, &loop, [&] {
                if (--pending == 0)
                    loop.quit();
            });
            replies.append(reply);
        }
        QTimer::singleShot(120000, &loop, &QEventLoop::quit);
        loop.exec();
        QCOMPARE(pending, 0);
        for (QNetworkReply *reply : std::as_const(replies)) {
            QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
            reply->deleteLater();
        }

        const auto log = oldestFirst(fullLog());
        QCOMPARE(log.size(), kRequests);
        QVERIFY(!AccessLogChain::verifyChain(log));
        QSet<QString> purposes;
        for (const AccessLogEntry &entry : log)
            purposes.insert(entry.purpose);
        QCOMPARE(purposes.size(), kRequests);

        server::Database database(server::DatabaseUrl::parse(m_backend->database().url()).value());
        QSqlQuery query = server::sql::exec(
            database.connection(),
            QStringLiteral("SELECT seq FROM access_log WHERE citizen_id = ? ORDER BY seq"),
            { m_erikaId });
        qint64 expected = 1;
        while (query.next())
            QCOMPARE(query.value(0).toLongLong(), expected++);
        QCOMPARE(expected, kRequests + 1);
    }

    void concurrentAppendsFromManyConnections()
    {
        // Straight at the repository, many connections at once, starting on
        // a citizen without a chain head yet (the head row's creation races too).
        constexpr int kThreads = 4;
        constexpr int kAppends = 10;
        server::Database database(server::DatabaseUrl::parse(m_backend->database().url()).value());
        const QDateTime at = m_backend->clock().now();
        std::atomic<int> failures { 0 };
        std::vector<std::thread> threads;
        for (int t = 0; t < kThreads; ++t) {
            threads.emplace_back([&, t] {
                try {
                    for (int i = 0; i < kAppends; ++i) {
                        const QSqlDatabase db = database.connection();
                        server::Transaction transaction(db, database.dialect());
                        AccessLogEntry entry;
                        entry.id = QStringLiteral("t%1-%2").arg(t).arg(i);
                        entry.at = at;
                        entry.officeId = QStringLiteral("buergerbuero");
                        entry.actor = QStringLiteral("system");
                        entry.purpose = entry.id;
                        server::AccessLogRepository(db, database.dialect())
                            .append(m_erikaId, { entry, entry });
                        transaction.commit();
                    }
                } catch (const server::DatabaseError &error) {
                    qWarning() << "append failed:" << error.message();
                    ++failures;
                }
            });
        }
        for (std::thread &thread : threads)
            thread.join();
        QCOMPARE(failures.load(), 0);
        const auto log = oldestFirst(fullLog());
        QCOMPARE(log.size(), kThreads * kAppends * 2);
        QVERIFY(!AccessLogChain::verifyChain(log));
        // Both entries of one append are neighbours: appends do not interleave.
        for (qsizetype i = 0; i < log.size(); i += 2)
            QCOMPARE(log.at(i).id, log.at(i + 1).id);
    }

    void failingLogWriteFailsTheRead()
    {
        const QString staff = staffToken(QStringLiteral("sb.buergerbuero"));
        QCOMPARE(staffRead(staff, kPurpose).status, 200);

        server::Database database(server::DatabaseUrl::parse(m_backend->database().url()).value());
        const QSqlDatabase db = database.connection();
        const bool postgres = m_backend->database().isPostgres();
        if (postgres) {
            server::sql::exec(db,
                              QStringLiteral("CREATE FUNCTION refuse_access_log() RETURNS trigger"
                                             " LANGUAGE plpgsql AS $$ BEGIN"
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
        const HttpResponse refused = staffRead(staff, kPurpose);
        QCOMPARE(refused.status, 503);
        QCOMPARE(refused.header("Content-Type"), QByteArray("application/problem+json"));
        QVERIFY(!refused.body.contains("Mustermann"));
        QVERIFY(!refused.body.contains("family_name"));
        QVERIFY(!refused.body.contains("residence"));
        QCOMPARE(fullLog().size(), 1);

        server::sql::exec(db,
                          postgres ? QStringLiteral("DROP TRIGGER refuse ON access_log")
                                   : QStringLiteral("DROP TRIGGER refuse"));
        QCOMPARE(staffRead(staff, kPurpose).status, 200);
        const auto log = oldestFirst(fullLog());
        QCOMPARE(log.size(), 2);
        QVERIFY(!AccessLogChain::verifyChain(log));
    }

    void deferredEntriesAppearLater()
    {
        const QString staff = staffToken(QStringLiteral("sb.buergerbuero"));
        QCOMPARE(staffRead(staff, QStringLiteral("vorher")).status, 200);
        {
            server::Database database(
                server::DatabaseUrl::parse(m_backend->database().url()).value());
            const QSqlDatabase db = database.connection();
            server::Transaction transaction(db, database.dialect());
            AccessLogEntry hidden;
            hidden.id = QStringLiteral("hidden-1");
            hidden.at = m_backend->clock().now();
            hidden.action = AccessAction::TransferOut;
            hidden.officeId = QStringLiteral("standesamt");
            hidden.actor = QStringLiteral("system");
            hidden.purpose = QStringLiteral("Ermittlungsverfahren");
            hidden.hiddenUntil = m_backend->clock().now().addDays(1);
            hidden.hiddenReason = QStringLiteral("§ 56 Abs. 2 BMG");
            server::AccessLogRepository(db, database.dialect()).append(m_erikaId, { hidden });
            transaction.commit();
        }
        QCOMPARE(staffRead(staff, QStringLiteral("nachher")).status, 200);

        const auto visible = oldestFirst(fullLog());
        QCOMPARE(visible.size(), 2);
        // The gap shows as a broken link; each contiguous run verifies.
        QCOMPARE(AccessLogChain::verifyChain(visible), std::optional<qsizetype>(1));
        QVERIFY(!AccessLogChain::verifyChain(visible.mid(0, 1)));
        QVERIFY(!AccessLogChain::verifyChain(visible.mid(1), visible.at(1).prevHash));

        m_backend->clock().advance(2 * 24 * 60 * 60);
        m_erikaToken = TokenPair::fromJson(m_backend->login(QStringLiteral("erika")).json())
                           .value()
                           .accessToken;
        const auto all = oldestFirst(fullLog());
        QCOMPARE(all.size(), 3);
        QCOMPARE(all.at(1).hiddenReason, QStringLiteral("§ 56 Abs. 2 BMG"));
        QVERIFY(!AccessLogChain::verifyChain(all));
    }

private:
    HttpResponse get(const QString &path, const QString &token)
    {
        return m_backend->http().get(path, token);
    }

    // A staff login (password + TOTP). The same account's next login must
    // wait for the next TOTP step: a code is good once.
    QString staffToken(const QString &username)
    {
        m_backend->clock().advance(30);
        const HttpResponse response =
            m_backend->login(username, QStringLiteral("rathaus-demo"), m_backend->staffTotp());
        const auto pair = TokenPair::fromJson(response.json());
        if (!pair.ok())
            qWarning() << "staff login failed" << response.status << response.body;
        return pair.ok() ? pair.value().accessToken : QString();
    }

    HttpResponse staffRead(const QString &token, const QString &purpose)
    {
        return get(recordsPath(m_erikaId, { { QStringLiteral("purpose"), purpose } }), token);
    }

    static QString logPath(const QList<QPair<const char *, QString>> &parameters)
    {
        QUrlQuery query;
        for (const auto &[name, value] : parameters)
            query.addQueryItem(QString::fromLatin1(name),
                               QString::fromLatin1(QUrl::toPercentEncoding(value)));
        QString path = QStringLiteral("/api/v1/me/access-log");
        if (!query.isEmpty())
            path += QLatin1Char('?') + query.query(QUrl::FullyEncoded);
        return path;
    }

    static Page<AccessLogEntry> parsePage(const HttpResponse &response)
    {
        if (response.status != 200)
            qWarning() << "access log page" << response.status << response.body;
        const auto page = Page<AccessLogEntry>::fromJson(response.json());
        if (!page.ok())
            qWarning() << "unreadable page:" << page.problem().detail;
        return page.ok() ? page.value() : Page<AccessLogEntry> {};
    }

    // The citizen's whole visible log, newest first.
    QList<AccessLogEntry> fullLog()
    {
        QList<AccessLogEntry> all;
        QString cursor;
        do {
            QList<QPair<const char *, QString>> parameters { { "limit", QStringLiteral("200") } };
            if (!cursor.isEmpty())
                parameters.append({ "cursor", cursor });
            const auto page = parsePage(get(logPath(parameters), m_erikaToken));
            all += page.items;
            cursor = page.nextCursor;
        } while (!cursor.isEmpty());
        return all;
    }

    std::unique_ptr<TestBackend> m_backend;
    QString m_erikaToken;
    QString m_erikaId;
};

QTEST_GUILESS_MAIN(TestAccessLog)
#include "test_access_log.moc"
