// Small rules of the case backend that need no HTTP: the caller's language,
// document serials, the events hub and the events table's order.
#include "common/crypto/EcdsaP256.h"
#include "common/wire/Document.h"
#include "server/domain/DocumentService.h"
#include "server/domain/EventHub.h"
#include "server/http/Language.h"
#include "server/store/Database.h"
#include "server/store/EventRepository.h"
#include "server/store/Migrations.h"
#include "server/store/DatabaseError.h"
#include "server/store/Sql.h"
#include "server/store/Transaction.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace rathaus;
using namespace rathaus::server;

class TestCaseRules : public QObject
{
    Q_OBJECT

private slots:
    void language_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QString>("language");
        QTest::newRow("none") << QByteArray() << QStringLiteral("de");
        QTest::newRow("en") << QByteArray("en") << QStringLiteral("en");
        QTest::newRow("en-US,*") << QByteArray("en-US,*") << QStringLiteral("en");
        QTest::newRow("de first") << QByteArray("de-DE,de;q=0.9,en;q=0.8") << QStringLiteral("de");
        QTest::newRow("en preferred") << QByteArray("de;q=0.5, en-GB") << QStringLiteral("en");
        QTest::newRow("tie keeps order") << QByteArray("de, en") << QStringLiteral("de");
        QTest::newRow("other") << QByteArray("fr-FR,tr") << QStringLiteral("de");
        QTest::newRow("en refused") << QByteArray("en;q=0") << QStringLiteral("de");
        QTest::newRow("garbage") << QByteArray(";;q=x,,,") << QStringLiteral("de");
    }
    void language()
    {
        QFETCH(QByteArray, header);
        QFETCH(QString, language);
        http::RequestContext request;
        if (!header.isEmpty())
            request.headers.append({ "Accept-Language", header });
        QCOMPARE(http::preferredLanguage(request), language);
    }

    void serials()
    {
        QCOMPARE(DocumentService::serialPrefix(QStringLiteral("strassenverkehrsamt")),
                 QStringLiteral("SVA"));
        QCOMPARE(DocumentService::serialPrefix(QStringLiteral("gruenflaechenamt")),
                 QStringLiteral("GRU"));
        QCOMPARE(DocumentService::serialPrefix(QStringLiteral("42")), QStringLiteral("DOC"));
        QVERIFY(DocumentService::looksLikeSerial(QStringLiteral("SVA-2026-000001")));
        QVERIFY(!DocumentService::looksLikeSerial(QStringLiteral("sva-2026-000001")));
        QVERIFY(!DocumentService::looksLikeSerial(
            QStringLiteral("0b6f2c1e-3c5d-4f7a-9d51-2f1f0f8a7b61")));
    }

    void aChangedByteBreaksTheSignature()
    {
        // Signed as DocumentService signs: common's Document::signedBytes().
        const auto key = crypto::EcdsaP256::generate();
        QVERIFY(key.ok());
        Document document;
        document.serial = QStringLiteral("SVA-2026-000001");
        document.type = QStringLiteral("anwohnerparkausweis");
        document.officeId = QStringLiteral("strassenverkehrsamt");
        document.issuedAt = QDateTime::fromMSecsSinceEpoch(1796000000123, Qt::UTC);
        document.data = { { QStringLiteral("holder_name"), QStringLiteral("Erika Mustermann") },
                          { QStringLiteral("fields"),
                            QJsonObject { { QStringLiteral("plate"), QStringLiteral("L-EM 1234") } } } };
        document.signature = key.value().sign(document.signedBytes()).value();
        const QByteArray publicKey = key.value().publicKeyPem();
        QVERIFY(document.verifySignature(publicKey));

        const QByteArray bytes = document.signedBytes();
        for (qsizetype i = 0; i < bytes.size(); i += 7) {
            QByteArray changed = bytes;
            changed[i] = char(changed.at(i) ^ 0x01);
            QVERIFY(!crypto::EcdsaP256::verify(publicKey, changed, document.signature));
        }
        for (qsizetype i = 0; i < document.signature.size(); ++i) {
            Document changed = document;
            changed.signature[i] = char(changed.signature.at(i) ^ 0x01);
            QVERIFY(!changed.verifySignature(publicKey));
        }
        Document later = document;
        later.issuedAt = later.issuedAt.addMSecs(1);
        QVERIFY(!later.verifySignature(publicKey));
    }

    void hubWakesOnlyThatCitizenAfterTheEventLoopTurns()
    {
        EventHub hub;
        int erika = 0;
        int max = 0;
        const quint64 first = hub.subscribe(QStringLiteral("erika"), [&] { ++erika; });
        hub.subscribe(QStringLiteral("erika"), [&] { ++erika; });
        hub.subscribe(QStringLiteral("max"), [&] { ++max; });
        hub.notify(QStringLiteral("erika"));
        QCOMPARE(erika, 0); // queued: never inside the writer's call
        QCoreApplication::processEvents();
        QCOMPARE(erika, 2);
        QCOMPARE(max, 0);
        hub.unsubscribe(first);
        hub.notify(QStringLiteral("erika"));
        QCoreApplication::processEvents();
        QCOMPARE(erika, 3);
        QCOMPARE(hub.listenerCount(), 2);

        // A listener may unsubscribe itself (and others) while being called.
        quint64 self = 0;
        self = hub.subscribe(QStringLiteral("leon"), [&] { hub.unsubscribe(self); });
        hub.notify(QStringLiteral("leon"));
        QCoreApplication::processEvents();
        QCOMPARE(hub.listenerCount(), 2);
    }

    void eventsKeepTheirOrder()
    {
        QTemporaryDir dir;
        Database database(
            DatabaseUrl::parse(QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("e.db")))
                .value());
        const QSqlDatabase db = database.connection();
        Migrations::apply(db, Dialect::Sqlite, 1);
        for (const QString &id : { QStringLiteral("c1"), QStringLiteral("c2") })
            sql::exec(db,
                      QStringLiteral("INSERT INTO users (id, username, display_name, role,"
                                     " password_hash, created_at) VALUES (?, ?, ?, 'citizen', '', 1)"),
                      { id, id, id });
        EventRepository events(db);
        QList<qint64> seqs;
        for (int i = 0; i < 5; ++i) {
            Transaction transaction(db, Dialect::Sqlite);
            NewEvent event;
            event.citizenId = i % 2 ? QStringLiteral("c2") : QStringLiteral("c1");
            event.kind = QStringLiteral("status_changed");
            event.payload = { { QStringLiteral("n"), i } };
            event.at = 100 + i;
            seqs.append(events.append(event));
            transaction.commit();
        }
        QVERIFY(std::is_sorted(seqs.cbegin(), seqs.cend()));
        const QList<StoredEvent> c1 = events.after(QStringLiteral("c1"), 0);
        QCOMPARE(c1.size(), 3);
        QCOMPARE(c1.at(1).payload.value(QLatin1String("n")).toInt(), 2);
        QCOMPARE(events.after(QStringLiteral("c1"), c1.at(1).seq).size(), 1);
        QCOMPARE(events.after(QStringLiteral("c2"), 0).size(), 2);

        NewEvent unknown;
        unknown.citizenId = QStringLiteral("c1");
        unknown.kind = QStringLiteral("gossip");
        QVERIFY_THROWS_EXCEPTION(DatabaseError, events.append(unknown));
    }
};

QTEST_GUILESS_MAIN(TestCaseRules)
#include "test_case_rules.moc"
