// The server's own verifier of the access log (server/store/AccessLogAudit)
// at scale, and retention: entries older than two years go, the rest still
// verifies from the anchor (quality.md "Audit", "Privacy").
#include "common/domain/AccessLogChain.h"
#include "common/wire/AccessLogEntry.h"
#include "common/wire/Page.h"
#include "server/domain/Housekeeping.h"
#include "server/store/AccessLogAudit.h"
#include "server/store/Database.h"
#include "server/store/Sql.h"
#include "server/store/Transaction.h"
#include "tests/support/TestBackend.h"

#include <QTest>

#include <algorithm>
#include <functional>

using namespace rathaus;
using namespace rathaus::test;

class TestAccessLogAudit : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_backend = std::make_unique<TestBackend>();
        QVERIFY2(m_backend->start(), qPrintable(m_backend->error()));
        m_erikaId = m_backend->login(QStringLiteral("erika"))
                        .json()
                        .value(QLatin1String("user"))
                        .toObject()
                        .value(QLatin1String("id"))
                        .toString();
        QVERIFY(!m_erikaId.isEmpty());
        m_database = std::make_unique<server::Database>(
            server::DatabaseUrl::parse(m_backend->database().url()).value());
    }
    void cleanup()
    {
        m_database.reset();
        m_backend.reset();
    }

    void tamperingInALongChainIsFound()
    {
        constexpr int kEntries = 100000;
        append(kEntries, m_backend->clock().now());
        const server::AccessLogAudit audit(db(), m_database->dialect());
        const auto whole = audit.verify(m_erikaId);
        QVERIFY2(whole.intact, qPrintable(whole.reason));
        QCOMPARE(whole.entries, qint64(kEntries));

        // Each change runs in a transaction that is rolled back afterwards.
        const auto brokenAt = [&](const std::function<void()> &tamper) -> std::optional<qint64> {
            server::Transaction transaction(db(), m_database->dialect());
            tamper();
            return audit.verify(m_erikaId).brokenAtSeq;
        };
        const auto exec = [&](const QString &statement, const QVariantList &values) {
            server::sql::exec(db(), statement, QVariantList { m_erikaId } + values);
        };
        // Changed.
        QCOMPARE(brokenAt([&] {
                     exec(QStringLiteral("UPDATE access_log SET purpose = 'harmlos'"
                                         " WHERE citizen_id = ? AND seq = ?"),
                          { 50000 });
                 }),
                 std::optional<qint64>(50000));
        // Deleted in the middle.
        QCOMPARE(brokenAt([&] {
                     exec(QStringLiteral("DELETE FROM access_log WHERE citizen_id = ? AND seq = ?"),
                          { 40000 });
                 }),
                 std::optional<qint64>(40000));
        // Two neighbours swapped.
        QCOMPARE(brokenAt([&] {
                     const QString move = QStringLiteral(
                         "UPDATE access_log SET seq = ? WHERE citizen_id = ? AND seq = ?");
                     server::sql::exec(db(), move, { -1, m_erikaId, 60000 });
                     server::sql::exec(db(), move, { 60000, m_erikaId, 60001 });
                     server::sql::exec(db(), move, { 60001, m_erikaId, -1 });
                 }),
                 std::optional<qint64>(60001));
        // Cut at the newest end: the head remembers. (A cut at the oldest end
        // is in the retention test below, on a short chain.)
        QCOMPARE(brokenAt([&] {
                     exec(QStringLiteral("DELETE FROM access_log WHERE citizen_id = ? AND seq = ?"),
                          { kEntries });
                 }),
                 std::optional<qint64>(kEntries));
        // All rolled back.
        QCOMPARE(server::sql::scalar(db(),
                                     QStringLiteral("SELECT COUNT(*) FROM access_log"
                                                    " WHERE citizen_id = ? AND purpose = ?"),
                                     { m_erikaId, QStringLiteral("harmlos") })
                     ->toInt(),
                 0);
    }

    void retentionKeepsTwoYearsAndTheChainVerifiable()
    {
        const QDateTime start = m_backend->clock().now();
        append(5, start);
        m_backend->clock().advance(365 * 24 * 3600);
        append(3, m_backend->clock().now());
        // Just under two years after the first five: nothing is due yet.
        m_backend->clock().set(start.addYears(2).addSecs(-60));
        QCOMPARE(server::Housekeeping::run(*m_database, m_backend->clock()).accessLogEntries, 0);
        m_backend->clock().set(start.addYears(2).addDays(1));
        append(2, m_backend->clock().now());
        QCOMPARE(server::Housekeeping::run(*m_database, m_backend->clock()).accessLogEntries, 5);

        const server::AccessLogAudit audit(db(), m_database->dialect());
        const auto verdict = audit.verify(m_erikaId);
        QVERIFY2(verdict.intact, qPrintable(verdict.reason));
        QCOMPARE(verdict.entries, qint64(5));

        // The citizen's view: five entries that verify from the oldest one's prev_hash.
        const QString token = m_backend->login(QStringLiteral("erika"))
                                  .json()
                                  .value(QLatin1String("access_token"))
                                  .toString();
        const auto page = Page<AccessLogEntry>::fromJson(
            m_backend->http().get(QStringLiteral("/api/v1/me/access-log"), token).json());
        QVERIFY(page.ok());
        QList<AccessLogEntry> log = page.value().items;
        std::reverse(log.begin(), log.end());
        QCOMPARE(log.size(), 5);
        QVERIFY(log.first().prevHash != AccessLogChain::genesisHash());
        QVERIFY(!AccessLogChain::verifyChain(log, log.first().prevHash));

        // Deleting beyond the anchor is not retention: it shows.
        server::sql::exec(db(),
                          QStringLiteral("DELETE FROM access_log WHERE citizen_id = ? AND seq = 6"),
                          { m_erikaId });
        QVERIFY(!audit.verify(m_erikaId).intact);
    }

private:
    QSqlDatabase db() { return m_database->connection(); }

    // Sealed as AccessLogRepository::append() seals, but inserted 500 rows a
    // statement in one transaction: the setup of 100,000 entries stays quick
    // on PostgreSQL too.
    void append(int count, const QDateTime &at)
    {
        constexpr int kRowsPerStatement = 500;
        const QDateTime ms = QDateTime::fromMSecsSinceEpoch(at.toMSecsSinceEpoch(), Qt::UTC);
        server::Transaction transaction(db(), m_database->dialect());
        qint64 seq = 0;
        QString head = AccessLogChain::genesisHash();
        {
            QSqlQuery query = server::sql::exec(
                db(), QStringLiteral("SELECT seq, hash FROM access_log_heads WHERE citizen_id = ?"),
                { m_erikaId });
            if (query.next()) {
                seq = query.value(0).toLongLong();
                head = query.value(1).toString();
            }
        }
        QString statement;
        QVariantList values;
        const auto flush = [&] {
            if (values.isEmpty())
                return;
            statement.chop(1);
            server::sql::exec(db(), statement, values);
            values.clear();
        };
        for (int i = 0; i < count; ++i) {
            if (values.isEmpty())
                statement = QStringLiteral(
                    "INSERT INTO access_log (seq, id, at, citizen_id, record_id, category, action,"
                    " office_id, actor, purpose, prev_hash, hash) VALUES ");
            AccessLogEntry entry;
            entry.id = QStringLiteral("e-%1-%2").arg(ms.toMSecsSinceEpoch()).arg(i);
            entry.at = ms;
            entry.citizenId = m_erikaId;
            entry.recordId = QStringLiteral("record-%1").arg(i % 7);
            entry.category = QStringLiteral("residence");
            entry.officeId = QStringLiteral("buergerbuero");
            entry.actor = QStringLiteral("system");
            entry.purpose = QStringLiteral("Prüfung %1").arg(i);
            entry = AccessLogChain::seal(entry, head);
            head = entry.hash;
            statement += QStringLiteral("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?),");
            values << ++seq << entry.id << entry.at.toMSecsSinceEpoch() << m_erikaId
                   << entry.recordId << entry.category << accessActionToWire(entry.action)
                   << entry.officeId << entry.actor << entry.purpose << entry.prevHash
                   << entry.hash;
            if (values.size() >= kRowsPerStatement * 12)
                flush();
        }
        flush();
        server::sql::exec(db(),
                          QStringLiteral("INSERT INTO access_log_heads (citizen_id, seq, hash)"
                                         " VALUES (?, ?, ?) ON CONFLICT (citizen_id) DO UPDATE"
                                         " SET seq = excluded.seq, hash = excluded.hash"),
                          { m_erikaId, seq, head });
        transaction.commit();
    }

    std::unique_ptr<TestBackend> m_backend;
    std::unique_ptr<server::Database> m_database;
    QString m_erikaId;
};

QTEST_GUILESS_MAIN(TestAccessLogAudit)
#include "test_access_log_audit.moc"
