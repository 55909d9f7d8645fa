#include "common/domain/AccessLogChain.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

using namespace rathaus;

namespace {

constexpr qsizetype kChainLength = 100'000;
constexpr qsizetype kEarly = 2'000; // tampering below this index is cheap to find

AccessLogEntry makeEntry(qsizetype i)
{
    AccessLogEntry entry;
    entry.id = QStringLiteral("log-%1").arg(i);
    entry.at = QDateTime(QDate(2026, 1, 1), QTime(8, 0), Qt::UTC).addMSecs(i * 60'001);
    entry.citizenId = QStringLiteral("erika");
    entry.recordId = i % 7 == 0 ? QString() : QStringLiteral("rec-%1").arg(i % 13);
    entry.category = i % 2 ? QStringLiteral("birth") : QStringLiteral("residence");
    entry.action = static_cast<AccessAction>(i % 4);
    entry.officeId = i % 3 ? QStringLiteral("standesamt") : QStringLiteral("elterngeldstelle");
    entry.actor = QStringLiteral("staff-%1").arg(i % 5);
    entry.purpose = QStringLiteral("Parental benefit application");
    entry.legalBasis = QStringLiteral("§ 12 BEEG");
    if (i % 11 == 0)
        entry.consentId = QStringLiteral("transfer-%1").arg(i);
    if (i % 5 == 0)
        entry.applicationId = QStringLiteral("app-%1").arg(i / 5);
    if (i % 1000 == 0) {
        entry.hiddenUntil = entry.at.addDays(30);
        entry.hiddenReason = QStringLiteral("Ongoing investigation");
    }
    return entry;
}

} // namespace

class TestAccessLogChain : public QObject
{
    Q_OBJECT

private:
    QList<AccessLogEntry> m_chain; // built once: 100,000 sealed entries
    QRandomGenerator m_random { 20261129 }; // fixed seed: failures reproduce

    qsizetype someIndex(qsizetype from, qsizetype to) // [from, to)
    {
        return static_cast<qsizetype>(m_random.bounded(qint64(from), qint64(to)));
    }

    // The chain holds up to `untouchedBefore` (intactChainHolds proves the
    // whole of it once): a tampering late in the chain is checked from a
    // little before it, against the hash of the entry before that, exactly
    // as a client checks a page. Early tampering is checked on the whole chain.
    std::optional<qsizetype> verifyTampered(const QList<AccessLogEntry> &chain,
                                            qsizetype untouchedBefore) const
    {
        if (untouchedBefore < kEarly)
            return AccessLogChain::verifyChain(chain);
        const qsizetype start = untouchedBefore - 100;
        const auto broken =
            AccessLogChain::verifyChain(chain.mid(start), m_chain.at(start - 1).hash);
        return broken ? std::optional<qsizetype>(*broken + start) : std::nullopt;
    }

private slots:
    void initTestCase()
    {
        QElapsedTimer timer;
        timer.start();
        m_chain.reserve(kChainLength);
        QString prev = AccessLogChain::genesisHash();
        for (qsizetype i = 0; i < kChainLength; ++i) {
            m_chain.append(AccessLogChain::seal(makeEntry(i), prev));
            prev = m_chain.constLast().hash;
        }
        qInfo("built a chain of %lld entries in %lld ms", qint64(kChainLength), timer.elapsed());
    }

    void genesis()
    {
        QCOMPARE(AccessLogChain::genesisHash(), QString(64, QLatin1Char('0')));
        QCOMPARE(m_chain.first().prevHash, AccessLogChain::genesisHash());
        QCOMPARE(m_chain.at(1).prevHash, m_chain.at(0).hash);
    }

    // The hash is over the canonical wire form: a verifier in another
    // language can recompute it from the JSON it received.
    void hashIsCanonicalWireForm()
    {
        const AccessLogEntry &entry = m_chain.at(1000);
        QCOMPARE(AccessLogChain::hashOf(entry), entry.hash);
        QCOMPARE(AccessLogChain::hashOf(entry.toJson()), entry.hash);
        // Through the wire and back: same hash.
        const QByteArray text = QJsonDocument(entry.toJson()).toJson();
        const auto parsed = AccessLogEntry::fromJson(QJsonDocument::fromJson(text).object());
        QVERIFY(parsed);
        QCOMPARE(parsed.value(), entry);
        QCOMPARE(AccessLogChain::hashOf(parsed.value()), entry.hash);
        // Own hash member does not take part.
        AccessLogEntry withOtherHash = entry;
        withOtherHash.hash = QString(64, QLatin1Char('f'));
        QCOMPARE(AccessLogChain::hashOf(withOtherHash), entry.hash);
    }

    void intactChainHolds()
    {
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(AccessLogChain::verifyChain(m_chain), std::optional<qsizetype>());
        qInfo("verified %lld entries in %lld ms", qint64(kChainLength), timer.elapsed());
        QCOMPARE(AccessLogChain::verifyChain({}), std::optional<qsizetype>());
    }

    void changedFieldIsDetected_data()
    {
        QTest::addColumn<int>("field");
        const char *names[] = { "id",           "at",
                                "citizen_id",   "record_id",
                                "category",     "action",
                                "office_id",    "actor",
                                "purpose",      "legal_basis",
                                "consent_id",   "application_id",
                                "hidden_until", "hidden_reason",
                                "prev_hash" };
        for (int field = 0; field < int(std::size(names)); ++field)
            QTest::newRow(names[field]) << field;
    }

    void changedFieldIsDetected()
    {
        QFETCH(int, field);
        // Early entries, the first, and (prev_hash) the very last.
        const qsizetype i = field == 0 ? 0 : field == 14 ? kChainLength - 1 : someIndex(1, kEarly);
        QList<AccessLogEntry> chain = m_chain;
        AccessLogEntry &entry = chain[i];
        switch (field) {
        case 0:
            entry.id += QLatin1Char('x');
            break;
        case 1:
            entry.at = entry.at.addMSecs(1);
            break;
        case 2:
            entry.citizenId = QStringLiteral("max");
            break;
        case 3:
            entry.recordId = QStringLiteral("rec-other");
            break;
        case 4:
            entry.category = QStringLiteral("vehicle");
            break;
        case 5:
            entry.action =
                entry.action == AccessAction::Read ? AccessAction::Update : AccessAction::Read;
            break;
        case 6:
            entry.officeId = QStringLiteral("steueramt");
            break;
        case 7:
            entry.actor = QStringLiteral("staff-9");
            break;
        case 8:
            entry.purpose += QLatin1Char(' ');
            break;
        case 9:
            entry.legalBasis.clear();
            break;
        case 10:
            entry.consentId = QStringLiteral("transfer-forged");
            break;
        case 11:
            entry.applicationId = QStringLiteral("app-forged");
            break;
        case 12:
            entry.hiddenUntil = entry.at.addYears(1);
            break;
        case 13:
            entry.hiddenReason = QStringLiteral("none");
            break;
        case 14:
            entry.prevHash = QString(64, QLatin1Char('a'));
            break;
        }
        QCOMPARE(verifyTampered(chain, i), std::optional<qsizetype>(i));
    }

    // Whoever changes an entry and recomputes its hash breaks the next link.
    void rehashedForgeryIsDetected()
    {
        const qsizetype i = someIndex(0, kEarly);
        QList<AccessLogEntry> chain = m_chain;
        chain[i].purpose = QStringLiteral("Curiosity");
        chain[i] = AccessLogChain::seal(chain[i], chain[i].prevHash);
        QCOMPARE(AccessLogChain::verifyChain(chain), std::optional<qsizetype>(i + 1));
    }

    void deletedEntryIsDetected_data()
    {
        QTest::addColumn<qsizetype>("index");
        QTest::newRow("first") << qsizetype(0);
        QTest::newRow("second") << qsizetype(1);
        QTest::newRow("random") << someIndex(2, kEarly);
        QTest::newRow("last but one") << kChainLength - 2;
    }

    void deletedEntryIsDetected()
    {
        QFETCH(qsizetype, index);
        QList<AccessLogEntry> chain = m_chain;
        chain.removeAt(index);
        // The entry that followed the deleted one now sits at `index`.
        QCOMPARE(verifyTampered(chain, index), std::optional<qsizetype>(index));
    }

    // Documented limit: cutting off the newest entries leaves a valid,
    // shorter chain (only a remembered head hash reveals it).
    void truncationAtTheHeadIsNotALink()
    {
        QList<AccessLogEntry> chain = m_chain.mid(0, 10);
        chain.removeLast();
        QCOMPARE(AccessLogChain::verifyChain(chain), std::optional<qsizetype>());
    }

    void reorderedEntriesAreDetected_data()
    {
        QTest::addColumn<qsizetype>("first");
        QTest::addColumn<qsizetype>("second");
        QTest::newRow("first two") << qsizetype(0) << qsizetype(1);
        const qsizetype i = someIndex(1, kEarly);
        QTest::newRow("neighbours") << i << i + 1;
        QTest::newRow("far apart")
            << someIndex(0, kEarly) << someIndex(kChainLength / 2, kChainLength);
        QTest::newRow("last two") << kChainLength - 2 << kChainLength - 1;
    }

    void reorderedEntriesAreDetected()
    {
        QFETCH(qsizetype, first);
        QFETCH(qsizetype, second);
        QList<AccessLogEntry> chain = m_chain;
        chain.swapItemsAt(first, second);
        QCOMPARE(verifyTampered(chain, first), std::optional<qsizetype>(first));
    }

    void duplicatedEntryIsDetected()
    {
        QList<AccessLogEntry> chain = m_chain.mid(0, 100);
        chain.insert(50, chain.at(49));
        QCOMPARE(AccessLogChain::verifyChain(chain), std::optional<qsizetype>(50));
    }

    // A page in the middle of the log is checked against the hash of the
    // entry before it.
    void pageAgainstItsPredecessor()
    {
        const QList<AccessLogEntry> page = m_chain.mid(5000, 50);
        QCOMPARE(AccessLogChain::verifyChain(page, m_chain.at(4999).hash),
                 std::optional<qsizetype>());
        QCOMPARE(AccessLogChain::verifyChain(page), std::optional<qsizetype>(0));
        QCOMPARE(AccessLogChain::verifyChain(page, m_chain.at(4998).hash),
                 std::optional<qsizetype>(0));
    }
};

QTEST_APPLESS_MAIN(TestAccessLogChain)
#include "test_access_log_chain.moc"
