// KeychainSecretStore against a real Secret Service (gnome-keyring under a
// private D-Bus session; see run-with-keyring.sh). Without one the test
// skips, unless RATHAUS_REQUIRE_KEYRING=1 says a keyring was started for it.
#include "app/client/KeychainSecretStore.h"

#include <QTest>
#include <QUuid>

#include <optional>

using namespace rathaus::client;
using namespace std::chrono_literals;

class KeychainSecretStoreTest : public QObject
{
    Q_OBJECT

private:
    KeychainSecretStore store;
    QString key = QStringLiteral("test/") + QUuid::createUuid().toString(QUuid::WithoutBraces);

    SecretStore::Outcome wait(const std::function<void(SecretStore::Callback)> &start)
    {
        std::optional<SecretStore::Outcome> outcome;
        start([&](const SecretStore::Outcome &o) { outcome = o; });
        if (!QTest::qWaitFor([&] { return outcome.has_value(); }, 30000))
            return { SecretStore::Status::Failed, {}, QStringLiteral("no answer within 30 s") };
        return *outcome;
    }

private slots:
    void initTestCase()
    {
        store.setRetryDelay(200ms);
        const auto probe = wait([&](SecretStore::Callback cb) { store.read(key, this, cb); });
        if (probe.status == SecretStore::Status::Unavailable) {
            if (qEnvironmentVariableIntValue("RATHAUS_REQUIRE_KEYRING"))
                QFAIL(qPrintable(QStringLiteral("no keyring although one was started: ") +
                                 probe.message));
            QSKIP("No Secret Service on this session bus (run under run-with-keyring.sh)");
        }
        QCOMPARE(probe.status, SecretStore::Status::NotFound);
    }

    void writeReadRemove()
    {
        const QString secret =
            QStringLiteral("refresh-token-Ünïcödé-") + QUuid::createUuid().toString();
        QCOMPARE(wait([&](auto cb) { store.write(key, secret, this, cb); }).status,
                 SecretStore::Status::Ok);
        const auto read = wait([&](auto cb) { store.read(key, this, cb); });
        QCOMPARE(read.status, SecretStore::Status::Ok);
        QCOMPARE(read.value, secret);

        QCOMPARE(
            wait([&](auto cb) { store.write(key, QStringLiteral("rotated"), this, cb); }).status,
            SecretStore::Status::Ok);
        QCOMPARE(wait([&](auto cb) { store.read(key, this, cb); }).value,
                 QStringLiteral("rotated"));

        QCOMPARE(wait([&](auto cb) { store.remove(key, this, cb); }).status,
                 SecretStore::Status::Ok);
        QCOMPARE(wait([&](auto cb) { store.read(key, this, cb); }).status,
                 SecretStore::Status::NotFound);
    }

    void removingAMissingEntryIsFine()
    {
        QCOMPARE(
            wait([&](auto cb) { store.remove(key + QStringLiteral("-never"), this, cb); }).status,
            SecretStore::Status::Ok);
    }

    void keysCarryTheAppId()
    {
        QCOMPARE(KeychainSecretStore::qualifiedKey(QStringLiteral("refresh-token/demo-city")),
                 QStringLiteral("de.rathaus.desktop/refresh-token/demo-city"));
    }
};

QTEST_GUILESS_MAIN(KeychainSecretStoreTest)
#include "tst_keychainsecretstore.moc"
