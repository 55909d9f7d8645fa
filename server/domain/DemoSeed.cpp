#include "server/domain/DemoSeed.h"

#include "common/core/Clock.h"
#include "common/crypto/Crypto.h"
#include "common/crypto/EcdsaP256.h"
#include "common/crypto/PasswordHasher.h"
#include "common/wire/Catalogue.h"
#include "server/Logging.h"
#include "server/store/CatalogueRepository.h"
#include "server/store/Database.h"
#include "server/store/RecordRepository.h"
#include "server/store/Transaction.h"
#include "server/store/UserRepository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace rathaus::server {

namespace {

const QString kResourceRoot = QStringLiteral(":/rathaus/demo/");

bool readJson(const QString &name, QJsonObject *object, QString *errorMessage)
{
    QFile file(kResourceRoot + name);
    if (!file.open(QIODevice::ReadOnly)) {
        *errorMessage = QStringLiteral("demo data %1 is missing").arg(name);
        return false;
    }
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        *errorMessage = QStringLiteral("demo data %1: %2").arg(name, error.errorString());
        return false;
    }
    *object = document.object();
    return true;
}

// Demo account ids are stable (derived from the username), so a client or a
// test that remembers one finds it again after a reset of the demo database.
QString demoUserId(const QString &username)
{
    return QUuid::createUuidV5(QUuid(QStringLiteral("6f1c1a52-3f4e-4c53-9a0e-2d2b8c5f7a10")),
                               username)
        .toString(QUuid::WithoutBraces);
}

struct DemoCity
{
    QList<Office> offices;
    QList<ServiceDetail> services;
    QList<UserRecord> accounts; // without password hash
    QList<StoredRecord> records;
};

bool loadRecords(const QJsonArray &array, DemoCity *city, QString *errorMessage)
{
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        StoredRecord record;
        const QString citizen = object.value(QLatin1String("citizen")).toString();
        const QString key = object.value(QLatin1String("key")).toString();
        record.citizenId = demoUserId(citizen);
        // Stable ids, like the accounts': the same record after a reset.
        record.id =
            QUuid::createUuidV5(QUuid(record.citizenId), key).toString(QUuid::WithoutBraces);
        record.officeId = object.value(QLatin1String("office_id")).toString();
        record.category = object.value(QLatin1String("category")).toString();
        record.title = LocalizedText::fromJson(object.value(QLatin1String("title")));
        record.fields = object.value(QLatin1String("fields")).toArray();
        record.legalBasis = object.value(QLatin1String("legal_basis")).toString();
        record.retention = object.value(QLatin1String("retention")).toString();
        if (citizen.isEmpty() || key.isEmpty() || record.officeId.isEmpty() ||
            record.category.isEmpty()) {
            *errorMessage = QStringLiteral("demo record without citizen, key, office or category");
            return false;
        }
        city->records.append(record);
    }
    return true;
}

bool loadCity(DemoCity *city, QString *errorMessage)
{
    QJsonObject root;
    if (!readJson(QStringLiteral("city.json"), &root, errorMessage))
        return false;
    for (const QJsonValue &value : root.value(QLatin1String("offices")).toArray()) {
        auto office = Office::fromJson(value.toObject());
        if (!office) {
            *errorMessage = QStringLiteral("demo office: %1").arg(office.problem().detail);
            return false;
        }
        city->offices.append(std::move(office).value());
    }
    for (const QJsonValue &value : root.value(QLatin1String("services")).toArray()) {
        QJsonObject object;
        const QString file = QStringLiteral("services/%1.json").arg(value.toString());
        if (!readJson(file, &object, errorMessage))
            return false;
        auto service = ServiceDetail::fromJson(object);
        if (!service) {
            *errorMessage = QStringLiteral("demo service %1: %2 %3")
                                .arg(file, service.problem().title, service.problem().detail);
            return false;
        }
        city->services.append(std::move(service).value());
    }
    const QString totpSecret = DemoSeed::staffTotpSecret();
    for (const QJsonValue &value : root.value(QLatin1String("accounts")).toArray()) {
        const QJsonObject object = value.toObject();
        UserRecord user;
        user.username = object.value(QLatin1String("username")).toString();
        user.id = demoUserId(user.username);
        user.displayName = object.value(QLatin1String("display_name")).toString();
        const auto role = roleFromWire(object.value(QLatin1String("role")).toString());
        if (user.username.isEmpty() || !role) {
            *errorMessage = QStringLiteral("demo account without username or role");
            return false;
        }
        user.role = *role;
        user.officeId = object.value(QLatin1String("office_id")).toString();
        if (user.role != Role::Citizen)
            user.totpSecret = totpSecret;
        city->accounts.append(user);
    }
    return loadRecords(root.value(QLatin1String("records")).toArray(), city, errorMessage);
}

} // namespace

QString DemoSeed::demoPassword()
{
    return QStringLiteral("rathaus-demo");
}

QString DemoSeed::staffTotpSecret()
{
    return QStringLiteral("JBSWY3DPEHPK3PXP");
}

bool DemoSeed::apply(Database &database, const Clock &clock, Report *report, QString *errorMessage)
{
    DemoCity city;
    if (!loadCity(&city, errorMessage))
        return false;

    const QSqlDatabase db = database.connection();
    UserRepository users(db);
    QStringList usernames;
    for (const UserRecord &account : city.accounts)
        usernames.append(account.username);
    const QStringList existing = users.existingUsernames(usernames);

    // argon2id costs tens of milliseconds a hash, ten accounts would cost most
    // of the embedded backend's start budget (quality.md: 300 ms, seeding
    // included). All demo accounts share one published password, so one hash
    // (with its own salt) serves them all; nothing is hashed when they exist.
    QString passwordHash;
    if (existing.size() < usernames.size())
        passwordHash = PasswordHasher().hash(demoPassword());

    const qint64 now = clock.nowSeconds();
    Transaction transaction(db, database.dialect());
    CatalogueRepository catalogue(db);
    int order = 0;
    for (const Office &office : std::as_const(city.offices))
        catalogue.upsertOffice(office, order++);
    order = 0;
    for (const ServiceDetail &service : std::as_const(city.services))
        catalogue.upsertService(service, order++, now);
    // Each office gets its own signing key once (a P-256 key takes well under
    // a millisecond); an office that has one keeps it.
    for (const Office &office : std::as_const(city.offices)) {
        if (catalogue.hasOfficeKey(office.id))
            continue;
        auto key = crypto::EcdsaP256::generate();
        if (!key) {
            *errorMessage =
                QStringLiteral("cannot generate a signing key: ") + key.problem().detail;
            return false;
        }
        QByteArray privatePem = key.value().privateKeyPem();
        catalogue.storeOfficeKey(office.id, privatePem, key.value().publicKeyPem(), now);
        crypto::wipe(privatePem);
    }
    int created = 0;
    for (UserRecord account : std::as_const(city.accounts)) {
        if (existing.contains(account.username))
            continue;
        account.passwordHash = passwordHash;
        if (users.insertIfAbsent(account, now))
            ++created;
    }
    RecordRepository records(db);
    for (StoredRecord record : std::as_const(city.records)) {
        record.updatedAt = now;
        records.insertIfAbsent(record);
    }
    transaction.commit();

    if (report)
        *report = { int(city.offices.size()), int(city.services.size()), created };
    qCInfo(lcDomain) << "demo city seeded:" << city.offices.size() << "offices,"
                     << city.services.size() << "services," << created << "new accounts";
    return true;
}

} // namespace rathaus::server
