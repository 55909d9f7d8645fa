#include "common/wire/Catalogue.h"
#include "common/wire/Session.h"

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

const char *kSummary = R"({
    "id": "geburtsurkunde", "office_id": "standesamt",
    "title": {"de": "Geburtsurkunde", "en": "Birth certificate"},
    "summary": {"de": "Kopie", "en": "Copy"},
    "fee": {"base_cents": 1200, "per_unit": [{"field": "copies", "cents": 600, "free_units": 1}]},
    "required_trust_level": "substantial", "processing_days": 3})";

const char *kDetail = R"({
    "id": "geburtsurkunde", "office_id": "standesamt",
    "title": {"de": "Geburtsurkunde", "en": "Birth certificate"},
    "summary": "Kopie",
    "fee": {"base_cents": 1200},
    "processing_days": 3,
    "description": {"de": "Beschreibung", "en": "Description"},
    "requirements": [{"de": "Ausweis", "en": "ID card"}, "Stammbuch"],
    "legal_basis": "§ 55 PStG",
    "form": {"version": 2, "steps": [{"title": "Angaben", "fields": [
        {"id": "copies", "type": "number", "label": "Anzahl", "required": true, "min": 1, "max": 10}]}]}})";

const char *kLogin = R"({
    "access_token": "a", "refresh_token": "r", "expires_in": 900,
    "user": {"id": "u1", "username": "sb.verkehr", "display_name": "Sachbearbeitung Verkehr",
             "role": "caseworker", "office_id": "strassenverkehrsamt", "trust_level": "basic"}})";

} // namespace

class TestWire : public QObject
{
    Q_OBJECT

private slots:
    void office()
    {
        const auto office = Office::fromJson(json(
            R"({"id": "standesamt", "name": {"de": "Standesamt", "en": "Registry office"}, "public_key": "-----BEGIN PUBLIC KEY-----"})"));
        QVERIFY(office);
        QCOMPARE(office.value().id, QStringLiteral("standesamt"));
        QCOMPARE(office.value().name.en, QStringLiteral("Registry office"));
        QCOMPARE(office.value().publicKeyPem, QStringLiteral("-----BEGIN PUBLIC KEY-----"));
        const auto back = Office::fromJson(office.value().toJson());
        QVERIFY(back);
        QCOMPARE(back.value(), office.value());
    }

    void serviceSummary()
    {
        const auto summary = ServiceSummary::fromJson(json(kSummary));
        QVERIFY2(summary, qPrintable(summary ? QString() : summary.problem().detail));
        QCOMPARE(summary.value().officeId, QStringLiteral("standesamt"));
        QCOMPARE(summary.value().fee.baseCents, 1200);
        QCOMPARE(summary.value().fee.perUnit.size(), 1);
        QCOMPARE(summary.value().requiredTrustLevel, QStringLiteral("substantial"));
        QCOMPARE(summary.value().processingDays, 3);
        QCOMPARE(ServiceSummary::fromJson(summary.value().toJson()).value(), summary.value());
    }

    void serviceSummaryDefaults()
    {
        const auto summary = ServiceSummary::fromJson(
            json(R"({"id": "x", "office_id": "o", "title": "X", "fee": {}})"));
        QVERIFY(summary);
        QCOMPARE(summary.value().requiredTrustLevel, QStringLiteral("basic"));
        QCOMPARE(summary.value().processingDays, 0);
        QVERIFY(summary.value().fee.isFree());
    }

    void serviceDetailIsFlat()
    {
        const auto detail = ServiceDetail::fromJson(json(kDetail));
        QVERIFY2(detail, qPrintable(detail ? QString() : detail.problem().detail));
        QCOMPARE(detail.value().summary.id, QStringLiteral("geburtsurkunde"));
        QCOMPARE(detail.value().requirements.size(), 2);
        QCOMPARE(detail.value().requirements.at(1).en, QStringLiteral("Stammbuch"));
        QCOMPARE(detail.value().legalBasis, QStringLiteral("§ 55 PStG"));
        QCOMPARE(detail.value().form.version, 2);
        QVERIFY(detail.value().form.field(QStringLiteral("copies")));

        const QJsonObject flat = detail.value().toJson();
        QVERIFY(flat.contains(QLatin1String("office_id")));
        QVERIFY(flat.contains(QLatin1String("form")));
        QVERIFY(!flat.contains(QLatin1String("summary_fields")));
        QCOMPARE(ServiceDetail::fromJson(flat).value(), detail.value());
    }

    void serviceDetailWithBadForm()
    {
        QJsonObject object = json(kDetail);
        object.insert(QStringLiteral("form"),
                      json(R"({"steps": [{"fields": [{"id": "a", "type": "hologram"}]}]})"));
        const auto detail = ServiceDetail::fromJson(object);
        QVERIFY(!detail);
        QCOMPARE(detail.problem().slug(), QStringLiteral("malformed-response"));
        QVERIFY(detail.problem().detail.contains(QLatin1String("\"a\"")));
    }

    void malformedCatalogue_data()
    {
        QTest::addColumn<QString>("member");
        QTest::addColumn<QJsonValue>("value"); // undefined = remove
        QTest::newRow("id missing") << QStringLiteral("id") << QJsonValue(QJsonValue::Undefined);
        QTest::newRow("id number") << QStringLiteral("id") << QJsonValue(7);
        QTest::newRow("office_id null")
            << QStringLiteral("office_id") << QJsonValue(QJsonValue::Null);
        QTest::newRow("title number") << QStringLiteral("title") << QJsonValue(1);
        QTest::newRow("title missing")
            << QStringLiteral("title") << QJsonValue(QJsonValue::Undefined);
        QTest::newRow("fee missing") << QStringLiteral("fee") << QJsonValue(QJsonValue::Undefined);
        QTest::newRow("fee string") << QStringLiteral("fee") << QJsonValue(QStringLiteral("5 EUR"));
        QTest::newRow("trust level unknown")
            << QStringLiteral("required_trust_level") << QJsonValue(QStringLiteral("ultra"));
        QTest::newRow("days fraction") << QStringLiteral("processing_days") << QJsonValue(2.5);
        QTest::newRow("days string")
            << QStringLiteral("processing_days") << QJsonValue(QStringLiteral("3"));
        QTest::newRow("summary object of numbers")
            << QStringLiteral("summary") << QJsonValue(QJsonObject { { QStringLiteral("de"), 1 } });
    }

    void malformedCatalogue()
    {
        QFETCH(QString, member);
        QFETCH(QJsonValue, value);
        for (const char *text : { kSummary, kDetail }) {
            QJsonObject object = json(text);
            if (value.isUndefined())
                object.remove(member);
            else
                object.insert(member, value);
            const auto summary = ServiceSummary::fromJson(object);
            QVERIFY(!summary);
            QCOMPARE(summary.problem().slug(), QStringLiteral("malformed-response"));
            QCOMPARE(summary.problem().status, 0);
            QVERIFY(!ServiceDetail::fromJson(object));
        }
    }

    void malformedDetailOnly()
    {
        QJsonObject object = json(kDetail);
        object.remove(QStringLiteral("form"));
        QVERIFY(!ServiceDetail::fromJson(object));
        object = json(kDetail);
        object.insert(QStringLiteral("requirements"), QStringLiteral("ID card"));
        QVERIFY(!ServiceDetail::fromJson(object));
        object = json(kDetail);
        object.insert(QStringLiteral("requirements"), QJsonArray { 1 });
        QVERIFY(!ServiceDetail::fromJson(object));
    }

    void listFromJson()
    {
        QJsonArray array { json(kSummary), json(kSummary) };
        const auto list = rathaus::listFromJson<ServiceSummary>(array);
        QVERIFY(list);
        QCOMPARE(list.value().size(), 2);
        array.append(42);
        QVERIFY(!rathaus::listFromJson<ServiceSummary>(array));
        const auto badItem = rathaus::listFromJson<Office>(QJsonArray { QJsonObject {} });
        QVERIFY(!badItem);
        QCOMPARE(badItem.problem().slug(), QStringLiteral("malformed-response"));
    }

    void roles()
    {
        for (const Role role : { Role::Citizen, Role::Caseworker, Role::Lead, Role::Admin })
            QCOMPARE(roleFromWire(roleToWire(role)), std::optional<Role>(role));
        QCOMPARE(roleToWire(Role::Lead), QStringLiteral("lead"));
        QVERIFY(!roleFromWire(QStringLiteral("root")));
        QVERIFY(!roleFromWire(QStringLiteral("Admin")));
    }

    void tokenPair()
    {
        const auto pair = TokenPair::fromJson(json(kLogin));
        QVERIFY(pair);
        QCOMPARE(pair.value().expiresIn, 900);
        QCOMPARE(pair.value().user.role, Role::Caseworker);
        QVERIFY(pair.value().user.isStaff());
        QCOMPARE(pair.value().user.officeId, QStringLiteral("strassenverkehrsamt"));
        QCOMPARE(TokenPair::fromJson(pair.value().toJson()).value(), pair.value());
    }

    void citizenWithoutOffice()
    {
        const auto user = UserInfo::fromJson(json(
            R"({"id": "c1", "display_name": "Erika Mustermann", "role": "citizen", "office_id": null})"));
        QVERIFY(user);
        QVERIFY(!user.value().isStaff());
        QVERIFY(user.value().officeId.isEmpty());
        QCOMPARE(user.value().trustLevel, QStringLiteral("basic"));
        const QJsonObject back = user.value().toJson();
        QVERIFY(!back.contains(QLatin1String("office_id")));
        QCOMPARE(back.value(QLatin1String("role")).toString(), QStringLiteral("citizen"));
        QCOMPARE(UserInfo::fromJson(back).value(), user.value());
    }

    void malformedLogin_data()
    {
        QTest::addColumn<QString>("path"); // "member" or "user/member"
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("no access token")
            << QStringLiteral("access_token") << QJsonValue(QJsonValue::Undefined);
        QTest::newRow("empty access token")
            << QStringLiteral("access_token") << QJsonValue(QString());
        QTest::newRow("no refresh token")
            << QStringLiteral("refresh_token") << QJsonValue(QJsonValue::Undefined);
        QTest::newRow("expires string")
            << QStringLiteral("expires_in") << QJsonValue(QStringLiteral("900"));
        QTest::newRow("expires zero") << QStringLiteral("expires_in") << QJsonValue(0);
        QTest::newRow("no user") << QStringLiteral("user") << QJsonValue(QJsonValue::Undefined);
        QTest::newRow("user array") << QStringLiteral("user") << QJsonValue(QJsonArray {});
        QTest::newRow("user without id")
            << QStringLiteral("user/id") << QJsonValue(QJsonValue::Undefined);
        QTest::newRow("user unknown role")
            << QStringLiteral("user/role") << QJsonValue(QStringLiteral("king"));
        QTest::newRow("user role number") << QStringLiteral("user/role") << QJsonValue(1);
        QTest::newRow("user without name")
            << QStringLiteral("user/display_name") << QJsonValue(QJsonValue::Undefined);
        QTest::newRow("user office number") << QStringLiteral("user/office_id") << QJsonValue(5);
    }

    void malformedLogin()
    {
        QFETCH(QString, path);
        QFETCH(QJsonValue, value);
        QJsonObject object = json(kLogin);
        const auto edit = [&](QJsonObject &target, const QString &member) {
            if (value.isUndefined())
                target.remove(member);
            else
                target.insert(member, value);
        };
        if (path.startsWith(QLatin1String("user/"))) {
            QJsonObject user = object.value(QLatin1String("user")).toObject();
            edit(user, path.mid(5));
            object.insert(QStringLiteral("user"), user);
        } else {
            edit(object, path);
        }
        const auto pair = TokenPair::fromJson(object);
        QVERIFY(!pair);
        QCOMPARE(pair.problem().slug(), QStringLiteral("malformed-response"));
    }
};

QTEST_GUILESS_MAIN(TestWire)
#include "test_wire.moc"
