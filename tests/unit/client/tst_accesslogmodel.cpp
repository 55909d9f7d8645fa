// The citizen's access log in the client: lazily paged (AccessLogModel,
// checked by QAbstractItemModelTester), filtered, and its hash chain checked
// by the client itself (AccessLogVerifier) - against the real backend over
// loopback HTTP, with entries written by real staff reads.
#include "app/client/ApiClient.h"
#include "app/client/MemorySecretStore.h"
#include "app/client/Session.h"
#include "app/client/cockpit/AccessLogModel.h"
#include "app/client/cockpit/AccessLogText.h"
#include "app/client/cockpit/AccessLogVerifier.h"
#include "app/client/cockpit/CockpitApi.h"
#include "app/client/cockpit/RecordsModel.h"
#include "tests/support/CockpitSeed.h"

#include <QAbstractItemModelTester>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace rathaus;
using namespace rathaus::client;
using namespace rathaus::test;

class AccessLogModelTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestBackend> m_backend;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<CockpitApi> m_cockpit;
    QString m_erikaId;

    // Seven reads by the citizens' office, then three by the road traffic office.
    void seed()
    {
        for (int i = 0; i < 7; ++i)
            QCOMPARE(staffRead(*m_backend, QStringLiteral("sb.buergerbuero"), m_erikaId,
                               QStringLiteral("Meldebescheinigung %1").arg(i)),
                     200);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(staffRead(*m_backend, QStringLiteral("sb.verkehr"), m_erikaId,
                               QStringLiteral("Anwohnerparkausweis %1").arg(i)),
                     200);
    }

    void signIn()
    {
        std::optional<Result<UserInfo>> outcome;
        m_session->login(QStringLiteral("erika"), QStringLiteral("rathaus-demo"), QString(), this,
                         [&](const Result<UserInfo> &r) { outcome = r; });
        QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 30000);
        QVERIFY(outcome->ok());
    }

    // Like a view scrolled to the end again and again (the QTRY macros
    // cannot return a value, hence QTest::qWaitFor).
    QList<AccessLogEntry> loadAll(AccessLogModel &model)
    {
        const auto settled = [&] {
            return QTest::qWaitFor([&] { return !model.isLoading(); }, 30000);
        };
        if (!settled())
            return {};
        while (model.canFetchMore({})) {
            model.fetchMore({});
            if (!settled())
                return {};
        }
        return model.entries();
    }

    ChainVerdict verify(int pageSize)
    {
        AccessLogVerifier verifier(m_cockpit.get());
        verifier.setClock(&m_backend->clock());
        verifier.setPageSize(pageSize);
        verifier.start();
        [&] { QTRY_VERIFY_WITH_TIMEOUT(!verifier.isRunning(), 30000); }();
        if (verifier.hasFailed())
            qWarning() << "verifier failed" << verifier.problem().title;
        return verifier.verdict();
    }

private slots:
    void init()
    {
        m_backend = std::make_unique<TestBackend>();
        QVERIFY2(m_backend->start(), qPrintable(m_backend->error()));
        m_erikaId = userId(*m_backend, QStringLiteral("erika"));
        QVERIFY(!m_erikaId.isEmpty());
        seed();
        m_network = std::make_unique<QNetworkAccessManager>();
        m_api = std::make_unique<ApiClient>(m_network.get());
        m_api->setBaseUrl(QUrl(m_backend->http().baseUrl()));
        m_secrets = std::make_unique<MemorySecretStore>();
        m_session = std::make_unique<Session>(m_api.get(), m_secrets.get());
        m_cockpit = std::make_unique<CockpitApi>(m_session.get());
        signIn();
    }
    void cleanup()
    {
        m_cockpit.reset();
        m_session.reset();
        m_secrets.reset();
        m_api.reset();
        m_network.reset();
        m_backend.reset();
    }

    void pagesLazilyNewestFirst()
    {
        AccessLogModel model(m_cockpit.get());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(3);
        QVERIFY(!model.canFetchMore({})); // nothing loads before it is asked to
        model.reload();
        QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 30000);
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(model.canFetchMore({}));

        const QList<AccessLogEntry> all = loadAll(model);
        QCOMPARE(all.size(), 10);
        QVERIFY(!model.canFetchMore({}));
        QVERIFY(model.isComplete());
        for (int i = 1; i < all.size(); ++i)
            QVERIFY(all.at(i - 1).at >= all.at(i).at);
        QCOMPARE(all.constFirst().officeId, QStringLiteral("strassenverkehrsamt"));
        QCOMPARE(all.constLast().officeId, QStringLiteral("buergerbuero"));

        // Each row reads as a sentence naming office, the pseudonymous caseworker and the purpose.
        CockpitDirectory directory;
        directory.officeNames.insert(QStringLiteral("buergerbuero"),
                                     LocalizedText { QStringLiteral("Bürgerbüro"), {} });
        model.setDirectory(directory);
        const QString sentence = model.index(9).data().toString();
        QVERIFY2(sentence.contains(QStringLiteral("Bürgerbüro")), qPrintable(sentence));
        QVERIFY2(sentence.contains(AccessLogText::actorText(all.constLast().actor)),
                 qPrintable(sentence));
        QVERIFY2(sentence.contains(QLatin1String("Meldebescheinigung 0")), qPrintable(sentence));
        QVERIFY(!sentence.contains(QLatin1String("staff-")));
    }

    void filtersByOfficeActionAndPeriod()
    {
        AccessLogModel model(m_cockpit.get());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(2);
        AccessLogFilter filter;
        filter.officeId = QStringLiteral("buergerbuero");
        model.setFilter(filter);
        QList<AccessLogEntry> office = loadAll(model);
        QCOMPARE(office.size(), 7);
        for (const AccessLogEntry &entry : office)
            QCOMPARE(entry.officeId, QStringLiteral("buergerbuero"));

        filter = {};
        filter.action = AccessAction::Update;
        model.setFilter(filter);
        QCOMPARE(loadAll(model).size(), 0);
        QVERIFY(model.isComplete());

        // A period ending before the newest entries: the model pages past
        // them by itself, though they add no row to scroll to.
        model.setFilter({});
        const QList<AccessLogEntry> all = loadAll(model);
        QCOMPARE(all.size(), 10);
        filter = {};
        filter.to = all.constLast().at.toLocalTime().date();
        filter.from = filter.to;
        qsizetype expected = 0;
        for (const AccessLogEntry &entry : all)
            expected += entry.at.toLocalTime().date() == filter.to ? 1 : 0;
        model.setFilter(filter);
        QCOMPARE(loadAll(model).size(), expected);
        filter.from = filter.to.addDays(1);
        filter.to = filter.from.addDays(30);
        model.setFilter(filter);
        QCOMPARE(loadAll(model).size(), 10 - expected);
    }

    void intactChainIsConfirmed()
    {
        const ChainVerdict verdict = verify(3); // pages of 3: links across pages are checked too
        QCOMPARE(verdict.state, ChainVerdict::State::Intact);
        QCOMPARE(verdict.checked, 10);
        QCOMPARE(verdict.flawCount, 0);
    }

    void changedEntryIsNamed()
    {
        // The third oldest entry, changed in the database behind the backend's back.
        tamper(*m_backend,
               QStringLiteral(
                   "UPDATE access_log SET purpose = 'harmlos' WHERE citizen_id = ? AND seq = 3"),
               m_erikaId);
        AccessLogModel model(m_cockpit.get());
        model.reload();
        const QList<AccessLogEntry> all = loadAll(model);
        const AccessLogEntry changed = all.at(all.size() - 3);
        QCOMPARE(changed.purpose, QStringLiteral("harmlos"));

        for (int pageSize : { 3, 200 }) {
            const ChainVerdict verdict = verify(pageSize);
            QCOMPARE(verdict.state, ChainVerdict::State::Broken);
            QCOMPARE(verdict.flaw, ChainVerdict::Flaw::Changed);
            QCOMPARE(verdict.flawed.id, changed.id);
            QCOMPARE(verdict.flawCount, 1);
            QCOMPARE(verdict.checked, 10);
        }
    }

    void deletedEntryIsNoticed()
    {
        AccessLogModel model(m_cockpit.get());
        model.reload();
        const QList<AccessLogEntry> before = loadAll(model);
        tamper(*m_backend,
               QStringLiteral("DELETE FROM access_log WHERE citizen_id = ? AND seq = 5"),
               m_erikaId);
        // seq 6 is the 6th oldest: index size - 6 newest first.
        const AccessLogEntry successor = before.at(before.size() - 6);
        for (int pageSize : { 2, 200 }) {
            const ChainVerdict verdict = verify(pageSize);
            QCOMPARE(verdict.state, ChainVerdict::State::Broken);
            QCOMPARE(verdict.flaw, ChainVerdict::Flaw::NotLinked);
            QCOMPARE(verdict.flawed.id, successor.id);
            QCOMPARE(verdict.checked, 9);
        }
    }

    void missingStartIsNoticed()
    {
        tamper(*m_backend,
               QStringLiteral("DELETE FROM access_log WHERE citizen_id = ? AND seq = 1"),
               m_erikaId);
        const ChainVerdict verdict = verify(4);
        QCOMPARE(verdict.state, ChainVerdict::State::Broken);
        QCOMPARE(verdict.flaw, ChainVerdict::Flaw::StartMissing);
        QCOMPARE(verdict.checked, 9);
    }

    void recordsGroupByOffice()
    {
        std::optional<Result<QList<Record>>> records;
        m_cockpit->fetchRecords(this, [&](const Result<QList<Record>> &r) { records = r; });
        QTRY_VERIFY_WITH_TIMEOUT(records.has_value(), 30000);
        QVERIFY(records->ok());
        RecordsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRecords(records->value());
        QCOMPARE(model.rowCount(), 4); // erika: four offices, one record each
        for (int office = 0; office < model.rowCount(); ++office) {
            const QModelIndex officeIndex = model.index(office, 0);
            QVERIFY(officeIndex.data(RecordsModel::IsOfficeRole).toBool());
            QCOMPARE(model.rowCount(officeIndex), 1);
            const QModelIndex record = model.index(0, 0, officeIndex);
            QCOMPARE(record.data(RecordsModel::OfficeIdRole),
                     officeIndex.data(RecordsModel::OfficeIdRole));
            QVERIFY(!record.data(RecordsModel::FieldsRole).toStringList().isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(AccessLogModelTest)
#include "tst_accesslogmodel.moc"
