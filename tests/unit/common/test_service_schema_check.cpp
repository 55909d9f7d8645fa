// The administrator's schema checker: the demo city's services pass as they
// ship, and each kind of mistake is found at its place.
#include "common/forms/ServiceSchemaCheck.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace rathaus;

// A change to a service document, as a test row's data.
using Edit = std::function<void(QJsonObject &)>;
Q_DECLARE_METATYPE(Edit)

namespace {

QJsonObject readService(const QString &name)
{
    QFile file(QStringLiteral(RATHAUS_DEMO_SERVICES_DIR "/%1.json").arg(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    return QJsonDocument::fromJson(file.readAll()).object();
}

QString describe(const QList<SchemaIssue> &issues)
{
    QStringList lines;
    for (const SchemaIssue &issue : issues)
        lines.append(issue.path + QStringLiteral(": ") + issue.message);
    return lines.join(QLatin1Char('\n'));
}

QStringList paths(const QList<SchemaIssue> &issues)
{
    QStringList result;
    for (const SchemaIssue &issue : issues)
        result.append(issue.path);
    return result;
}

QJsonObject fieldAt(const QJsonObject &service, int step, int field)
{
    return service.value(QLatin1String("form"))
        .toObject()
        .value(QLatin1String("steps"))
        .toArray()
        .at(step)
        .toObject()
        .value(QLatin1String("fields"))
        .toArray()
        .at(field)
        .toObject();
}

void setFieldAt(QJsonObject &service, int step, int field, const QJsonObject &value)
{
    QJsonObject form = service.value(QLatin1String("form")).toObject();
    QJsonArray steps = form.value(QLatin1String("steps")).toArray();
    QJsonObject stepObject = steps.at(step).toObject();
    QJsonArray fields = stepObject.value(QLatin1String("fields")).toArray();
    fields.replace(field, value);
    stepObject.insert(QStringLiteral("fields"), fields);
    steps.replace(step, stepObject);
    form.insert(QStringLiteral("steps"), steps);
    service.insert(QStringLiteral("form"), form);
}

void editField(QJsonObject &service, int step, int field,
               const std::function<void(QJsonObject &)> &edit)
{
    QJsonObject object = fieldAt(service, step, field);
    edit(object);
    setFieldAt(service, step, field, object);
}

} // namespace

class TestServiceSchemaCheck : public QObject
{
    Q_OBJECT

private slots:
    void acceptsTheDemoServices_data()
    {
        QTest::addColumn<QString>("name");
        const QStringList files =
            QDir(QStringLiteral(RATHAUS_DEMO_SERVICES_DIR)).entryList({ QStringLiteral("*.json") });
        QCOMPARE(files.size(), 6);
        for (const QString &file : files)
            QTest::newRow(qPrintable(file)) << file.chopped(5);
    }
    void acceptsTheDemoServices()
    {
        QFETCH(QString, name);
        const auto issues = ServiceSchemaCheck::check(readService(name));
        QVERIFY2(issues.isEmpty(), qPrintable(describe(issues)));
    }

    void refusesEachMistakeAtItsPlace_data()
    {
        QTest::addColumn<QString>("service");
        QTest::addColumn<Edit>("edit");
        QTest::addColumn<QString>("path");

        QTest::newRow("unknown field type") << "hundesteuer-anmeldung" << Edit([](QJsonObject &s) {
            editField(s, 1, 1, [](QJsonObject &f) { f[QStringLiteral("type")] = "colour"; });
        }) << "form.steps[1].fields[1].type";
        QTest::newRow("duplicate key") << "hundesteuer-anmeldung" << Edit([](QJsonObject &s) {
            editField(s, 1, 0, [](QJsonObject &f) { f[QStringLiteral("id")] = "breed"; });
        }) << "form.steps[1].fields[0].id";
        QTest::newRow("key not usable as JSON key")
            << "hundesteuer-anmeldung" << Edit([](QJsonObject &s) {
                   editField(s, 0, 1, [](QJsonObject &f) { f[QStringLiteral("id")] = "Rasse!"; });
               })
            << "form.steps[0].fields[1].id";
        QTest::newRow("visible_if names a later field")
            << "hundesteuer-anmeldung" << Edit([](QJsonObject &s) {
                   editField(s, 0, 0, [](QJsonObject &f) {
                       f[QStringLiteral("visible_if")] =
                           QJsonObject { { "field", "email" }, { "equals", "x" } };
                   });
               })
            << "form.steps[0].fields[0].visible_if.field";
        QTest::newRow("visible_if names no field")
            << "hundesteuer-anmeldung" << Edit([](QJsonObject &s) {
                   editField(s, 1, 0, [](QJsonObject &f) {
                       f[QStringLiteral("visible_if")] =
                           QJsonObject { { "field", "colour" }, { "equals", true } };
                   });
               })
            << "form.steps[1].fields[0].visible_if.field";
        QTest::newRow("options on a text field")
            << "hundesteuer-anmeldung" << Edit([](QJsonObject &s) {
                   editField(s, 0, 1, [](QJsonObject &f) {
                       f[QStringLiteral("options")] =
                           QJsonArray { QJsonObject { { "value", "a" } } };
                   });
               })
            << "form.steps[0].fields[1].options";
        QTest::newRow("misspelt member") << "hundesteuer-anmeldung" << Edit([](QJsonObject &s) {
            editField(s, 0, 0, [](QJsonObject &f) { f[QStringLiteral("requried")] = true; });
        }) << "form.steps[0].fields[0].requried";
        QTest::newRow("label without German")
            << "hundesteuer-anmeldung" << Edit([](QJsonObject &s) {
                   editField(s, 0, 2, [](QJsonObject &f) {
                       f[QStringLiteral("label")] = QJsonObject { { "de", "" }, { "en", "Since" } };
                   });
               })
            << "form.steps[0].fields[2].label.de";
        QTest::newRow("min above max") << "hundesteuer-anmeldung" << Edit([](QJsonObject &s) {
            editField(s, 0, 2, [](QJsonObject &f) { f[QStringLiteral("min")] = 5; });
        }) << "form.steps[0].fields[2].max";
        QTest::newRow("broken pattern") << "hundesteuer-anmeldung" << Edit([](QJsonObject &s) {
            editField(s, 0, 0, [](QJsonObject &f) { f[QStringLiteral("pattern")] = "([a-z"; });
        }) << "form.steps[0].fields[0].pattern";
        QTest::newRow("empty step") << "hundesteuer-anmeldung" << Edit([](QJsonObject &s) {
            QJsonObject form = s.value(QLatin1String("form")).toObject();
            QJsonArray steps = form.value(QLatin1String("steps")).toArray();
            steps.append(QJsonObject { { "title", "Leer" }, { "fields", QJsonArray {} } });
            form[QStringLiteral("steps")] = steps;
            s[QStringLiteral("form")] = form;
        }) << "form.steps[2].fields";
        QTest::newRow("negative base fee") << "hundesteuer-anmeldung" << Edit([](QJsonObject &s) {
            s[QStringLiteral("fee")] = QJsonObject { { "base_cents", -100 } };
        }) << "fee.base_cents";
        QTest::newRow("fee in cents as a fraction")
            << "meldebescheinigung" << Edit([](QJsonObject &s) {
                   s[QStringLiteral("fee")] = QJsonObject { { "base_cents", 5.5 } };
               })
            << "fee.base_cents";
        QTest::newRow("per unit on a missing field")
            << "geburtsurkunde" << Edit([](QJsonObject &s) {
                   QJsonObject fee = s.value(QLatin1String("fee")).toObject();
                   fee[QStringLiteral("per_unit")] = QJsonArray { QJsonObject {
                       { "field", "kopien" }, { "cents", 600 }, { "free_units", 1 } } };
                   s[QStringLiteral("fee")] = fee;
               })
            << "fee.per_unit[0].field";
        QTest::newRow("per option names an unknown option")
            << "sperrmuell" << Edit([](QJsonObject &s) {
                   QJsonObject fee = s.value(QLatin1String("fee")).toObject();
                   fee[QStringLiteral("per_option")] = QJsonArray { QJsonObject {
                       { "field", "volume" },
                       { "cents", QJsonObject { { "small", 0 }, { "huge", 5000 } } } } };
                   s[QStringLiteral("fee")] = fee;
               })
            << "fee.per_option[0].cents.huge";
        QTest::newRow("fee member misspelt") << "meldebescheinigung" << Edit([](QJsonObject &s) {
            QJsonObject fee = s.value(QLatin1String("fee")).toObject();
            fee[QStringLiteral("base")] = 500;
            s[QStringLiteral("fee")] = fee;
        }) << "fee.base";
        QTest::newRow("title without English") << "meldebescheinigung" << Edit([](QJsonObject &s) {
            s[QStringLiteral("title")] = QJsonObject { { "de", "Meldebescheinigung" } };
        }) << "title.en";
        QTest::newRow("no legal basis") << "meldebescheinigung" << Edit([](QJsonObject &s) {
            s[QStringLiteral("legal_basis")] = "  ";
        }) << "legal_basis";
        QTest::newRow("bad service id") << "meldebescheinigung" << Edit([](QJsonObject &s) {
            s[QStringLiteral("id")] = "Melde Bescheinigung";
        }) << "id";
        QTest::newRow("unknown trust level") << "meldebescheinigung" << Edit([](QJsonObject &s) {
            s[QStringLiteral("required_trust_level")] = "medium";
        }) << "required_trust_level";
    }
    void refusesEachMistakeAtItsPlace()
    {
        QFETCH(QString, service);
        QFETCH(Edit, edit);
        QFETCH(QString, path);
        QJsonObject document = readService(service);
        edit(document);
        const auto issues = ServiceSchemaCheck::check(document);
        QVERIFY2(paths(issues).contains(path), qPrintable(describe(issues)));
        for (const SchemaIssue &issue : issues)
            QVERIFY(!issue.message.isEmpty());
    }

    void reportsEveryMistakeAtOnce()
    {
        QJsonObject document = readService(QStringLiteral("hundesteuer-anmeldung"));
        editField(document, 0, 0, [](QJsonObject &f) { f[QStringLiteral("type")] = "colour"; });
        editField(document, 1, 1, [](QJsonObject &f) { f[QStringLiteral("id")] = "dog_name"; });
        document[QStringLiteral("legal_basis")] = QString();
        const QStringList found = paths(ServiceSchemaCheck::check(document));
        QCOMPARE(found.size(), 3);
        QVERIFY(found.contains(QStringLiteral("form.steps[0].fields[0].type")));
        QVERIFY(found.contains(QStringLiteral("form.steps[1].fields[1].id")));
        QVERIFY(found.contains(QStringLiteral("legal_basis")));
        const auto map = ServiceSchemaCheck::toErrorMap(ServiceSchemaCheck::check(document));
        QCOMPARE(map.size(), 3);
    }

    void theEditVersionIsNotAMistake()
    {
        QJsonObject document = readService(QStringLiteral("sperrmuell"));
        document[QStringLiteral("version")] = 4;
        document[QStringLiteral("updated_at")] = "2026-11-29T10:00:00Z";
        QVERIFY(ServiceSchemaCheck::check(document).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestServiceSchemaCheck)
#include "test_service_schema_check.moc"
