// The staff case search by name at scale (store/CaseSearch, migration 16):
// the same rows in the same order as the plan it replaces, for prefixes of
// several words, given name + surname, every sort order with and without a
// status filter, paged with the cursor; never another office's cases; a
// citizen's new name and a new case are found at once. Runs on SQLite and
// PostgreSQL.
#include "server/store/CaseRepository.h"
#include "server/store/CaseSearch.h"
#include "server/store/CaseSearchIndex.h"
#include "server/store/UserRepository.h"
#include "tests/api/CaseTestSupport.h"

#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>
#include <QTest>

using namespace rathaus;
using namespace rathaus::server;
using namespace rathaus::test;

class TestCaseSearch : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_backend = std::make_unique<TestBackend>();
        QVERIFY2(m_backend->start(), qPrintable(m_backend->error()));
        m_database =
            std::make_unique<Database>(DatabaseUrl::parse(m_backend->database().url()).value());
        m_office =
            scalar(QStringLiteral("SELECT office_id FROM users WHERE username = 'sb.verkehr'"));
        m_otherOffice =
            scalar(QStringLiteral("SELECT office_id FROM users WHERE username = 'sb.elterngeld'"));
        QVERIFY(!m_office.isEmpty() && !m_otherOffice.isEmpty() && m_office != m_otherOffice);
        fillCity();
    }
    void cleanup()
    {
        m_database.reset();
        m_backend.reset();
    }

    void sameRowsAndOrderAsTheFormerPlan() { compareAll(); }

    void backfillGivesTheSameIndex()
    {
        // Migration 16's fill over cases already there.
        const qint64 rows =
            scalar(QStringLiteral("SELECT COUNT(*) FROM application_search_words")).toLongLong();
        QVERIFY(rows > 400);
        sql::exec(db(), QStringLiteral("DELETE FROM application_search_words"));
        CaseSearchIndex::backfill(db());
        QCOMPARE(
            scalar(QStringLiteral("SELECT COUNT(*) FROM application_search_words")).toLongLong(),
            rows);
        compare(QStringLiteral("sch"), {}, std::nullopt, 7);
        compare(QStringLiteral("anna schmidt"), {}, std::nullopt, 5);
    }

    void theNewPlanServesNamesInReceivedOrder()
    {
        for (const QString &q : { QStringLiteral("schmidt"), QStringLiteral("sch"),
                                  QStringLiteral("anna schmidt"), QStringLiteral("berg ann") }) {
            CaseListFilter f = filter(q, CaseSort { CaseSort::Key::Received, true }, 10);
            QVERIFY2(!CaseSearch(db()).statements(f).isEmpty(), qPrintable(q));
        }
        // Too short to expand (25 words start "berg"): the former plan.
        QVERIFY(CaseSearch(db()).statements(filter(QStringLiteral("berg"), {}, 10)).isEmpty());
        // Other orders: the former plan.
        QVERIFY(CaseSearch(db())
                    .statements(filter(QStringLiteral("schmidt"),
                                       CaseSort { CaseSort::Key::Deadline, false }, 10))
                    .isEmpty());
    }

    void pagingOverHttpHasNoDuplicatesOrGaps()
    {
        const QString token = staffToken(*m_backend, QStringLiteral("sb.verkehr"));
        for (const QString &sort : { QStringLiteral("received"), QStringLiteral("-received"),
                                     QStringLiteral("-deadline") }) {
            QStringList seen;
            QString cursor;
            int pages = 0;
            do {
                QString path =
                    QStringLiteral("/api/v1/staff/cases?q=sch%20an&limit=4&sort=") + sort;
                if (!cursor.isEmpty())
                    path += QStringLiteral("&cursor=") + cursor;
                const HttpResponse page = m_backend->http().get(path, token);
                QCOMPARE(page.status, 200);
                for (const QJsonValue &item : page.json().value(QLatin1String("items")).toArray())
                    seen.append(item.toObject().value(QLatin1String("id")).toString());
                cursor = QString::fromLatin1(QUrl::toPercentEncoding(
                    page.json().value(QLatin1String("next_cursor")).toString()));
                ++pages;
            } while (!cursor.isEmpty());
            const QStringList expected =
                formerPlan(filter(QStringLiteral("sch an"), *CaseSort::fromWire(sort), 100000));
            QVERIFY(expected.size() > 8);
            QCOMPARE(seen, expected);
            QVERIFY(pages >= expected.size() / 4);
        }
    }

    void anotherOfficesCasesNeverShow()
    {
        // "Kowalski" has cases only at the other office.
        QCOMPARE(page(filter(QStringLiteral("kowalski"), {}, 50)).size(), 0);
        CaseListFilter other = filter(QStringLiteral("kowalski"), {}, 50);
        other.officeId = m_otherOffice;
        QVERIFY(page(other).size() > 0);
        // Its reference neither.
        const QString reference =
            scalar(QStringLiteral("SELECT reference FROM applications WHERE office_id = ? LIMIT 1"),
                   { m_otherOffice });
        QCOMPARE(page(filter(reference, {}, 50)).size(), 0);
        other.query = reference;
        QCOMPARE(page(other).size(), 1);
    }

    void aNewNameIsFoundAtOnce()
    {
        const QString citizen = m_citizens.value(QStringLiteral("Clara Schulz"));
        QVERIFY(!citizen.isEmpty());
        const QStringList before = page(filter(QStringLiteral("clara schulz"), {}, 500));
        QVERIFY(!before.isEmpty() && before.size() < 100);
        CaseSearchIndex::renameCitizen(db(), citizen, QStringLiteral("Clara Zimmermann-Weiß"));
        QCOMPARE(page(filter(QStringLiteral("clara schulz"), {}, 500)), QStringList());
        QCOMPARE(page(filter(QStringLiteral("zimmer wei"), {}, 500)), before);
        QCOMPARE(page(filter(QStringLiteral("WEISS"), {}, 500)), QStringList()); // ß is not ss
        compare(QStringLiteral("clara"), {}, std::nullopt, 3);
        // Over HTTP, as the inbox asks.
        const QString token = staffToken(*m_backend, QStringLiteral("sb.verkehr"));
        const HttpResponse answer = m_backend->http().get(
            QStringLiteral("/api/v1/staff/cases?limit=100&q=zimmermann"), token);
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.json().value(QLatin1String("items")).toArray().size(), before.size());
    }

private:
    QSqlDatabase db() const { return m_database->connection(); }

    QString scalar(const QString &statement, const QVariantList &values = {}) const
    {
        return sql::scalar(db(), statement, values).value_or(QVariant()).toString();
    }

    // Citizens with shared and prefixed words, cases at two offices with
    // ties in second and deadline, statuses mixed.
    void fillCity()
    {
        const QStringList given { QStringLiteral("Anna"), QStringLiteral("Annika"),
                                  QStringLiteral("Ben"), QStringLiteral("Clara") };
        const QStringList surnames { QStringLiteral("Schmidt"), QStringLiteral("Schneider"),
                                     QStringLiteral("Schulz"), QStringLiteral("Müller"),
                                     QStringLiteral("Yılmaz") };
        QStringList names;
        for (const QString &g : given)
            for (const QString &s : surnames)
                names.append(g + QLatin1Char(' ') + s);
        names << QStringLiteral("Anna Annemarie Schmidt") << QStringLiteral("Schmidt Schmidtke");
        for (int i = 1; i <= 25; ++i)
            names.append(QStringLiteral("Ben Berg%1").arg(i));
        const qint64 now = m_backend->clock().now().toSecsSinceEpoch();
        UserRepository users(db());
        for (const QString &name : std::as_const(names))
            m_citizens.insert(name, addCitizen(users, name, now));
        const QString kowalski = addCitizen(users, QStringLiteral("Piotr Kowalski"), now);

        const QString service = serviceOf(m_office);
        const QString otherService = serviceOf(m_otherOffice);
        QRandomGenerator random(4711);
        const QStringList citizenIds = m_citizens.values();
        const ApplicationStatus statuses[] = { ApplicationStatus::Submitted,
                                               ApplicationStatus::InReview,
                                               ApplicationStatus::Approved };
        ApplicationRepository applications(db(), m_database->dialect());
        for (int i = 0; i < 420; ++i) {
            const bool other = i % 5 == 4;
            StoredApplication a;
            a.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            a.citizenId = other && i % 3 == 0
                ? kowalski
                : citizenIds.at(int(random.bounded(citizenIds.size())));
            a.reference = QStringLiteral("LUN-2026-%1").arg(500000 + i);
            a.serviceId = other ? otherService : service;
            a.officeId = other ? m_otherOffice : m_office;
            a.schemaVersion = 1;
            a.status = statuses[random.bounded(3)];
            a.currency = QStringLiteral("EUR");
            a.createdAt = now - 100000 + i / 3; // three cases per second
            a.deadline = now + 86400 * qint64(random.bounded(8)); // many ties
            a.updatedAt = a.createdAt;
            applications.insert(a);
        }
    }

    QString addCitizen(UserRepository &users, const QString &name, qint64 now)
    {
        UserRecord user;
        user.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        user.username = QStringLiteral("search.%1").arg(++m_serial);
        user.displayName = name;
        user.role = Role::Citizen;
        user.passwordHash = QStringLiteral("!");
        users.insertIfAbsent(user, now);
        return user.id;
    }

    QString serviceOf(const QString &office) const
    {
        return scalar(QStringLiteral("SELECT id FROM services WHERE office_id = ? ORDER BY id"),
                      { office });
    }

    CaseListFilter filter(const QString &q, CaseSort sort, int limit) const
    {
        CaseListFilter f;
        f.officeId = m_office;
        f.query = q;
        f.sort = sort;
        f.limit = limit;
        f.now = m_backend->clock().now().toSecsSinceEpoch();
        return f;
    }

    // The ids CaseRepository::page() answers, following the cursor to the end.
    QStringList page(CaseListFilter f) const
    {
        QStringList ids;
        for (int round = 0; round < 1000; ++round) {
            const QList<CaseListRow> rows = CaseRepository(db()).page(f);
            for (const CaseListRow &row : rows) {
                if (row.application.officeId != m_office && f.officeId == m_office)
                    qWarning("another office's case");
                ids.append(row.application.id);
            }
            if (rows.size() < f.limit)
                return ids;
            f.after = CaseRepository::decodeCursor(
                CaseRepository::encodeCursor(f.sort, rows.constLast().application));
        }
        return ids;
    }

    // What the former plans (both of them) answer in one statement.
    QStringList formerPlan(const CaseListFilter &f) const
    {
        QStringList result;
        for (auto plan :
             { CaseRepository::QueryPlan::MatchesFirst, CaseRepository::QueryPlan::OfficeOrder }) {
            QVariantList values;
            QSqlQuery query = sql::exec(db(), CaseRepository::statement(f, &values, plan), values);
            QStringList ids;
            while (query.next())
                ids.append(query.value(0).toString());
            if (plan == CaseRepository::QueryPlan::MatchesFirst)
                result = ids;
            else if (ids != result)
                qWarning("the former plans disagree for %s", qPrintable(f.query));
        }
        return result;
    }

    void compare(const QString &q, CaseSort sort, std::optional<ApplicationStatus> status,
                 int limit)
    {
        CaseListFilter f = filter(q, sort, limit);
        f.status = status;
        CaseListFilter all = f;
        all.limit = 100000;
        const QStringList expected = formerPlan(all);
        const QStringList found = page(f);
        QVERIFY2(found == expected,
                 qPrintable(QStringLiteral("q=%1 sort=%2 status=%3 limit=%4: %5 rows, expected %6")
                                .arg(q, sort.toWire(),
                                     status ? applicationStatusToWire(*status) : QString())
                                .arg(limit)
                                .arg(found.size())
                                .arg(expected.size())));
        QCOMPARE(QSet<QString>(found.cbegin(), found.cend()).size(), found.size());
    }

    void compareAll()
    {
        const QString reference =
            scalar(QStringLiteral("SELECT reference FROM applications WHERE office_id = ?"
                                  " ORDER BY reference LIMIT 1 OFFSET 10"),
                   { m_office });
        const QStringList queries {
            QStringLiteral("schmidt"),
            QStringLiteral("Sch"),
            QStringLiteral("ann"),
            QStringLiteral("anna schmidt"),
            QStringLiteral("SCHMI ANN"),
            QStringLiteral("müller"),
            QStringLiteral("yil"),
            QStringLiteral("y"),
            QStringLiteral("berg"),
            QStringLiteral("berg1 ben"),
            QStringLiteral("zzz"),
            QStringLiteral("anna zzz"),
            reference.toLower(),
            QStringLiteral("kowalski"),
            QStringLiteral("schmidt schmidt"),
        };
        const QStringList sorts { QStringLiteral("received"),  QStringLiteral("-received"),
                                  QStringLiteral("deadline"),  QStringLiteral("-deadline"),
                                  QStringLiteral("reference"), QStringLiteral("-reference") };
        for (const QString &q : queries) {
            for (const QString &wire : sorts) {
                const CaseSort sort = *CaseSort::fromWire(wire);
                for (int limit : { 3, 50 }) {
                    compare(q, sort, std::nullopt, limit);
                    compare(q, sort, ApplicationStatus::InReview, limit);
                }
            }
        }
        compare(QStringLiteral("sch"), {}, std::nullopt, 1);
        compare(QStringLiteral("anna schmidt"), CaseSort { CaseSort::Key::Received, true },
                ApplicationStatus::Approved, 1);
    }

    std::unique_ptr<TestBackend> m_backend;
    std::unique_ptr<Database> m_database;
    QString m_office;
    QString m_otherOffice;
    QHash<QString, QString> m_citizens; // name -> id
    int m_serial = 0;
};

QTEST_GUILESS_MAIN(TestCaseSearch)
#include "test_case_search.moc"
