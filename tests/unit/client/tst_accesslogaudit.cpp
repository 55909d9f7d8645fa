// The client's own check of the access log (AccessLogAudit, what
// AccessLogVerifier feeds page by page) on a 100,000-entry chain: intact it
// holds; one entry changed, deleted or two swapped are each found and named,
// wherever the page boundaries fall; the oldest entries cut off within the
// retention period are found too. (tests/api/test_access_log_audit does the
// same for the server's verifier; tst_accesslogmodel runs the verifier
// against the real backend.)
#include "app/client/cockpit/AccessLogAudit.h"
#include "common/domain/AccessLogChain.h"

#include <QTest>

#include <algorithm>

using namespace rathaus;
using namespace rathaus::client;

namespace {

constexpr int kEntries = 100000;
constexpr int kPage = 200; // the contract's largest page, as the verifier asks for

} // namespace

class AccessLogAuditTest : public QObject
{
    Q_OBJECT

private:
    QList<AccessLogEntry> m_chain; // oldest first, sealed
    QDateTime m_now;

    // Fed as GET /me/access-log serves it: newest first, in pages.
    static ChainVerdict audit(const QList<AccessLogEntry> &oldestFirst, const QDateTime &now,
                              int pageSize = kPage)
    {
        AccessLogAudit audit;
        QList<AccessLogEntry> page;
        for (qsizetype i = oldestFirst.size() - 1; i >= 0; --i) {
            page.append(oldestFirst.at(i));
            if (page.size() == pageSize) {
                audit.addPage(page);
                page.clear();
            }
        }
        if (!page.isEmpty())
            audit.addPage(page);
        audit.finish(now);
        return audit.verdict();
    }

private slots:
    void initTestCase()
    {
        // 100,000 reads over the last year, one every ~5 minutes.
        m_now = QDateTime(QDate(2026, 11, 29), QTime(12, 0), Qt::UTC);
        const QDateTime start = m_now.addDays(-365);
        static const char *offices[] = { "buergerbuero", "standesamt", "strassenverkehrsamt" };
        QString prev = AccessLogChain::genesisHash();
        m_chain.reserve(kEntries);
        for (int i = 0; i < kEntries; ++i) {
            AccessLogEntry entry;
            entry.id = QStringLiteral("e-%1").arg(i);
            entry.at = start.addMSecs(qint64(i) * 315000);
            entry.citizenId = QStringLiteral("erika");
            entry.recordId = QStringLiteral("record-%1").arg(i % 4);
            entry.category = QStringLiteral("residence");
            entry.action = AccessAction::Read;
            entry.officeId = QLatin1String(offices[i % 3]);
            entry.actor = QStringLiteral("staff-%1").arg(i % 17);
            entry.purpose = QStringLiteral("Antrag LUN-2026-%1").arg(i, 6, 10, QLatin1Char('0'));
            entry.legalBasis = QStringLiteral("§ 34 BMG");
            entry = AccessLogChain::seal(entry, prev);
            prev = entry.hash;
            m_chain.append(entry);
        }
    }

    void wholeChainIsIntact()
    {
        const ChainVerdict verdict = audit(m_chain, m_now);
        QCOMPARE(verdict.state, ChainVerdict::State::Intact);
        QCOMPARE(verdict.checked, kEntries);
        QCOMPARE(verdict.flawCount, 0);
    }

    void changedEntryIsNamed_data()
    {
        QTest::addColumn<int>("index");
        QTest::addColumn<int>("pageSize");
        QTest::newRow("middle") << 50000 << kPage;
        QTest::newRow("page boundary") << kEntries - 3 * kPage << kPage;
        QTest::newRow("newest") << kEntries - 1 << kPage;
    }
    void changedEntryIsNamed()
    {
        QFETCH(int, index);
        QFETCH(int, pageSize);
        QList<AccessLogEntry> chain = m_chain;
        chain[index].purpose = QStringLiteral("harmlos"); // hash left as it was
        const ChainVerdict verdict = audit(chain, m_now, pageSize);
        QCOMPARE(verdict.state, ChainVerdict::State::Broken);
        QCOMPARE(verdict.flaw, ChainVerdict::Flaw::Changed);
        QCOMPARE(verdict.flawed.id, m_chain.at(index).id);
        QCOMPARE(verdict.flawCount, 1);
        QCOMPARE(verdict.checked, kEntries);

        // Re-sealing the changed entry moves the break to its successor's link.
        if (index == 50000) {
            chain[index] = AccessLogChain::seal(chain.at(index), chain.at(index).prevHash);
            const ChainVerdict resealed = audit(chain, m_now, pageSize);
            QCOMPARE(resealed.flaw, ChainVerdict::Flaw::NotLinked);
            QCOMPARE(resealed.flawed.id, m_chain.at(index + 1).id);
        }
    }

    void deletedEntryIsNoticed_data()
    {
        QTest::addColumn<int>("index");
        QTest::addColumn<int>("pageSize");
        QTest::newRow("middle") << 40000 << kPage;
        QTest::newRow("first of a page") << kEntries - kPage - 1 << kPage;
    }
    void deletedEntryIsNoticed()
    {
        QFETCH(int, index);
        QFETCH(int, pageSize);
        QList<AccessLogEntry> chain = m_chain;
        chain.removeAt(index);
        const ChainVerdict verdict = audit(chain, m_now, pageSize);
        QCOMPARE(verdict.state, ChainVerdict::State::Broken);
        QCOMPARE(verdict.flaw, ChainVerdict::Flaw::NotLinked);
        // The entry after the gap no longer follows its predecessor.
        QCOMPARE(verdict.flawed.id, m_chain.at(index + 1).id);
        QCOMPARE(verdict.flawCount, 1);
        QCOMPARE(verdict.checked, kEntries - 1);
    }

    void reorderedEntriesAreNoticed_data()
    {
        QTest::addColumn<int>("index");
        QTest::addColumn<int>("pageSize");
        QTest::newRow("neighbours") << 60000 << kPage;
        QTest::newRow("across a page boundary") << kEntries - kPage - 1 << kPage;
        QTest::newRow("odd pages") << 12345 << 41;
    }
    void reorderedEntriesAreNoticed()
    {
        QFETCH(int, index);
        QFETCH(int, pageSize);
        QList<AccessLogEntry> chain = m_chain;
        std::swap(chain[index], chain[index + 1]);
        const ChainVerdict verdict = audit(chain, m_now, pageSize);
        QCOMPARE(verdict.state, ChainVerdict::State::Broken);
        QCOMPARE(verdict.flaw, ChainVerdict::Flaw::NotLinked);
        // The oldest misplaced entry: the later one, now first.
        QCOMPARE(verdict.flawed.id, m_chain.at(index + 1).id);
        QVERIFY(verdict.flawCount >= 2); // every link around the swap breaks
        QCOMPARE(verdict.checked, kEntries);
    }

    // The oldest entries gone while still within the two years: found; gone
    // by retention (older than two years): not a flaw.
    void cutAtTheOldestEndIsNoticed()
    {
        const QList<AccessLogEntry> cut = m_chain.mid(10);
        const ChainVerdict verdict = audit(cut, m_now);
        QCOMPARE(verdict.state, ChainVerdict::State::Broken);
        QCOMPARE(verdict.flaw, ChainVerdict::Flaw::StartMissing);
        QCOMPARE(verdict.flawed.id, m_chain.at(10).id);
        QCOMPARE(audit(cut, m_now.addYears(2)).state, ChainVerdict::State::Intact);
    }
};

QTEST_GUILESS_MAIN(AccessLogAuditTest)
#include "tst_accesslogaudit.moc"
