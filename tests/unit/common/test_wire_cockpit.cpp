#include "common/domain/AccessLogChain.h"
#include "common/wire/AccessLogEntry.h"
#include "common/wire/Page.h"
#include "common/wire/Record.h"
#include "common/wire/Transfer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace rathaus;

namespace {

QJsonObject json(const char *text)
{
    QJsonParseError error;
    const QJsonObject object = QJsonDocument::fromJson(text, &error).object();
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", qPrintable(error.errorString()));
    return object;
}

const char *kRecord = R"({"id": "r1", "office_id": "standesamt", "category": "birth",
    "title": {"de": "Geburtseintrag Leon", "en": "Birth record Leon"},
    "fields": [{"key": "name", "label": {"de": "Name", "en": "Name"}, "value": "Leon Mustermann"},
               {"key": "born", "label": "Geboren", "value": "2025-03-14"}],
    "legal_basis": "§ 21 PStG", "updated_at": "2025-03-20T10:00:00Z"})";

const char *kTransfer = R"({"id": "t1", "citizen_id": "erika",
    "from_office_id": "standesamt", "to_office_id": "elterngeldstelle",
    "categories": ["birth"], "record_ids": [], "purpose": "Parental benefit application",
    "legal_basis": "§ 12 BEEG", "application_id": "a7", "requested_by": "elterngeldstelle",
    "status": "requested", "expires_at": null, "created_at": "2026-11-29T08:00:00Z"})";

AccessLogEntry sampleEntry()
{
    AccessLogEntry entry;
    entry.id = QStringLiteral("log-1");
    entry.at = QDateTime(QDate(2026, 11, 29), QTime(8, 0, 0, 5), Qt::UTC);
    entry.citizenId = QStringLiteral("erika");
    entry.recordId = QStringLiteral("r1");
    entry.category = QStringLiteral("birth");
    entry.action = AccessAction::TransferOut;
    entry.officeId = QStringLiteral("standesamt");
    entry.actor = QStringLiteral("staff-3f9a");
    entry.purpose = QStringLiteral("Parental benefit application");
    entry.legalBasis = QStringLiteral("§ 12 BEEG");
    entry.consentId = QStringLiteral("t1");
    entry.applicationId = QStringLiteral("a7");
    return AccessLogChain::seal(entry, AccessLogChain::genesisHash());
}

template<typename T>
void checkMalformed(const QJsonObject &base, const QString &member, const QJsonValue &value)
{
    QJsonObject object = base;
    if (value.isUndefined())
        object.remove(member);
    else
        object.insert(member, value);
    const auto parsed = T::fromJson(object);
    QVERIFY2(!parsed, qPrintable(member));
    QCOMPARE(parsed.problem().slug(), QStringLiteral("malformed-response"));
}

} // namespace

class TestWireCockpit : public QObject
{
    Q_OBJECT

private slots:
    void record()
    {
        const auto record = Record::fromJson(json(kRecord));
        QVERIFY2(record, qPrintable(record ? QString() : record.problem().detail));
        QCOMPARE(record.value().fields.size(), 2);
        QCOMPARE(record.value().fields.at(1).label.en, QStringLiteral("Geboren"));
        QCOMPARE(record.value().fields.at(0).value, QStringLiteral("Leon Mustermann"));
        QCOMPARE(record.value().title.en, QStringLiteral("Birth record Leon"));
        QVERIFY(record.value().retention.isEmpty());
        QCOMPARE(Record::fromJson(record.value().toJson()).value(), record.value());
        Record withRetention = record.value();
        withRetention.retention = QStringLiteral("110 years after the birth");
        QCOMPARE(Record::fromJson(withRetention.toJson()).value(), withRetention);
    }

    void malformedRecord_data()
    {
        QTest::addColumn<QString>("member");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("no id") << QStringLiteral("id") << QJsonValue(QJsonValue::Undefined);
        QTest::newRow("no category")
            << QStringLiteral("category") << QJsonValue(QJsonValue::Undefined);
        QTest::newRow("no time") << QStringLiteral("updated_at")
                                 << QJsonValue(QJsonValue::Undefined);
        QTest::newRow("fields object") << QStringLiteral("fields") << QJsonValue(QJsonObject());
        QTest::newRow("field not object")
            << QStringLiteral("fields") << QJsonValue(QJsonArray { 1 });
        QTest::newRow("field without key")
            << QStringLiteral("fields")
            << QJsonValue(
                   QJsonArray { QJsonObject { { QStringLiteral("label"), QStringLiteral("x") } } });
        QTest::newRow("field value number")
            << QStringLiteral("fields")
            << QJsonValue(
                   QJsonArray { QJsonObject { { QStringLiteral("key"), QStringLiteral("k") },
                                              { QStringLiteral("label"), QStringLiteral("x") },
                                              { QStringLiteral("value"), 5 } } });
    }

    void malformedRecord()
    {
        QFETCH(QString, member);
        QFETCH(QJsonValue, value);
        checkMalformed<Record>(json(kRecord), member, value);
    }

    void transfer()
    {
        const auto transfer = Transfer::fromJson(json(kTransfer));
        QVERIFY2(transfer, qPrintable(transfer ? QString() : transfer.problem().detail));
        QCOMPARE(transfer.value().status, TransferStatus::Requested);
        QCOMPARE(transfer.value().categories, QStringList { QStringLiteral("birth") });
        QVERIFY(transfer.value().recordIds.isEmpty());
        QVERIFY(transfer.value().expiresAt.isNull());
        QVERIFY(!transfer.value().requestedByCitizen());
        QCOMPARE(Transfer::fromJson(transfer.value().toJson()).value(), transfer.value());

        // Approved by the citizen, narrowed to one record, with an expiry.
        Transfer approved = transfer.value();
        approved.status = TransferStatus::Approved;
        approved.recordIds = QStringList { QStringLiteral("r1") };
        approved.expiresAt = QDateTime(QDate(2027, 1, 31), QTime(0, 0), Qt::UTC);
        approved.applicationId.clear();
        const QJsonObject object = approved.toJson();
        QVERIFY(object.value(QLatin1String("application_id")).isNull());
        QCOMPARE(object.value(QLatin1String("expires_at")).toString(),
                 QStringLiteral("2027-01-31T00:00:00.000Z"));
        QCOMPARE(Transfer::fromJson(object).value(), approved);

        // The case as the citizen knows it: reference and service, both optional.
        QVERIFY(transfer.value().applicationReference.isEmpty());
        Transfer named = transfer.value();
        named.applicationReference = QStringLiteral("LUN-2026-000001");
        named.serviceTitle = { QStringLiteral("Elterngeld"), QStringLiteral("Parental benefit") };
        const QJsonObject namedJson = named.toJson();
        QCOMPARE(namedJson.value(QLatin1String("application_reference")).toString(),
                 QStringLiteral("LUN-2026-000001"));
        QCOMPARE(Transfer::fromJson(namedJson).value(), named);
        QVERIFY(transfer.value().toJson().value(QLatin1String("service_title")).isNull());
    }

    void malformedTransfer_data()
    {
        QTest::addColumn<QString>("member");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("no citizen")
            << QStringLiteral("citizen_id") << QJsonValue(QJsonValue::Undefined);
        QTest::newRow("no from") << QStringLiteral("from_office_id")
                                 << QJsonValue(QJsonValue::Undefined);
        QTest::newRow("no purpose")
            << QStringLiteral("purpose") << QJsonValue(QJsonValue::Undefined);
        QTest::newRow("unknown status")
            << QStringLiteral("status") << QJsonValue(QStringLiteral("sent"));
        QTest::newRow("categories not strings")
            << QStringLiteral("categories") << QJsonValue(QJsonArray { 1 });
        QTest::newRow("nothing asked") << QStringLiteral("categories") << QJsonValue(QJsonArray());
        QTest::newRow("bad expiry")
            << QStringLiteral("expires_at") << QJsonValue(QStringLiteral("never"));
    }

    void malformedTransfer()
    {
        QFETCH(QString, member);
        QFETCH(QJsonValue, value);
        checkMalformed<Transfer>(json(kTransfer), member, value);
    }

    void accessLogEntry()
    {
        const AccessLogEntry entry = sampleEntry();
        const QJsonObject object = entry.toJson();
        // Every member is always present (null when unset): the hashed form
        // does not depend on what an encoder leaves out.
        for (const char *key :
             { "id", "at", "citizen_id", "record_id", "category", "action", "office_id", "actor",
               "purpose", "legal_basis", "consent_id", "application_id", "hidden_until",
               "hidden_reason", "prev_hash", "hash" }) {
            QVERIFY2(object.contains(QLatin1String(key)), key);
        }
        QVERIFY(object.value(QLatin1String("hidden_until")).isNull());
        QCOMPARE(object.value(QLatin1String("action")).toString(), QStringLiteral("transfer_out"));
        QCOMPARE(object.value(QLatin1String("at")).toString(),
                 QStringLiteral("2026-11-29T08:00:00.005Z"));
        const auto back = AccessLogEntry::fromJson(object);
        QVERIFY(back);
        QCOMPARE(back.value(), entry);
        QCOMPARE(AccessLogChain::hashOf(back.value()), entry.hash);

        for (const AccessAction action : { AccessAction::Read, AccessAction::Update,
                                           AccessAction::TransferOut, AccessAction::TransferIn })
            QCOMPARE(accessActionFromWire(accessActionToWire(action)), std::optional(action));
    }

    void malformedAccessLogEntry_data()
    {
        QTest::addColumn<QString>("member");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("no id") << QStringLiteral("id") << QJsonValue(QJsonValue::Undefined);
        QTest::newRow("no time") << QStringLiteral("at") << QJsonValue(QJsonValue::Null);
        QTest::newRow("unknown action")
            << QStringLiteral("action") << QJsonValue(QStringLiteral("delete"));
        QTest::newRow("no actor") << QStringLiteral("actor") << QJsonValue(QJsonValue::Undefined);
        QTest::newRow("short hash") << QStringLiteral("hash") << QJsonValue(QStringLiteral("abc"));
        QTest::newRow("upper-case hash")
            << QStringLiteral("prev_hash") << QJsonValue(QString(64, QLatin1Char('A')));
        QTest::newRow("no prev hash")
            << QStringLiteral("prev_hash") << QJsonValue(QJsonValue::Undefined);
        QTest::newRow("purpose number") << QStringLiteral("purpose") << QJsonValue(1);
    }

    void malformedAccessLogEntry()
    {
        QFETCH(QString, member);
        QFETCH(QJsonValue, value);
        checkMalformed<AccessLogEntry>(sampleEntry().toJson(), member, value);
    }

    void accessLogPage()
    {
        // Newest first on the wire; the chain is checked oldest first.
        const AccessLogEntry first = sampleEntry();
        AccessLogEntry second = first;
        second.id = QStringLiteral("log-2");
        second.action = AccessAction::TransferIn;
        second.officeId = QStringLiteral("elterngeldstelle");
        second = AccessLogChain::seal(second, first.hash);
        Page<AccessLogEntry> page;
        page.items = { second, first };
        const auto back = Page<AccessLogEntry>::fromJson(page.toJson());
        QVERIFY(back);
        QCOMPARE(back.value(), page);
        QList<AccessLogEntry> oldestFirst(back.value().items.crbegin(), back.value().items.crend());
        QCOMPARE(AccessLogChain::verifyChain(oldestFirst), std::optional<qsizetype>());
    }
};

QTEST_APPLESS_MAIN(TestWireCockpit)
#include "test_wire_cockpit.moc"
