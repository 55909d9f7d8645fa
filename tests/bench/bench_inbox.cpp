// bench_inbox: the staff inbox and the cockpit's access log at scale
// (quality.md "Speed and scale"). For each database given (made by
// rathaus-bench-seed, e.g. 10^4, 10^5 and 10^6 cases) it starts the real
// rathaus-server on loopback, signs in as sb.verkehr (TOTP) and erika, and
// times over HTTP: the inbox's first page with the default filter, the next
// pages (following the cursor), a status filter, overdue, a search by
// reference and by surname; erika's /me/access-log first and next pages.
// "sql" is the same query through the store on a connection of this process:
// the server's share of the time. It prints median and p95 milliseconds per
// size, and the query plans at each size; a full scan is flagged.
//
//   bench_inbox sqlite:build/bench-data/cases-1e4.db sqlite:build/bench-data/cases-1e6.db
//
// Figures only, no verdict on time (shared machines are noisy); it exits 1
// when a plan scans a whole table, which the server must never need.
#include "common/crypto/Totp.h"
#include "server/domain/ApplicationService.h"
#include "server/store/AccessLogRepository.h"
#include "server/store/CaseRepository.h"
#include "server/store/CaseSearch.h"
#include "server/store/Database.h"
#include "server/store/Sql.h"
#include "tests/bench/BenchServer.h"
#include "tests/support/TestBackend.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QMap>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QUrlQuery>

#include <algorithm>
#include <cstdio>

using namespace rathaus;
using namespace rathaus::server;

namespace {

struct Samples
{
    QList<double> ms;

    double quantile(double q) const
    {
        if (ms.isEmpty())
            return 0;
        QList<double> sorted = ms;
        std::sort(sorted.begin(), sorted.end());
        const qsizetype index = qMin(sorted.size() - 1, qsizetype(q * double(sorted.size())));
        return sorted[index];
    }
    QString text() const
    {
        return QStringLiteral("%1 / %2")
            .arg(quantile(0.5), 0, 'f', 2)
            .arg(quantile(0.95), 0, 'f', 2);
    }
};

// One line of the table: HTTP round trip and the store's share.
struct Figure
{
    Samples http;
    Samples sql;
};

double elapsedMs(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

void fail(const QString &message)
{
    std::fprintf(stderr, "bench_inbox: %s\n", qPrintable(message));
    std::exit(2);
}

class SizeBench
{
public:
    SizeBench(const QString &databaseUrl, const QString &serverProgram, int repeat)
        : m_url(databaseUrl), m_repeat(repeat)
    {
        const auto url = DatabaseUrl::parse(databaseUrl);
        if (!url)
            fail(url.problem().detail);
        m_database = std::make_unique<Database>(url.value());
        m_db = m_database->connection();
        m_cases = scalar(QStringLiteral("SELECT COUNT(*) FROM applications")).toLongLong();
        m_logEntries = scalar(QStringLiteral("SELECT COUNT(*) FROM access_log")).toLongLong();
        m_officeId =
            scalar(QStringLiteral("SELECT office_id FROM users WHERE username = 'sb.verkehr'"))
                .toString();
        m_erikaId =
            scalar(QStringLiteral("SELECT id FROM users WHERE username = 'erika'")).toString();
        // Search terms from the office's own cases: a reference and the
        // surname of a citizen in the middle of the queue.
        const qint64 officeCases =
            scalar(QStringLiteral("SELECT COUNT(*) FROM applications WHERE office_id = ?"),
                   { m_officeId })
                .toLongLong();
        QSqlQuery middle =
            sql::exec(m_db,
                      QStringLiteral("SELECT a.reference, u.display_name"
                                     " FROM applications a JOIN users u"
                                     " ON u.id = a.citizen_id WHERE a.office_id = ?"
                                     " ORDER BY a.created_at, a.id LIMIT 1 OFFSET ?"),
                      { m_officeId, officeCases / 2 });
        if (middle.next()) {
            m_reference = middle.value(0).toString();
            m_fullName = middle.value(1).toString();
            m_surname = m_fullName.section(QLatin1Char(' '), -1);
            m_prefix = m_surname.left(3).toLower(); // as the client sends what is typed
        }
        m_server = std::make_unique<bench::BenchServer>(serverProgram, databaseUrl);
        m_http = std::make_unique<test::HttpClient>(m_server->baseUrl());
    }

    qint64 cases() const { return m_cases; }
    qint64 logEntries() const { return m_logEntries; }

    // Runs every measurement; the figures by name.
    QMap<QString, Figure> run(bool *fullScan)
    {
        QMap<QString, Figure> figures;
        const QString staff = login(QStringLiteral("sb.verkehr"), true);
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        auto filter = [&](auto tweak) {
            CaseListFilter f;
            f.officeId = m_officeId;
            f.now = now;
            f.limit = 50;
            tweak(f);
            return f;
        };
        struct Case
        {
            QString name;
            QString query;
            CaseListFilter filter;
        };
        const QList<Case> lists {
            { QStringLiteral("inbox first page"), QString(), filter([](CaseListFilter &) {}) },
            { QStringLiteral("status=in_review"), QStringLiteral("status=in_review"),
              filter([](CaseListFilter &f) { f.status = ApplicationStatus::InReview; }) },
            { QStringLiteral("overdue=true"), QStringLiteral("overdue=true"),
              filter([](CaseListFilter &f) { f.overdueOnly = true; }) },
            { QStringLiteral("q=<reference>"), QStringLiteral("q=") + m_reference,
              filter([this](CaseListFilter &f) { f.query = m_reference; }) },
            { QStringLiteral("q=<surname>"),
              QStringLiteral("q=") + QString::fromLatin1(QUrl::toPercentEncoding(m_surname)),
              filter([this](CaseListFilter &f) { f.query = m_surname; }) },
            { QStringLiteral("q=<given name surname>"),
              QStringLiteral("q=") + QString::fromLatin1(QUrl::toPercentEncoding(m_fullName)),
              filter([this](CaseListFilter &f) { f.query = m_fullName; }) },
            { QStringLiteral("q=<3-letter prefix>"),
              QStringLiteral("q=") + QString::fromLatin1(QUrl::toPercentEncoding(m_prefix)),
              filter([this](CaseListFilter &f) { f.query = m_prefix; }) },
            { QStringLiteral("sort=deadline&status=in_review"),
              QStringLiteral("sort=deadline&status=in_review"), filter([](CaseListFilter &f) {
                  f.sort = CaseSort { CaseSort::Key::Deadline, false };
                  f.status = ApplicationStatus::InReview;
              }) },
            { QStringLiteral("sort=-reference&status=in_review"),
              QStringLiteral("sort=-reference&status=in_review"), filter([](CaseListFilter &f) {
                  f.sort = CaseSort { CaseSort::Key::Reference, true };
                  f.status = ApplicationStatus::InReview;
              }) },
        };
        for (const Case &list : lists) {
            Figure &figure = figures[list.name];
            for (int i = 0; i < m_repeat; ++i) {
                figure.http.ms.append(
                    timedGet(QStringLiteral("/api/v1/staff/cases?") + list.query, staff));
                QElapsedTimer timer;
                timer.start();
                CaseRepository(m_db).page(list.filter);
                figure.sql.ms.append(elapsedMs(timer));
            }
            *fullScan |= printPlan(list.name, list.filter);
        }
        // Next pages: follow the cursor as the client does when scrolling.
        const QList<Case> paged {
            { QStringLiteral("inbox"), QString(), filter([](CaseListFilter &) {}) },
            { QStringLiteral("q=<surname>"),
              QStringLiteral("q=") + QString::fromLatin1(QUrl::toPercentEncoding(m_surname)),
              filter([this](CaseListFilter &f) { f.query = m_surname; }) },
            { QStringLiteral("q=<3-letter prefix>"),
              QStringLiteral("q=") + QString::fromLatin1(QUrl::toPercentEncoding(m_prefix)),
              filter([this](CaseListFilter &f) { f.query = m_prefix; }) },
            { QStringLiteral("sort=deadline&status=in_review"),
              QStringLiteral("sort=deadline&status=in_review"), filter([](CaseListFilter &f) {
                  f.sort = CaseSort { CaseSort::Key::Deadline, false };
                  f.status = ApplicationStatus::InReview;
              }) },
            { QStringLiteral("sort=-reference&status=in_review"),
              QStringLiteral("sort=-reference&status=in_review"), filter([](CaseListFilter &f) {
                  f.sort = CaseSort { CaseSort::Key::Reference, true };
                  f.status = ApplicationStatus::InReview;
              }) },
        };
        for (const Case &list : paged)
            *fullScan |= nextPages(list.name, list.query, list.filter, staff, &figures);
        // The cockpit: erika's access log, newest first, keyset by seq.
        const QString erika = login(QStringLiteral("erika"), false);
        Figure &logFirst = figures[QStringLiteral("access log first page")];
        const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
        for (int i = 0; i < m_repeat; ++i) {
            logFirst.http.ms.append(timedGet(QStringLiteral("/api/v1/me/access-log"), erika));
            AccessLogFilter f;
            f.citizenId = m_erikaId;
            f.nowMs = nowMs;
            f.limit = 51;
            QElapsedTimer timer;
            timer.start();
            AccessLogRepository(m_db, m_database->dialect()).page(f);
            logFirst.sql.ms.append(elapsedMs(timer));
        }
        Figure &logNext = figures[QStringLiteral("access log next page (x20)")];
        QString cursor = nextCursor(QStringLiteral("/api/v1/me/access-log"), erika);
        for (int page = 0; page < 20 && !cursor.isEmpty(); ++page) {
            const QString path = QStringLiteral("/api/v1/me/access-log?cursor=") + cursor;
            logNext.http.ms.append(timedGet(path, erika));
            AccessLogFilter f;
            f.citizenId = m_erikaId;
            f.nowMs = nowMs;
            f.limit = 51;
            f.beforeSeq = cursor.toLongLong();
            QElapsedTimer timer;
            timer.start();
            AccessLogRepository(m_db, m_database->dialect()).page(f);
            logNext.sql.ms.append(elapsedMs(timer));
            cursor = nextCursor(path, erika);
        }
        const QString logPlan =
            plan(QStringLiteral("SELECT * FROM access_log WHERE citizen_id = ?"
                                " AND seq < ? AND (hidden_until IS NULL OR"
                                " hidden_until <= ?) ORDER BY seq DESC LIMIT 51"),
                 { m_erikaId, std::numeric_limits<qint64>::max(), nowMs });
        std::printf("  plan [access log page]:\n%s", qPrintable(logPlan));
        *fullScan |= isFullScan(logPlan);
        return figures;
    }

private:
    QVariant scalar(const QString &statement, const QVariantList &values = {})
    {
        return sql::scalar(m_db, statement, values).value_or(QVariant());
    }

    QString login(const QString &username, bool staff)
    {
        QJsonObject body { { QStringLiteral("username"), username },
                           { QStringLiteral("password"), QStringLiteral("rathaus-demo") } };
        if (staff) {
            const auto secret = base32::decode(QStringLiteral("JBSWY3DPEHPK3PXP"));
            body.insert(
                QStringLiteral("totp"),
                Totp(secret.value_or(QByteArray())).code(QDateTime::currentSecsSinceEpoch()));
        }
        const auto answer = m_http->postJson(QStringLiteral("/api/v1/auth/login"), body);
        const QString token = answer.json().value(QLatin1String("access_token")).toString();
        if (token.isEmpty())
            fail(QStringLiteral("login of %1 failed: HTTP %2 %3")
                     .arg(username)
                     .arg(answer.status)
                     .arg(QString::fromUtf8(answer.body.left(300))));
        return token;
    }

    double timedGet(const QString &path, const QString &token)
    {
        QElapsedTimer timer;
        timer.start();
        const auto answer = m_http->get(path, token);
        const double ms = elapsedMs(timer);
        if (answer.status != 200)
            fail(QStringLiteral("GET %1: HTTP %2 %3")
                     .arg(path)
                     .arg(answer.status)
                     .arg(QString::fromUtf8(answer.body.left(300))));
        return ms;
    }

    QString nextCursor(const QString &path, const QString &token)
    {
        const auto cursor = m_http->get(path, token).json().value(QLatin1String("next_cursor"));
        return QString::fromLatin1(QUrl::toPercentEncoding(cursor.toString()));
    }

    QString plan(const QString &statement, const QVariantList &values)
    {
        QString text;
        QSqlQuery query =
            sql::exec(m_db, QStringLiteral("EXPLAIN QUERY PLAN ") + statement, values);
        while (query.next())
            text += QStringLiteral("    %1\n").arg(query.value(3).toString());
        return text;
    }

    // "SCAN a" (SQLite) reads the whole table; "SCAN a USING INDEX" walks an
    // index in order and stops at LIMIT.
    static bool isFullScan(const QString &plan)
    {
        for (const QString &line : plan.split(QLatin1Char('\n'))) {
            const QString step = line.trimmed();
            // "SCAN m", "SCAN c", "SCAN w1": the rows of a subquery (the matches,
            // the candidates, a word's candidates), not a table.
            static const QRegularExpression subquery(QStringLiteral("^SCAN (m|c|w[0-9]+)$"));
            if (step.startsWith(QLatin1String("SCAN ")) && !step.contains(QLatin1String("USING")) &&
                !subquery.match(step).hasMatch())
                return true;
        }
        return false;
    }

    // 20 next pages of `query` (following next_cursor), as "<name> next page (x20)";
    // true when the last page's plan scans a table.
    bool nextPages(const QString &name, const QString &query, const CaseListFilter &first,
                   const QString &token, QMap<QString, Figure> *figures)
    {
        Figure &next = (*figures)[name + QStringLiteral(" next page (x20)")];
        const QString base = QStringLiteral("/api/v1/staff/cases?") + query;
        const QString separator = query.isEmpty() ? QString() : QStringLiteral("&");
        QString cursor = nextCursor(base, token);
        CaseListFilter f = first;
        for (int page = 0; page < 20 && !cursor.isEmpty(); ++page) {
            const QString path = base + separator + QStringLiteral("cursor=") + cursor;
            next.http.ms.append(timedGet(path, token));
            f.after = CaseRepository::decodeCursor(QUrl::fromPercentEncoding(cursor.toLatin1()));
            QElapsedTimer timer;
            timer.start();
            CaseRepository(m_db).page(f);
            next.sql.ms.append(elapsedMs(timer));
            cursor = nextCursor(path, token);
        }
        return printPlan(name + QStringLiteral(" next page"), f);
    }

    bool printPlan(const QString &name, const CaseListFilter &filter)
    {
        // A name in received order: CaseSearch's statements (first round).
        const QList<CaseSearch::Statement> search = CaseSearch(m_db).statements(filter);
        if (!search.isEmpty()) {
            bool full = false;
            for (const CaseSearch::Statement &statement : search) {
                const QString text = plan(statement.sql, statement.values);
                const bool scan = isFullScan(text);
                std::printf("  plan [%s, %s]%s:\n%s", qPrintable(name), qPrintable(statement.name),
                            scan ? " FULL SCAN" : "", qPrintable(text));
                full |= scan;
            }
            return full;
        }
        QVariantList values;
        const QString statement =
            CaseRepository::statement(filter, &values, CaseRepository(m_db).planFor(filter));
        const QString text = plan(statement, values);
        const bool full = isFullScan(text);
        std::printf("  plan [%s]%s:\n%s", qPrintable(name), full ? " FULL SCAN" : "",
                    qPrintable(text));
        return full;
    }

    QString m_url;
    int m_repeat;
    std::unique_ptr<Database> m_database;
    QSqlDatabase m_db;
    qint64 m_cases = 0;
    qint64 m_logEntries = 0;
    QString m_officeId;
    QString m_erikaId;
    QString m_reference;
    QString m_surname;
    QString m_fullName;
    QString m_prefix;
    std::unique_ptr<bench::BenchServer> m_server;
    std::unique_ptr<test::HttpClient> m_http;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Times the staff inbox and the access log at several database sizes."));
    parser.addHelpOption();
    const QCommandLineOption server(QStringLiteral("server"),
                                    QStringLiteral("The rathaus-server binary."),
                                    QStringLiteral("PATH"), QStringLiteral(RATHAUS_SERVER_BINARY));
    const QCommandLineOption repeat(QStringLiteral("repeat"),
                                    QStringLiteral("Requests per measurement (default 30)."),
                                    QStringLiteral("N"), QStringLiteral("30"));
    parser.addOptions({ server, repeat });
    parser.addPositionalArgument(QStringLiteral("db"), QStringLiteral("sqlite:PATH ..."));
    parser.process(app);
    const QStringList databases = parser.positionalArguments();
    if (databases.isEmpty()) {
        // Run as a ctest (label bench) without arguments: nothing to measure.
        std::printf("bench_inbox: no database given; make them with "
                    "tests/bench/run-inbox-benchmark\n");
        return 0;
    }

    QStringList sizes;
    QList<QMap<QString, Figure>> results;
    bool fullScan = false;
    for (const QString &url : databases) {
        SizeBench bench(url, parser.value(server), qMax(3, parser.value(repeat).toInt()));
        std::printf("== %s: %lld cases, %lld access-log entries\n", qPrintable(url), bench.cases(),
                    bench.logEntries());
        std::fflush(stdout);
        results.append(bench.run(&fullScan));
        sizes.append(QStringLiteral("%1 cases").arg(bench.cases()));
    }

    std::printf("\nmilliseconds, median / p95: HTTP round trip over loopback [store query]\n");
    std::printf("%-28s", "");
    for (const QString &size : sizes)
        std::printf(" | %-30s", qPrintable(size));
    std::printf("\n");
    for (const QString &name : results.first().keys()) {
        std::printf("%-28s", qPrintable(name));
        for (const auto &result : results) {
            const Figure figure = result.value(name);
            std::printf(
                " | %-30s",
                qPrintable(QStringLiteral("%1 [%2]").arg(figure.http.text(), figure.sql.text())));
        }
        std::printf("\n");
    }
    if (fullScan)
        std::printf("\nA query plan scans a whole table (see FULL SCAN above).\n");
    return fullScan ? 1 : 0;
}
