// The lead's view of the office and the inbox's orders (issue 5): the
// office's figures (GET /staff/stats) on a known set of cases moved through
// time with the test clock, the suggestions (GET /staff/feedback), and the
// queue's sort orders with keyset paging that stays correct under inserts.
#include "server/store/CaseRepository.h"
#include "tests/api/CaseTestSupport.h"

#include <QSet>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>

using namespace rathaus;
using namespace rathaus::test;

namespace {

constexpr qint64 kDay = 24 * 60 * 60;

QJsonObject to(const QString &status, const QString &field = {}, const QString &text = {})
{
    QJsonObject body { { QStringLiteral("to"), status } };
    if (!field.isEmpty())
        body.insert(field, text);
    return body;
}

} // namespace

class TestStaffLead : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_backend = std::make_unique<TestBackend>();
        QVERIFY2(m_backend->start(), qPrintable(m_backend->error()));
        signIn();
    }
    void cleanup() { m_backend.reset(); }

    void statsCountTheOfficesCasesOverTime()
    {
        const QString a = submittedParkingCase(*m_backend, m_erika);
        const QString b = submittedParkingCase(*m_backend, m_max);
        QVERIFY(!a.isEmpty() && !b.isEmpty());

        // A: rejected after 2 days.
        advance(2 * kDay);
        QVERIFY(move(a, to(QStringLiteral("in_review"))));
        QVERIFY(move(a,
                     to(QStringLiteral("rejected"), QStringLiteral("reason"),
                        QStringLiteral("Kein Wohnsitz im Gebiet."))));
        // C: completed after 4 days.
        const QString c = submittedParkingCase(*m_backend, m_erika);
        advance(4 * kDay);
        QVERIFY(move(c, to(QStringLiteral("in_review"))));
        QVERIFY(move(c, to(QStringLiteral("approved"))));
        QVERIFY(complete(c));
        // D: rejected after 7 days; E in review, F waiting for the citizen.
        const QString d = submittedParkingCase(*m_backend, m_max);
        advance(7 * kDay);
        QVERIFY(move(d, to(QStringLiteral("in_review"))));
        QVERIFY(move(d,
                     to(QStringLiteral("rejected"), QStringLiteral("reason"),
                        QStringLiteral("Unterlagen fehlen."))));
        const QString e = submittedParkingCase(*m_backend, m_erika);
        const QString f = submittedParkingCase(*m_backend, m_max);
        QVERIFY(move(e, to(QStringLiteral("in_review"))));
        QVERIFY(move(f, to(QStringLiteral("in_review"))));
        QVERIFY(move(f,
                     to(QStringLiteral("info_requested"), QStringLiteral("note"),
                        QStringLiteral("Bitte den Fahrzeugschein nachreichen."))));
        // B's deadline has passed; C's too, but C is closed.
        const qint64 now = m_backend->clock().nowSeconds();
        setDeadline(b, now - 1);
        setDeadline(c, now - kDay);

        QJsonObject stats = fetchStats();
        QCOMPARE(stats.value(QLatin1String("open_by_status")).toObject(),
                 (QJsonObject { { QStringLiteral("submitted"), 1 },
                                { QStringLiteral("in_review"), 1 },
                                { QStringLiteral("info_requested"), 1 },
                                { QStringLiteral("suspended"), 0 },
                                { QStringLiteral("approved"), 0 } }));
        QCOMPARE(stats.value(QLatin1String("open")).toInt(), 3);
        QCOMPARE(stats.value(QLatin1String("overdue")).toInt(), 1);
        QCOMPARE(stats.value(QLatin1String("median_processing_days")).toDouble(), 4.0);
        QCOMPARE(stats.value(QLatin1String("median_sample")).toInt(), 3);
        QCOMPARE(stats.value(QLatin1String("median_window_days")).toInt(), 90);
        QCOMPARE(stats.value(QLatin1String("received_last_30_days")).toInt(), 6);
        QCOMPARE(stats.value(QLatin1String("closed_last_30_days")).toInt(), 3);
        // Figures, not people.
        const QByteArray body = QJsonDocument(stats).toJson();
        QVERIFY(!body.contains("Mustermann"));
        QVERIFY(!body.contains(reference(a).toUtf8()));

        // 82 days later A's rejection (day 2) has left the 90-day window;
        // C (day 6) and D (day 13) remain: the median of 4 and 7 days.
        advance(82 * kDay);
        stats = fetchStats();
        QCOMPARE(stats.value(QLatin1String("median_sample")).toInt(), 2);
        QCOMPARE(stats.value(QLatin1String("median_processing_days")).toDouble(), 5.5);
        QCOMPARE(stats.value(QLatin1String("received_last_30_days")).toInt(), 0);
        QCOMPARE(stats.value(QLatin1String("closed_last_30_days")).toInt(), 0);
        QCOMPARE(stats.value(QLatin1String("overdue")).toInt(), 3); // B, E, F by now

        // Long after: no closed case in the window, no median.
        advance(100 * kDay);
        stats = fetchStats();
        QVERIFY(stats.value(QLatin1String("median_processing_days")).isNull());
        QCOMPARE(stats.value(QLatin1String("median_sample")).toInt(), 0);
    }

    void statsAreTheLeadsOnly()
    {
        QCOMPARE(get(QStringLiteral("/api/v1/staff/stats"), m_lead).status, 200);
        for (const QString *token : { &m_verkehr, &m_elterngeld, &m_erika, &m_admin })
            QCOMPARE(get(QStringLiteral("/api/v1/staff/stats"), *token).status, 403);
        const HttpResponse anonymous = get(QStringLiteral("/api/v1/staff/stats"), {});
        QCOMPARE(anonymous.status, 401);
        QCOMPARE(anonymous.header("WWW-Authenticate"), QByteArray("Bearer"));
    }

    void suggestionsForLeadAndAdmin()
    {
        const QJsonObject suggestion {
            { QStringLiteral("service_id"), QStringLiteral("anwohnerparkausweis") },
            { QStringLiteral("text"), QStringLiteral("Bitte einen Hinweis auf Zweitwagen.") }
        };
        QCOMPARE(m_backend->http()
                     .postJson(QStringLiteral("/api/v1/feedback"), suggestion, m_erika)
                     .status,
                 201);
        advance(60);
        QJsonObject general { { QStringLiteral("text"),
                                QStringLiteral("Die Seite ist allgemein sehr hilfreich.") } };
        QCOMPARE(
            m_backend->http().postJson(QStringLiteral("/api/v1/feedback"), general, m_max).status,
            201);

        // The lead: the suggestions about the office's services, without author.
        const HttpResponse lead = get(QStringLiteral("/api/v1/staff/feedback"), m_lead);
        QCOMPARE(lead.status, 200);
        const QJsonArray items = lead.json().value(QLatin1String("items")).toArray();
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.at(0).toObject().value(QLatin1String("service_id")).toString(),
                 QStringLiteral("anwohnerparkausweis"));
        QVERIFY(!lead.body.contains("Mustermann"));
        QVERIFY(!lead.body.contains("erika"));
        QVERIFY(!lead.body.contains(userId(m_erika).toUtf8()));
        // The admin: all of them, newest first.
        const HttpResponse admin = get(QStringLiteral("/api/v1/staff/feedback"), m_admin);
        QCOMPARE(admin.status, 200);
        const QJsonArray all = admin.json().value(QLatin1String("items")).toArray();
        QCOMPARE(all.size(), 2);
        QVERIFY(all.at(0).toObject().value(QLatin1String("service_id")).isNull());
        for (const QString *token : { &m_verkehr, &m_erika })
            QCOMPARE(get(QStringLiteral("/api/v1/staff/feedback"), *token).status, 403);
        QCOMPARE(get(QStringLiteral("/api/v1/staff/feedback"), {}).status, 401);
    }

    void eachSortPagesThroughTheWholeQueue_data()
    {
        QTest::addColumn<QString>("sort");
        for (const char *sort :
             { "received", "-received", "deadline", "-deadline", "reference", "-reference" })
            QTest::newRow(sort) << QString::fromLatin1(sort);
    }
    void eachSortPagesThroughTheWholeQueue()
    {
        QFETCH(QString, sort);
        createCasesWithDeadlines();
        const QList<QJsonObject> all = items(QStringLiteral("sort=%1&limit=200").arg(sort));
        QCOMPARE(all.size(), 8);
        QCOMPARE(ids(all), ids(sortedLocally(all, sort)));

        for (int limit : { 1, 2, 3 })
            QCOMPARE(pagedIds(sort, limit), ids(all));
    }

    void pagingStaysCorrectUnderInserts_data() { eachSortPagesThroughTheWholeQueue_data(); }
    void pagingStaysCorrectUnderInserts()
    {
        QFETCH(QString, sort);
        createCasesWithDeadlines();
        const QStringList before = ids(items(QStringLiteral("sort=%1&limit=200").arg(sort)));
        // After each page a new case arrives: every case that was there is
        // seen exactly once, in order, and nothing twice.
        QStringList seen;
        QString cursor;
        int pages = 0;
        do {
            QString query = QStringLiteral("sort=%1&limit=3").arg(sort);
            if (!cursor.isEmpty())
                query += QStringLiteral("&cursor=") + cursor;
            const HttpResponse page =
                get(QStringLiteral("/api/v1/staff/cases?") + query, m_verkehr);
            QCOMPARE(page.status, 200);
            for (const QJsonValue &item : page.json().value(QLatin1String("items")).toArray())
                seen.append(item.toObject().value(QLatin1String("id")).toString());
            cursor = page.json().value(QLatin1String("next_cursor")).toString();
            advance(30);
            QVERIFY(!submittedParkingCase(*m_backend, m_max).isEmpty());
            QVERIFY(++pages < 20);
        } while (!cursor.isEmpty());
        QCOMPARE(QSet<QString>(seen.cbegin(), seen.cend()).size(), seen.size());
        QStringList seenBefore;
        for (const QString &id : std::as_const(seen)) {
            if (before.contains(id))
                seenBefore.append(id);
        }
        QCOMPARE(seenBefore, before);
        // What was seen is in the order of the final list.
        const QStringList after = ids(items(QStringLiteral("sort=%1&limit=200").arg(sort)));
        QStringList afterSeen;
        for (const QString &id : after) {
            if (seen.contains(id))
                afterSeen.append(id);
        }
        QCOMPARE(seen, afterSeen);
    }

    void sortsAndCursorsAreChecked()
    {
        createCasesWithDeadlines();
        const HttpResponse first =
            get(QStringLiteral("/api/v1/staff/cases?sort=deadline&limit=2"), m_verkehr);
        QCOMPARE(first.status, 200);
        const QString cursor = first.json().value(QLatin1String("next_cursor")).toString();
        QVERIFY(!cursor.isEmpty());
        // Another order starts over: the cursor of one is no position in another.
        for (const QString &other :
             { QStringLiteral("reference"), QStringLiteral("-deadline"), QString() }) {
            QString path = QStringLiteral("/api/v1/staff/cases?limit=2&cursor=") + cursor;
            if (!other.isEmpty())
                path += QStringLiteral("&sort=") + other;
            const HttpResponse refused = get(path, m_verkehr);
            QCOMPARE(refused.status, 400);
            QVERIFY(refused.json()
                        .value(QLatin1String("errors"))
                        .toObject()
                        .contains(QLatin1String("cursor")));
        }
        for (const QString &bad : { QStringLiteral("name"), QStringLiteral("--deadline"),
                                    QStringLiteral("+deadline"), QStringLiteral("DEADLINE") }) {
            const HttpResponse refused =
                get(QStringLiteral("/api/v1/staff/cases?sort=") + bad, m_verkehr);
            QCOMPARE(refused.status, 400);
            QVERIFY(refused.json()
                        .value(QLatin1String("errors"))
                        .toObject()
                        .contains(QLatin1String("sort")));
        }
        // A forged cursor is refused, not run.
        const QString forged = QString::fromLatin1(
            QByteArray("reference|x' OR 1=1|00000000-0000-0000-0000-000000000000")
                .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
        QCOMPARE(
            get(QStringLiteral("/api/v1/staff/cases?sort=reference&cursor=") + forged, m_verkehr)
                .status,
            400);
    }

    // On SQLite each order's first page of the office's queue is a walk of
    // its index, not a sort of the office's cases.
    void eachSortsFirstPageWalksAnIndex_data()
    {
        QTest::addColumn<QString>("sort");
        QTest::addColumn<QString>("index");
        const QList<std::pair<const char *, const char *>> rows {
            { "received", "applications_office_created" },
            { "-received", "applications_office_created" },
            { "deadline", "applications_office_deadline" },
            { "-deadline", "applications_office_deadline" },
            { "reference", "applications_office_reference" },
            { "-reference", "applications_office_reference" },
        };
        for (const auto &[sort, index] : rows)
            QTest::newRow(sort) << QString::fromLatin1(sort) << QString::fromLatin1(index);
    }
    void eachSortsFirstPageWalksAnIndex()
    {
        QFETCH(QString, sort);
        QFETCH(QString, index);
        if (m_backend->database().isPostgres())
            QSKIP("EXPLAIN QUERY PLAN is SQLite's; server/README.md has PostgreSQL's plans.");
        createCasesWithDeadlines();
        server::Database database = openDatabase(*m_backend);
        QSqlQuery analyze(database.connection());
        QVERIFY(analyze.exec(QStringLiteral("ANALYZE")));
        for (bool withCursor : { false, true }) {
            server::CaseListFilter filter;
            filter.officeId = QStringLiteral("strassenverkehrsamt");
            filter.sort = *server::CaseSort::fromWire(sort);
            if (withCursor)
                filter.after =
                    server::CaseCursor { filter.sort,
                                         filter.sort.key == server::CaseSort::Key::Reference
                                             ? QStringLiteral("A")
                                             : QStringLiteral("1"),
                                         QStringLiteral("00000000-0000-0000-0000-000000000000") };
            QVariantList values;
            const QString statement = server::CaseRepository::statement(filter, &values);
            const QString plan = explain(database, statement, values);
            QVERIFY2(plan.contains(index), qPrintable(plan));
            QVERIFY2(!plan.contains(QLatin1String("TEMP B-TREE")), qPrintable(plan));
        }
    }

private:
    void signIn()
    {
        m_erika = accessToken(*m_backend, QStringLiteral("erika"));
        m_max = accessToken(*m_backend, QStringLiteral("max"));
        m_verkehr = staffToken(*m_backend, QStringLiteral("sb.verkehr"));
        m_lead = staffToken(*m_backend, QStringLiteral("lead.verkehr"));
        m_elterngeld = staffToken(*m_backend, QStringLiteral("sb.elterngeld"));
        m_admin = staffToken(*m_backend, QStringLiteral("admin"));
        for (const QString *token :
             { &m_erika, &m_max, &m_verkehr, &m_lead, &m_elterngeld, &m_admin })
            QVERIFY(!token->isEmpty());
    }

    // Tokens live 12 hours at most: a day's step signs everyone in again.
    void advance(qint64 seconds)
    {
        m_backend->clock().advance(seconds);
        if (seconds > 6 * 60 * 60)
            signIn();
    }

    HttpResponse get(const QString &path, const QString &token)
    {
        HttpClient::Headers headers;
        if (!token.isEmpty())
            headers.append({ "Authorization", "Bearer " + token.toLatin1() });
        return m_backend->http().request("GET", path, {}, headers);
    }

    bool move(const QString &id, const QJsonObject &body)
    {
        const HttpResponse response =
            moveCase(*m_backend, m_verkehr, id, body, caseVersion(*m_backend, id));
        if (response.status != 200)
            qWarning() << "transition" << body << response.status << response.body;
        return response.status == 200;
    }

    // Approved -> completed as the backend does once the document is out.
    bool complete(const QString &id)
    {
        server::Database database = openDatabase(*m_backend);
        server::CaseActor system;
        system.kind = Actor::System;
        server::TransitionCommand command;
        command.applicationId = id;
        command.to = ApplicationStatus::Completed;
        command.actor = system;
        return bool(
            server::CaseTransitions(database, m_backend->clock(), nullptr).transition(command));
    }

    void setDeadline(const QString &id, qint64 deadline)
    {
        server::Database database = openDatabase(*m_backend);
        server::sql::exec(database.connection(),
                          QStringLiteral("UPDATE applications SET deadline = ? WHERE id = ?"),
                          { deadline, id });
    }

    QString reference(const QString &id)
    {
        server::Database database = openDatabase(*m_backend);
        return server::sql::scalar(
                   database.connection(),
                   QStringLiteral("SELECT reference FROM applications WHERE id = ?"), { id })
            .value_or(QVariant())
            .toString();
    }

    QString userId(const QString &token)
    {
        return get(QStringLiteral("/api/v1/me"), token)
            .json()
            .value(QLatin1String("id"))
            .toString();
    }

    QJsonObject fetchStats()
    {
        const HttpResponse response = get(QStringLiteral("/api/v1/staff/stats"), m_lead);
        if (response.status != 200)
            qWarning() << response.status << response.body;
        return response.json();
    }

    // Eight cases a minute apart whose deadlines tie in pairs and do not
    // follow the order received.
    void createCasesWithDeadlines()
    {
        const QList<int> days { 5, 3, 5, 1, 3, 9, 1, 7 };
        const qint64 base = m_backend->clock().nowSeconds() + 10 * kDay;
        for (int i = 0; i < days.size(); ++i) {
            advance(60);
            const QString id = submittedParkingCase(*m_backend, i % 2 ? m_erika : m_max);
            QVERIFY(!id.isEmpty());
            setDeadline(id, base + days.at(i) * kDay);
        }
    }

    QList<QJsonObject> items(const QString &query)
    {
        const HttpResponse page = get(QStringLiteral("/api/v1/staff/cases?") + query, m_verkehr);
        QList<QJsonObject> list;
        for (const QJsonValue &item : page.json().value(QLatin1String("items")).toArray())
            list.append(item.toObject());
        return list;
    }

    static QStringList ids(const QList<QJsonObject> &list)
    {
        QStringList result;
        for (const QJsonObject &item : list)
            result.append(item.value(QLatin1String("id")).toString());
        return result;
    }

    // The order the API promises, computed here from the items' own fields.
    static QList<QJsonObject> sortedLocally(QList<QJsonObject> list, QString sort)
    {
        const bool descending = sort.startsWith(QLatin1Char('-'));
        if (descending)
            sort = sort.mid(1);
        const QString field =
            sort == QLatin1String("received") ? QStringLiteral("received_at") : sort;
        std::sort(list.begin(), list.end(), [&](const QJsonObject &x, const QJsonObject &y) {
            // Wire times are RFC 3339 UTC of one format: text order is time order.
            const auto kx =
                std::make_pair(x.value(field).toString(), x.value(QLatin1String("id")).toString());
            const auto ky =
                std::make_pair(y.value(field).toString(), y.value(QLatin1String("id")).toString());
            return descending ? ky < kx : kx < ky;
        });
        return list;
    }

    QStringList pagedIds(const QString &sort, int limit)
    {
        QStringList seen;
        QString cursor;
        for (int pages = 0; pages < 50; ++pages) {
            QString query = QStringLiteral("sort=%1&limit=%2").arg(sort).arg(limit);
            if (!cursor.isEmpty())
                query += QStringLiteral("&cursor=") + cursor;
            const HttpResponse page =
                get(QStringLiteral("/api/v1/staff/cases?") + query, m_verkehr);
            if (page.status != 200)
                return { QStringLiteral("status %1").arg(page.status) };
            for (const QJsonValue &item : page.json().value(QLatin1String("items")).toArray())
                seen.append(item.toObject().value(QLatin1String("id")).toString());
            cursor = page.json().value(QLatin1String("next_cursor")).toString();
            if (cursor.isEmpty())
                break;
        }
        return seen;
    }

    static QString explain(server::Database &database, const QString &statement,
                           const QVariantList &values)
    {
        QSqlQuery query(database.connection());
        query.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + statement);
        for (const QVariant &value : values)
            query.addBindValue(value);
        if (!query.exec())
            return QStringLiteral("failed: ") + statement;
        QStringList lines;
        while (query.next())
            lines.append(query.value(3).toString());
        return lines.join(QLatin1Char('\n'));
    }

    std::unique_ptr<TestBackend> m_backend;
    QString m_erika, m_max, m_verkehr, m_lead, m_elterngeld, m_admin;
};

QTEST_GUILESS_MAIN(TestStaffLead)
#include "test_staff_lead.moc"
