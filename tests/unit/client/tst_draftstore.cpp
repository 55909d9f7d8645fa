// Local drafts: sealed with AES-256-GCM per account, nothing typed in the
// file, a changed row or a wrong key reported (never a crash), one account's
// drafts invisible to another; the per-account key in the real keychain
// (run under run-with-keyring.sh) or, without one, in memory only.
#include "app/client/DraftKeyring.h"
#include "app/client/DraftStore.h"
#include "app/client/KeychainSecretStore.h"
#include "app/client/MemorySecretStore.h"
#include "common/crypto/Aead.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace rathaus;
using namespace rathaus::client;

namespace {
const QString erika = QStringLiteral("demo-city/u-erika");
const QString max = QStringLiteral("demo-city/u-max");
const QString secretText = QStringLiteral("Wohnungsbewerbung bei Frau Sommer");
} // namespace

class DraftStoreTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir dir;
    QByteArray erikaKey = crypto::Aead::generateKey();
    QByteArray maxKey = crypto::Aead::generateKey();

    QString path() const { return dir.filePath(QStringLiteral("drafts.sqlite")); }

    Draft meldebescheinigung()
    {
        Draft draft = DraftStore::create(QStringLiteral("meldebescheinigung"));
        draft.data = QJsonObject { { QStringLiteral("type"), QStringLiteral("erweitert") },
                                   { QStringLiteral("purpose"), secretText } };
        draft.step = 1;
        draft.progress = 50;
        return draft;
    }

    std::pair<QByteArray, bool> fetch(DraftKeyring &keyring, const QString &account)
    {
        std::optional<std::pair<QByteArray, bool>> answer;
        keyring.fetchKey(account, this, [&](const QByteArray &key, bool persistent) {
            answer = std::make_pair(key, persistent);
        });
        if (!QTest::qWaitFor([&] { return answer.has_value(); }, 30000))
            return {};
        return *answer;
    }

private slots:
    void initTestCase() { QVERIFY(dir.isValid()); }

    void roundTrip()
    {
        DraftStore store(path());
        QVERIFY(store.open());
        store.setOwner(erika, erikaKey);
        Draft draft = meldebescheinigung();
        draft.fieldErrors.insert(QStringLiteral("purpose"), QStringLiteral("Too long."));
        QVERIFY(!store.save(draft));
        QVERIFY(draft.updatedAt.isValid());

        const Result<Draft> loaded = store.load(draft.id);
        QVERIFY(loaded.ok());
        QCOMPARE(loaded.value().serviceId, QStringLiteral("meldebescheinigung"));
        QCOMPARE(loaded.value().data, draft.data);
        QCOMPARE(loaded.value().step, 1);
        QCOMPARE(loaded.value().progress, 50);
        QCOMPARE(loaded.value().idempotencyKey, draft.idempotencyKey);
        QCOMPARE(loaded.value().fieldErrors, draft.fieldErrors);
        QCOMPARE(loaded.value().state, Draft::State::Editing);
        QCOMPARE(loaded.value().updatedAt, draft.updatedAt);

        // Changed and saved again: one row, the new values.
        draft.data.insert(QStringLiteral("purpose"), QStringLiteral("Bank"));
        draft.state = Draft::State::Queued;
        QVERIFY(!store.save(draft));
        const QList<DraftInfo> drafts = store.list();
        QCOMPARE(drafts.size(), 1);
        QCOMPARE(drafts.first().id, draft.id);
        QVERIFY(drafts.first().readable);
        QCOMPARE(drafts.first().state, Draft::State::Queued);
        QCOMPARE(store.queuedIds(), QStringList { draft.id });
        QCOMPARE(store.load(draft.id).value().data.value(QStringLiteral("purpose")).toString(),
                 QStringLiteral("Bank"));

        // Another store on the same file (the next run) reads it too.
        DraftStore again(path());
        QVERIFY(again.open());
        again.setOwner(erika, erikaKey);
        QCOMPARE(again.load(draft.id).value().data, draft.data);

        QVERIFY(store.remove(draft.id));
        QVERIFY(store.list().isEmpty());
        QVERIFY(!store.load(draft.id).ok());
    }

    void theFileHoldsNoTypedText()
    {
        {
            DraftStore store(path());
            QVERIFY(store.open());
            store.setOwner(erika, erikaKey);
            Draft draft = meldebescheinigung();
            QVERIFY(!store.save(draft));
        }
        QByteArray bytes;
        for (const QString &suffix : { QString(), QStringLiteral("-wal") }) {
            QFile file(path() + suffix);
            if (file.open(QIODevice::ReadOnly))
                bytes += file.readAll();
        }
        QVERIFY(bytes.size() > 0);
        QVERIFY(!bytes.contains(secretText.toUtf8()));
        QVERIFY(!bytes.contains("Wohnungsbewerbung"));
        QVERIFY(!bytes.contains("erweitert"));
        QVERIFY(!bytes.contains("u-erika")); // the owner is a hash
    }

    void aChangedRowIsUnreadableNotACrash()
    {
        DraftStore store(path());
        QVERIFY(store.open());
        store.setOwner(erika, erikaKey);
        Draft draft = meldebescheinigung();
        QVERIFY(!store.save(draft));
        Draft other = meldebescheinigung();
        QVERIFY(!store.save(other));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                        QStringLiteral("tamper"));
            db.setDatabaseName(path());
            QVERIFY(db.open());
            QSqlQuery query(db);
            query.prepare(QStringLiteral("SELECT sealed FROM drafts WHERE id = ?"));
            query.addBindValue(draft.id);
            QVERIFY(query.exec() && query.next());
            QByteArray sealed = query.value(0).toByteArray();
            query.finish();
            sealed[sealed.size() / 2] = char(sealed.at(sealed.size() / 2) ^ 0x01);
            QSqlQuery update(db);
            update.prepare(QStringLiteral("UPDATE drafts SET sealed = ? WHERE id = ?"));
            update.addBindValue(sealed);
            update.addBindValue(draft.id);
            QVERIFY(update.exec());
            // Moving a draft to another service is refused too (associated data).
            QSqlQuery move(db);
            move.prepare(QStringLiteral("UPDATE drafts SET service_id = 'sperrmuell' WHERE id = ?"));
            move.addBindValue(other.id);
            QVERIFY(move.exec());
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("tamper"));

        const Result<Draft> loaded = store.load(draft.id);
        QVERIFY(!loaded.ok());
        QCOMPARE(loaded.problem().slug(), QStringLiteral("draft-unreadable"));
        int unreadable = 0;
        for (const DraftInfo &info : store.list())
            unreadable += info.readable ? 0 : 1;
        QVERIFY(unreadable >= 2);
        // It can be discarded.
        QVERIFY(store.remove(draft.id));
    }

    void aWrongKeyIsUnreadable()
    {
        DraftStore store(path());
        QVERIFY(store.open());
        store.setOwner(erika, erikaKey);
        Draft draft = meldebescheinigung();
        QVERIFY(!store.save(draft));
        store.setOwner(erika, crypto::Aead::generateKey());
        QCOMPARE(store.load(draft.id).problem().slug(), QStringLiteral("draft-unreadable"));
        bool found = false;
        for (const DraftInfo &info : store.list())
            found = found || (info.id == draft.id && !info.readable);
        QVERIFY(found);
    }

    void accountsDoNotSeeEachOthersDrafts()
    {
        QTemporaryDir own;
        DraftStore store(own.filePath(QStringLiteral("drafts.sqlite")));
        QVERIFY(store.open());
        store.setOwner(erika, erikaKey);
        Draft erikas = meldebescheinigung();
        QVERIFY(!store.save(erikas));

        store.setOwner(max, maxKey);
        QVERIFY(store.list().isEmpty());
        QVERIFY(store.queuedIds().isEmpty());
        QVERIFY(!store.load(erikas.id).ok());
        QVERIFY(!store.remove(erikas.id));
        // Max saving a draft of the same id cannot overwrite Erika's.
        Draft hijack = erikas;
        hijack.data = QJsonObject { { QStringLiteral("purpose"), QStringLiteral("x") } };
        store.save(hijack);

        store.setOwner(erika, erikaKey);
        QCOMPARE(store.list().size(), 1);
        QCOMPARE(store.load(erikas.id).value().data, erikas.data);
        // Even with Erika's key, Max's namespace does not open her rows.
        store.setOwner(max, erikaKey);
        QVERIFY(!store.load(erikas.id).ok());
    }

    void theKeyIsKeptInTheKeychain()
    {
        if (qEnvironmentVariableIsEmpty("RATHAUS_REQUIRE_KEYRING"))
            QSKIP("no keyring session (run through run-with-keyring.sh)");
        KeychainSecretStore keychain;
        keychain.setRetryDelay(std::chrono::milliseconds(200));
        DraftKeyring first(&keychain);
        const auto [key, persistent] = fetch(first, QStringLiteral("test/u-erika"));
        QCOMPARE(key.size(), crypto::Aead::KeySize);
        QVERIFY(persistent);
        // The next run (a new keyring object) finds the same key.
        DraftKeyring second(&keychain);
        const auto again = fetch(second, QStringLiteral("test/u-erika"));
        QCOMPARE(again.first, key);
        QVERIFY(again.second);
        // Another account has another key.
        const auto other = fetch(second, QStringLiteral("test/u-max"));
        QVERIFY(other.first != key);
    }

    void withoutKeychainTheKeyLivesInMemory()
    {
        MemorySecretStore store;
        store.setUnavailable(true);
        DraftKeyring keyring(&store);
        const auto [key, persistent] = fetch(keyring, QStringLiteral("test/u-erika"));
        QCOMPARE(key.size(), crypto::Aead::KeySize);
        QVERIFY(!persistent);
        // Same run, same key: drafts stay readable until the program ends.
        QCOMPARE(fetch(keyring, QStringLiteral("test/u-erika")).first, key);
        QVERIFY(!store.contains(DraftKeyring::storeKey(QStringLiteral("test/u-erika"))));
    }
};

QTEST_GUILESS_MAIN(DraftStoreTest)
#include "tst_draftstore.moc"
