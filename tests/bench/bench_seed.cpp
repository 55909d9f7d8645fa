// rathaus-bench-seed: fills a database with a city at scale for the
// benchmarks (quality.md "Speed and scale"): N applications spread over the
// demo offices and many synthetic citizens, and M access-log entries with a
// valid hash chain per citizen (the server's own AccessLogChain, so
// AccessLogAudit and the client's check pass).
//
//   rathaus-bench-seed --db sqlite:build/bench-data/1e6.db --cases 1000000 --log-entries 10000000
//
// The schema and the demo city come from the real Backend (migrations + demo
// seed); the rows are then written directly, in batches of one transaction
// each with prepared statements. SQLite only: durability is switched off for
// this process (synchronous=OFF) and the secondary indexes of the two big
// tables are dropped and rebuilt afterwards from their own stored SQL.
#include "common/domain/AccessLogChain.h"
#include "common/domain/ApplicationStatus.h"
#include "server/Backend.h"
#include "server/store/AccessLogAudit.h"
#include "server/store/CaseSearchIndex.h"
#include "server/store/CitizenNameIndex.h"
#include "server/store/Database.h"
#include "server/store/DatabaseUrl.h"
#include "server/store/Sql.h"
#include "server/store/StaffPseudonymRepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <cstdio>

using namespace rathaus;
using namespace rathaus::server;

namespace {

struct Service
{
    QString id;
    QString officeId;
    int processingDays = 14;
};

struct Staff
{
    QString id;
    QString name;
    QString pseudonym;
};

const char *const kSurnames[] = {
    "Müller",   "Schmidt",  "Schneider", "Fischer",    "Weber",    "Meyer",   "Wagner",  "Becker",
    "Schulz",   "Hoffmann", "Schäfer",   "Koch",       "Bauer",    "Richter", "Klein",   "Wolf",
    "Schröder", "Neumann",  "Schwarz",   "Zimmermann", "Braun",    "Krüger",  "Hofmann", "Hartmann",
    "Lange",    "Schmitt",  "Werner",    "Schmitz",    "Krause",   "Meier",   "Lehmann", "Schmid",
    "Yılmaz",   "Kaya",     "Demir",     "Nowak",      "Kowalski", "Haddad",  "Popescu", "Rossi",
};
const char *const kGivenNames[] = {
    "Anna",  "Ben",   "Clara", "David",  "Elif", "Felix",    "Greta", "Hannah",
    "Ilias", "Jonas", "Karin", "Lukas",  "Mia",  "Noah",     "Olga",  "Paul",
    "Rania", "Sven",  "Tina",  "Ulrich", "Vera", "Wolfgang", "Yusuf", "Zoe",
};

void fail(const QString &message)
{
    std::fprintf(stderr, "rathaus-bench-seed: %s\n", qPrintable(message));
    std::exit(1);
}

QSqlQuery prepare(const QSqlDatabase &db, const QString &statement)
{
    QSqlQuery query(db);
    if (!query.prepare(statement))
        fail(QStringLiteral("prepare failed: %1").arg(query.lastError().text()));
    return query;
}

void run(QSqlQuery &query)
{
    if (!query.exec())
        fail(QStringLiteral("insert failed: %1").arg(query.lastError().text()));
}

// A UUID-shaped id that sorts by creation: B-tree inserts append instead of
// landing at random pages (10x faster at 10^6 rows); the server's own ids are
// random v4, which the queries never rely on.
QString orderedId(quint64 counter, quint32 salt)
{
    return QStringLiteral("%1-%2-4%3-8%4-%5")
        .arg(quint32(counter >> 16), 8, 16, QLatin1Char('0'))
        .arg(quint32(counter & 0xffff), 4, 16, QLatin1Char('0'))
        .arg(salt & 0xfff, 3, 16, QLatin1Char('0'))
        .arg((salt >> 12) & 0xfff, 3, 16, QLatin1Char('0'))
        .arg(quint64(salt) * 2654435761ULL & 0xffffffffffffULL, 12, 16, QLatin1Char('0'));
}

class Generator
{
public:
    Generator(Database &database, quint32 seed)
        : m_database(database), m_db(database.connection()), m_random(seed)
    { }

    void tune()
    {
        if (m_database.dialect() != Dialect::Sqlite)
            return;
        for (const char *pragma : { "PRAGMA synchronous=OFF", "PRAGMA cache_size=-1000000",
                                    "PRAGMA temp_store=MEMORY", "PRAGMA foreign_keys=OFF" })
            sql::exec(m_db, QString::fromLatin1(pragma));
    }

    void loadCity()
    {
        QSqlQuery services = sql::exec(
            m_db,
            QStringLiteral("SELECT id, office_id, processing_days FROM services ORDER BY id"));
        while (services.next())
            m_services.append({ services.value(0).toString(), services.value(1).toString(),
                                qMax(1, services.value(2).toInt()) });
        QSqlQuery staff = sql::exec(m_db,
                                    QStringLiteral("SELECT id, display_name, office_id FROM users"
                                                   " WHERE role IN ('caseworker', 'lead')"
                                                   " AND office_id IS NOT NULL ORDER BY id"));
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        while (staff.next()) {
            Staff member { staff.value(0).toString(), staff.value(1).toString(), {} };
            member.pseudonym = StaffPseudonymRepository(m_db).pseudonymFor(member.id, now);
            m_staff[staff.value(2).toString()].append(member);
        }
        QSqlQuery citizens = sql::exec(
            m_db, QStringLiteral("SELECT id FROM users WHERE role = 'citizen' ORDER BY id"));
        while (citizens.next())
            m_demoCitizens.append(citizens.value(0).toString());
        if (m_services.isEmpty() || m_staff.isEmpty() || m_demoCitizens.isEmpty())
            fail(QStringLiteral("the demo seed left no services, staff or citizens"));
        m_erika = sql::scalar(m_db, QStringLiteral("SELECT id FROM users WHERE username = 'erika'"))
                      .value_or(QVariant())
                      .toString();
    }

    void createCitizens(int count)
    {
        QElapsedTimer timer;
        timer.start();
        const qint64 start = sql::scalar(m_db,
                                         QStringLiteral("SELECT COUNT(*) FROM users"
                                                        " WHERE username LIKE 'bench.%'"))
                                 .value_or(0)
                                 .toLongLong();
        QSqlQuery insert = prepare(m_db,
                                   QStringLiteral("INSERT INTO users (id, username, display_name,"
                                                  " role, trust_level, password_hash, created_at)"
                                                  " VALUES (?, ?, ?, 'citizen', 'basic', '!', ?)"));
        QSqlQuery words = prepare(m_db,
                                  QStringLiteral("INSERT INTO citizen_name_words (word, citizen_id)"
                                                 " VALUES (?, ?) ON CONFLICT DO NOTHING"));
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        begin();
        for (qint64 i = start; i < start + count; ++i) {
            const QString name = QStringLiteral("%1 %2").arg(
                QString::fromUtf8(kGivenNames[m_random.bounded(int(std::size(kGivenNames)))]),
                QString::fromUtf8(kSurnames[m_random.bounded(int(std::size(kSurnames)))]));
            const QString id = QStringLiteral("bench-citizen-%1").arg(i, 8, 10, QLatin1Char('0'));
            insert.addBindValue(id);
            insert.addBindValue(QStringLiteral("bench.%1").arg(i));
            insert.addBindValue(name);
            insert.addBindValue(now);
            run(insert);
            // As UserRepository does: the case search finds them by name.
            for (const QString &word : CitizenNameIndex::words(name)) {
                words.addBindValue(word);
                words.addBindValue(id);
                run(words);
            }
            m_citizens.append(id);
        }
        commit();
        report("citizens", count, timer);
    }

    void createCases(qint64 count)
    {
        QElapsedTimer timer;
        timer.start();
        const QStringList dropped = dropIndexes(QStringLiteral("applications"));
        const QStringList droppedHistory = dropIndexes(QStringLiteral("application_history"));
        QSqlQuery insert = prepare(
            m_db,
            QStringLiteral("INSERT INTO applications (id, citizen_id, reference, service_id,"
                           " office_id, schema_version, data, status, fee_cents, currency,"
                           " payment_status, assignee, deadline, version, created_at, updated_at)"
                           " VALUES (?, ?, ?, ?, ?, 1, ?, ?, 0, 'EUR', NULL, ?, ?, ?, ?, ?)"));
        QSqlQuery history = prepare(
            m_db,
            QStringLiteral("INSERT INTO application_history (citizen_id, application_id, seq, at,"
                           " from_status, to_status, actor, actor_name, note, reason, until_at)"
                           " VALUES (?, ?, ?, ?, ?, ?, ?, ?, '', '', NULL)"));
        QHash<int, qint64> counters = referenceCounters();
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        const qint64 span = 2 * 365 * 86400; // two years of cases, oldest first
        const qint64 first = now - span;
        const quint64 idBase = quint64(QDateTime::currentMSecsSinceEpoch()) << 8;
        qint64 historyRows = 0;
        begin();
        for (qint64 i = 0; i < count; ++i) {
            const qint64 createdAt = first + span * i / count;
            const Service &service = m_services[int(m_random.bounded(m_services.size()))];
            const QString citizen = pickCitizen();
            const int year = QDateTime::fromSecsSinceEpoch(createdAt, Qt::UTC).date().year();
            const qint64 number = ++counters[year];
            const QString id = orderedId(idBase + quint64(i), m_random.generate());
            const ApplicationStatus status = pickStatus(now - createdAt);
            const QList<Staff> &staff = m_staff.value(service.officeId);
            const bool assigned = !staff.isEmpty() &&
                (status != ApplicationStatus::Submitted || m_random.bounded(10) < 3) &&
                status != ApplicationStatus::Withdrawn;
            const Staff *assignee =
                assigned ? &staff[int(m_random.bounded(staff.size()))] : nullptr;

            // The path the case took: submitted, then in review, then where it is.
            QList<ApplicationStatus> path { ApplicationStatus::Submitted };
            if (status == ApplicationStatus::Withdrawn) {
                path.append(status);
            } else if (status != ApplicationStatus::Submitted) {
                path.append(ApplicationStatus::InReview);
                if (status != ApplicationStatus::InReview)
                    path.append(status);
            }
            const qint64 step = qMax<qint64>(60, qMin<qint64>(now - createdAt, 20 * 86400) / 3);
            for (int h = 0; h < path.size(); ++h) {
                const bool byCitizen = h == 0 || path[h] == ApplicationStatus::Withdrawn;
                history.addBindValue(citizen);
                history.addBindValue(id);
                history.addBindValue(h + 1);
                history.addBindValue(createdAt + h * step);
                history.addBindValue(h == 0 ? QVariant(QMetaType::fromType<QString>())
                                            : QVariant(applicationStatusToWire(path[h - 1])));
                history.addBindValue(applicationStatusToWire(path[h]));
                history.addBindValue(byCitizen ? QStringLiteral("citizen")
                                               : QStringLiteral("staff"));
                history.addBindValue(
                    sql::text(byCitizen || !assignee ? QString() : assignee->name));
                run(history);
                ++historyRows;
            }

            insert.addBindValue(id);
            insert.addBindValue(citizen);
            insert.addBindValue(
                QStringLiteral("LUN-%1-%2").arg(year).arg(number, 6, 10, QLatin1Char('0')));
            insert.addBindValue(service.id);
            insert.addBindValue(service.officeId);
            insert.addBindValue(
                QStringLiteral("{\"bench\":true,\"note\":\"generated case %1\"}").arg(i));
            insert.addBindValue(applicationStatusToWire(status));
            insert.addBindValue(assignee ? QVariant(assignee->id)
                                         : QVariant(QMetaType::fromType<QString>()));
            insert.addBindValue(createdAt + qint64(service.processingDays) * 86400);
            insert.addBindValue(int(path.size()));
            insert.addBindValue(createdAt);
            insert.addBindValue(createdAt + (path.size() - 1) * step);
            run(insert);

            if ((i + 1) % kBatch == 0) {
                commit();
                progress("cases", i + 1, count, timer);
                begin();
            }
        }
        saveReferenceCounters(counters);
        commit();
        report("cases", count, timer);
        std::printf("  (+ %lld history entries)\n", historyRows);
        recreateIndexes(dropped + droppedHistory, timer, "cases");
        fillCaseSearch();
    }

    // The cases' words for the staff search (migration 16's fill), once for
    // all cases: the demo cases' rows go first, ApplicationRepository wrote them.
    void fillCaseSearch()
    {
        QElapsedTimer timer;
        timer.start();
        begin();
        sql::exec(m_db, QStringLiteral("DELETE FROM application_search_words"));
        CaseSearchIndex::backfill(m_db);
        commit();
        std::printf("case search words: %.1f s\n", double(timer.elapsed()) / 1000.0);
    }

    void createAccessLog(qint64 count, qint64 erikaShare)
    {
        QElapsedTimer timer;
        timer.start();
        const QStringList dropped = dropIndexes(QStringLiteral("access_log"));
        QSqlQuery insert = prepare(
            m_db,
            QStringLiteral("INSERT INTO access_log (seq, id, at, citizen_id, record_id, category,"
                           " action, office_id, actor, purpose, legal_basis, consent_id,"
                           " application_id, hidden_until, hidden_reason, prev_hash, hash)"
                           " VALUES (?, ?, ?, ?, NULL, ?, ?, ?, ?, ?, ?, NULL, NULL, NULL, NULL,"
                           " ?, ?)"));
        QSqlQuery head = prepare(
            m_db,
            QStringLiteral("INSERT INTO access_log_heads (citizen_id, seq, hash) VALUES (?, ?, ?)"
                           " ON CONFLICT (citizen_id) DO UPDATE SET seq = excluded.seq,"
                           " hash = excluded.hash"));
        // erika first (the cockpit benchmark pages through her log), then the
        // rest spread evenly over everybody else.
        QList<QPair<QString, qint64>> plan;
        const qint64 erika = m_erika.isEmpty() ? 0 : qMin(count, erikaShare);
        if (erika > 0)
            plan.append({ m_erika, erika });
        QStringList others = m_citizens;
        for (const QString &demo : std::as_const(m_demoCitizens)) {
            if (demo != m_erika)
                others.append(demo);
        }
        const qint64 rest = count - erika;
        for (int c = 0; c < others.size() && rest > 0; ++c) {
            const qint64 share = rest * (c + 1) / others.size() - rest * c / others.size();
            if (share > 0)
                plan.append({ others[c], share });
        }

        QStringList offices = m_staff.keys();
        offices.sort();
        const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
        const qint64 spanMs = qint64(700) * 86400 * 1000;
        const quint64 idBase = quint64(nowMs) << 10;
        qint64 written = 0;
        begin();
        for (const auto &[citizen, entries] : std::as_const(plan)) {
            qint64 seq = 0;
            QString prev = AccessLogChain::genesisHash();
            QSqlQuery current = sql::exec(
                m_db, QStringLiteral("SELECT seq, hash FROM access_log_heads WHERE citizen_id = ?"),
                { citizen });
            qint64 startMs = nowMs - spanMs;
            if (current.next()) {
                seq = current.value(0).toLongLong();
                prev = current.value(1).toString();
                const qint64 lastAt =
                    sql::scalar(
                        m_db, QStringLiteral("SELECT MAX(at) FROM access_log WHERE citizen_id = ?"),
                        { citizen })
                        .value_or(0)
                        .toLongLong();
                startMs = qMax(startMs, lastAt + 1);
            }
            current.finish();
            for (qint64 e = 0; e < entries; ++e) {
                const QString &office = offices[int(m_random.bounded(offices.size()))];
                const QList<Staff> &staff = m_staff[office];
                AccessLogEntry entry;
                entry.id = orderedId(idBase + quint64(written), m_random.generate());
                entry.at = QDateTime::fromMSecsSinceEpoch(
                    startMs + (nowMs - startMs) * e / qMax<qint64>(1, entries), Qt::UTC);
                entry.citizenId = citizen;
                entry.category = QStringLiteral("application");
                entry.action =
                    m_random.bounded(20) == 0 ? AccessAction::Update : AccessAction::Read;
                entry.officeId = office;
                entry.actor = staff[int(m_random.bounded(staff.size()))].pseudonym;
                entry.purpose = QStringLiteral("Bearbeitung eines Antrags");
                entry.legalBasis = QStringLiteral("Art. 6 Abs. 1 lit. e DSGVO");
                entry = AccessLogChain::seal(std::move(entry), prev);
                prev = entry.hash;
                ++seq;
                insert.addBindValue(seq);
                insert.addBindValue(entry.id);
                insert.addBindValue(entry.at.toMSecsSinceEpoch());
                insert.addBindValue(entry.citizenId);
                insert.addBindValue(entry.category);
                insert.addBindValue(accessActionToWire(entry.action));
                insert.addBindValue(entry.officeId);
                insert.addBindValue(entry.actor);
                insert.addBindValue(entry.purpose);
                insert.addBindValue(entry.legalBasis);
                insert.addBindValue(entry.prevHash);
                insert.addBindValue(entry.hash);
                run(insert);
                if (++written % kBatch == 0) {
                    commit();
                    progress("access-log entries", written, count, timer);
                    begin();
                }
            }
            head.addBindValue(citizen);
            head.addBindValue(seq);
            head.addBindValue(prev);
            run(head);
        }
        commit();
        report("access-log entries", written, timer);
        std::printf("  (erika: %lld entries)\n", erika);
        recreateIndexes(dropped, timer, "access-log entries");
    }

    bool verifyErika()
    {
        if (m_erika.isEmpty())
            return true;
        QElapsedTimer timer;
        timer.start();
        const auto verdict = AccessLogAudit(m_db, m_database.dialect()).verify(m_erika);
        std::printf("audit of erika's chain: %s, %lld entries checked in %.1f s\n",
                    verdict.intact ? "intact" : qPrintable(verdict.reason), verdict.entries,
                    timer.elapsed() / 1000.0);
        return verdict.intact;
    }

    void analyse()
    {
        QElapsedTimer timer;
        timer.start();
        sql::exec(m_db, QStringLiteral("ANALYZE"));
        std::printf("ANALYZE: %.1f s\n", timer.elapsed() / 1000.0);
    }

private:
    static constexpr qint64 kBatch = 20000;

    void begin()
    {
        if (!m_db.transaction())
            fail(QStringLiteral("begin failed: %1").arg(m_db.lastError().text()));
    }
    void commit()
    {
        if (!m_db.commit())
            fail(QStringLiteral("commit failed: %1").arg(m_db.lastError().text()));
    }

    QString pickCitizen()
    {
        // A few cases of the demo citizens (erika sees her list grow), the
        // rest over the synthetic ones.
        if (m_citizens.isEmpty() || m_random.bounded(1000) == 0)
            return m_demoCitizens[int(m_random.bounded(m_demoCitizens.size()))];
        return m_citizens[int(m_random.bounded(m_citizens.size()))];
    }

    // Old cases are mostly done; recent ones mostly open (some of them past
    // their deadline: overdue).
    ApplicationStatus pickStatus(qint64 ageSeconds)
    {
        using S = ApplicationStatus;
        const int roll = int(m_random.bounded(100));
        if (ageSeconds > 60 * 86400) {
            if (roll < 60)
                return S::Completed;
            if (roll < 78)
                return S::Approved;
            if (roll < 88)
                return S::Rejected;
            if (roll < 94)
                return S::Withdrawn;
            if (roll < 97)
                return S::Suspended;
            return S::InReview;
        }
        if (roll < 30)
            return S::Submitted;
        if (roll < 55)
            return S::InReview;
        if (roll < 63)
            return S::InfoRequested;
        if (roll < 66)
            return S::Suspended;
        if (roll < 82)
            return S::Approved;
        if (roll < 92)
            return S::Completed;
        if (roll < 96)
            return S::Rejected;
        return S::Withdrawn;
    }

    QHash<int, qint64> referenceCounters()
    {
        QHash<int, qint64> counters;
        QSqlQuery query =
            sql::exec(m_db, QStringLiteral("SELECT name, value FROM reference_counters"));
        while (query.next()) {
            const QString name = query.value(0).toString(); // LUN-2026
            counters[name.mid(4).toInt()] = query.value(1).toLongLong();
        }
        return counters;
    }

    void saveReferenceCounters(const QHash<int, qint64> &counters)
    {
        for (auto it = counters.cbegin(); it != counters.cend(); ++it)
            sql::exec(m_db,
                      QStringLiteral("INSERT INTO reference_counters (name, value) VALUES (?, ?)"
                                     " ON CONFLICT (name) DO UPDATE SET value = excluded.value"),
                      { QStringLiteral("LUN-%1").arg(it.key()), it.value() });
    }

    // SQLite: the table's secondary indexes (their CREATE statements, as the
    // migrations wrote them), dropped for the bulk load.
    QStringList dropIndexes(const QString &table)
    {
        if (m_database.dialect() != Dialect::Sqlite)
            return {};
        QStringList statements;
        QStringList names;
        QSqlQuery query = sql::exec(m_db,
                                    QStringLiteral("SELECT name, sql FROM sqlite_master WHERE"
                                                   " type = 'index' AND tbl_name = ?"
                                                   " AND sql IS NOT NULL"),
                                    { table });
        while (query.next()) {
            names.append(query.value(0).toString());
            statements.append(query.value(1).toString());
        }
        query.finish();
        for (const QString &name : std::as_const(names))
            sql::exec(m_db, QStringLiteral("DROP INDEX %1").arg(name));
        return statements;
    }

    void recreateIndexes(const QStringList &statements, const QElapsedTimer &since,
                         const char *what)
    {
        if (statements.isEmpty())
            return;
        QElapsedTimer timer;
        timer.start();
        for (const QString &statement : statements)
            sql::exec(m_db, statement);
        std::printf("  %lld indexes rebuilt in %.1f s (%s total %.1f s)\n",
                    qint64(statements.size()), timer.elapsed() / 1000.0, what,
                    since.elapsed() / 1000.0);
        std::fflush(stdout);
    }

    static void progress(const char *what, qint64 done, qint64 total, const QElapsedTimer &timer)
    {
        if (done % (kBatch * 25) != 0)
            return;
        std::printf("  %s: %lld / %lld (%.0f rows/s)\n", what, done, total,
                    done * 1000.0 / qMax<qint64>(1, timer.elapsed()));
        std::fflush(stdout);
    }

    static void report(const char *what, qint64 count, const QElapsedTimer &timer)
    {
        std::printf("%s: %lld rows in %.1f s (%.0f rows/s)\n", what, count,
                    timer.elapsed() / 1000.0, count * 1000.0 / qMax<qint64>(1, timer.elapsed()));
        std::fflush(stdout);
    }

    Database &m_database;
    QSqlDatabase m_db;
    QRandomGenerator m_random;
    QList<Service> m_services;
    QHash<QString, QList<Staff>> m_staff; // by office
    QStringList m_demoCitizens;
    QStringList m_citizens;
    QString m_erika;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Seeds a Rathaus database at scale for the benchmarks."));
    parser.addHelpOption();
    const QCommandLineOption db(QStringLiteral("db"),
                                QStringLiteral("sqlite:PATH or postgres://user:pw@host:port/db"),
                                QStringLiteral("URL"));
    const QCommandLineOption cases(QStringLiteral("cases"), QStringLiteral("Applications to add."),
                                   QStringLiteral("N"), QStringLiteral("10000"));
    const QCommandLineOption logEntries(QStringLiteral("log-entries"),
                                        QStringLiteral("Access-log entries to add."),
                                        QStringLiteral("M"), QStringLiteral("0"));
    const QCommandLineOption erikaShare(QStringLiteral("erika-entries"),
                                        QStringLiteral("Of those, erika's (default 2%, at least "
                                                       "100000 when M allows)."),
                                        QStringLiteral("K"));
    const QCommandLineOption citizens(QStringLiteral("citizens"),
                                      QStringLiteral("Synthetic citizens (default N/5)."),
                                      QStringLiteral("C"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Random seed."),
                                  QStringLiteral("S"), QStringLiteral("42"));
    const QCommandLineOption verify(QStringLiteral("verify"),
                                    QStringLiteral("Audit erika's hash chain at the end."));
    // Off by default: the server never runs ANALYZE, so the benchmarks see
    // the plans a real installation gets.
    const QCommandLineOption analyze(QStringLiteral("analyze"),
                                     QStringLiteral("Run ANALYZE at the end."));
    parser.addOptions({ db, cases, logEntries, erikaShare, citizens, seed, verify, analyze });
    parser.process(app);
    QLoggingCategory::setFilterRules(QStringLiteral("rathaus.*.info=false"));

    if (!parser.isSet(db))
        fail(QStringLiteral("--db is required"));
    const qint64 caseCount = parser.value(cases).toLongLong();
    const qint64 logCount = parser.value(logEntries).toLongLong();
    const qint64 erikaCount = parser.isSet(erikaShare)
        ? parser.value(erikaShare).toLongLong()
        : qMin(logCount, qMax<qint64>(logCount / 50, 100000));
    const int citizenCount = parser.isSet(citizens) ? parser.value(citizens).toInt()
                                                    : int(qMax<qint64>(100, caseCount / 5));
    if (caseCount < 0 || logCount < 0 || citizenCount < 1)
        fail(QStringLiteral("--cases, --log-entries and --citizens want positive numbers"));

    QElapsedTimer total;
    total.start();
    {
        // Migrations and the demo city, exactly as the server does them.
        BackendConfig config;
        config.databaseUrl = parser.value(db);
        config.seedDemo = true;
        Backend backend(config);
        QString error;
        if (!backend.start(&error))
            fail(error);
    }
    const auto url = DatabaseUrl::parse(parser.value(db));
    if (!url)
        fail(url.problem().detail);
    Database database(url.value());
    Generator generator(database, parser.value(seed).toUInt());
    generator.tune();
    generator.loadCity();
    generator.createCitizens(citizenCount);
    generator.createCases(caseCount);
    if (logCount > 0)
        generator.createAccessLog(logCount, erikaCount);
    if (parser.isSet(analyze))
        generator.analyse();
    const bool intact = !parser.isSet(verify) || generator.verifyErika();
    std::printf("done in %.1f s\n", total.elapsed() / 1000.0);
    return intact ? 0 : 1;
}
