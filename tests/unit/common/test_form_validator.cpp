#include "common/forms/FormValidator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QTest>

using namespace rathaus;

namespace {

// Fixed "today": date bounds are relative to it.
const QDate kToday(2026, 3, 10);

const char *kSchema = R"({"version": 1, "steps": [
  {"title": "Eins", "fields": [
    {"id": "name", "type": "text", "required": true, "min_length": 2, "max_length": 10},
    {"id": "initials", "type": "text", "max_length": 3},
    {"id": "code", "type": "text", "pattern": "[A-Z]{2}[0-9]{3}"},
    {"id": "remarks", "type": "multiline", "max_length": 20},
    {"id": "copies", "type": "number", "required": true, "min": 1, "max": 10},
    {"id": "weight", "type": "number", "min": 0.5},
    {"id": "pickup", "type": "date", "min": 1, "max": 30},
    {"id": "born", "type": "date", "max": 0},
    {"id": "volume", "type": "choice", "required": true,
     "options": [{"value": "small", "label": "Klein"}, {"value": "large", "label": "Groß"}]},
    {"id": "items", "type": "multichoice", "min_length": 1, "max_length": 2,
     "options": [{"value": "sofa"}, {"value": "bed"}, {"value": "fridge"}]},
    {"id": "consent", "type": "checkbox", "required": true},
    {"id": "newsletter", "type": "checkbox"}
  ]},
  {"title": "Zwei", "fields": [
    {"id": "email", "type": "email", "required": true},
    {"id": "phone", "type": "phone"},
    {"id": "iban", "type": "iban"},
    {"id": "plate", "type": "licence_plate"},
    {"id": "address", "type": "postal_address", "required": true},
    {"id": "other_address", "type": "postal_address"},
    {"id": "papers", "type": "file", "required": true, "min_length": 1, "max_length": 2},
    {"id": "photos", "type": "file"},
    {"id": "large_note", "type": "text", "required": true,
     "visible_if": {"field": "volume", "equals": "large"}},
    {"id": "note_detail", "type": "text", "required": true,
     "visible_if": {"field": "large_note", "equals": "more"}},
    {"id": "fridge_model", "type": "text", "required": true,
     "visible_if": {"field": "items", "equals": "fridge"}},
    {"id": "newsletter_topic", "type": "text", "required": true,
     "visible_if": {"field": "newsletter", "equals": true}},
    {"id": "no_newsletter_reason", "type": "text", "max_length": 5,
     "visible_if": {"field": "newsletter", "equals": false}}
  ]}
]})";

FormSchema schema()
{
    const auto parsed = FormSchema::fromJson(QJsonDocument::fromJson(kSchema).object());
    if (!parsed)
        qFatal("test schema invalid: %s", qPrintable(parsed.problem().detail));
    return parsed.value();
}

QJsonObject address(const char *street, const char *postalCode, const char *city)
{
    return { { QStringLiteral("street"), QString::fromUtf8(street) },
             { QStringLiteral("postal_code"), QString::fromUtf8(postalCode) },
             { QStringLiteral("city"), QString::fromUtf8(city) } };
}

QJsonValue strings(std::initializer_list<const char *> values)
{
    QJsonArray array;
    for (const char *value : values)
        array.append(QString::fromUtf8(value));
    return array;
}

QString isoDaysFromToday(int days)
{
    return kToday.addDays(days).toString(Qt::ISODate);
}

QString shortDate(int days)
{
    return QLocale().toString(kToday.addDays(days), QLocale::ShortFormat);
}

// A complete, valid application for the schema above.
QJsonObject validData()
{
    return { { QStringLiteral("name"), QStringLiteral("Erika") },
             { QStringLiteral("copies"), 2 },
             { QStringLiteral("volume"), QStringLiteral("small") },
             { QStringLiteral("consent"), true },
             { QStringLiteral("email"), QStringLiteral("erika@example.org") },
             { QStringLiteral("address"), address("Am Sande 1", "21335", "Lüneburg") },
             { QStringLiteral("papers"), strings({ "upload-1" }) } };
}

const QString kRequired = QStringLiteral("This field is required.");
const QString kInvalid = QStringLiteral("This value is not valid.");

} // namespace

class TestFormValidator : public QObject
{
    Q_OBJECT

private:
    FormSchema m_schema = schema();

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void validateField_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("error"); // empty: valid

        const auto row = [](const char *name, const char *field, const QJsonValue &value,
                            const QString &error) {
            QTest::newRow(name) << QString::fromLatin1(field) << value << error;
        };
        const QJsonValue missing(QJsonValue::Undefined);
        const QJsonValue null(QJsonValue::Null);

        // required, for every kind of empty value
        row("text missing", "name", missing, kRequired);
        row("text null", "name", null, kRequired);
        row("text empty", "name", QString(), kRequired);
        row("text spaces", "name", QStringLiteral("   "), kRequired);
        row("number missing", "copies", missing, kRequired);
        row("choice empty", "volume", QString(), kRequired);
        row("email missing", "email", missing, kRequired);
        row("address missing", "address", missing, kRequired);
        row("address all parts empty", "address", address("", " ", ""), kRequired);
        row("file empty", "papers", QJsonArray(), kRequired);
        row("checkbox false", "consent", false, QStringLiteral("Tick this box to continue."));
        row("checkbox missing", "consent", missing, QStringLiteral("Tick this box to continue."));
        // optional fields may stay empty
        row("optional text empty", "initials", QString(), {});
        row("optional number null", "weight", null, {});
        row("optional number empty string", "weight", QString(), {});
        row("optional date missing", "pickup", missing, {});
        row("optional multichoice empty", "items", QJsonArray(), {});
        row("optional checkbox false", "newsletter", false, {});
        row("optional address missing", "other_address", missing, {});
        row("optional file empty", "photos", QJsonArray(), {});

        // text and multiline: length in characters, single line, pattern, type
        row("text ok", "name", QStringLiteral("Erika"), {});
        row("text too short", "name", QStringLiteral("E"),
            QStringLiteral("Enter at least 2 characters."));
        row("text at min", "name", QStringLiteral("Ek"), {});
        row("text at max", "name", QStringLiteral("0123456789"), {});
        row("text too long", "name", QStringLiteral("0123456789x"),
            QStringLiteral("Enter at most 10 characters."));
        row("text line break", "name", QStringLiteral("Eri\nka"),
            QStringLiteral("Enter a single line."));
        row("text number type", "name", 42, kInvalid);
        row("text array type", "name", strings({ "Erika" }), kInvalid);
        row("characters not utf16 units", "initials",
            QStringLiteral("\U0001D504\U0001D505\U0001D506"), {});
        row("four astral characters", "initials",
            QStringLiteral("\U0001D504\U0001D505\U0001D506\U0001D507"),
            QStringLiteral("Enter at most 3 characters."));
        row("umlauts are characters", "initials", QStringLiteral("ÄÖÜ"), {});
        row("pattern ok", "code", QStringLiteral("AB123"), {});
        row("pattern anchored at end", "code", QStringLiteral("AB1234"),
            QStringLiteral("Enter a value in the expected format."));
        row("pattern anchored at start", "code", QStringLiteral("xAB123"),
            QStringLiteral("Enter a value in the expected format."));
        row("pattern mismatch", "code", QStringLiteral("A1234"),
            QStringLiteral("Enter a value in the expected format."));
        row("multiline line breaks", "remarks", QStringLiteral("one\ntwo\nthree"), {});
        row("multiline too long", "remarks", QStringLiteral("one\ntwo\nthree\nfour\nfive"),
            QStringLiteral("Enter at most 20 characters."));

        // number: JSON numbers only, bounds inclusive, fractions allowed
        row("number ok", "copies", 3, {});
        row("number at min", "copies", 1, {});
        row("number at max", "copies", 10, {});
        row("number below min", "copies", 0, QStringLiteral("Enter a number of at least 1."));
        row("number negative", "copies", -4, QStringLiteral("Enter a number of at least 1."));
        row("number above max", "copies", 11, QStringLiteral("Enter a number of at most 10."));
        row("number fraction allowed", "copies", 2.5, {});
        row("number as string", "copies", QStringLiteral("3"), QStringLiteral("Enter a number."));
        row("number as bool", "copies", true, QStringLiteral("Enter a number."));
        row("fractional min ok", "weight", 0.5, {});
        row("fractional min", "weight", 0.4, QStringLiteral("Enter a number of at least 0.5."));
        row("no max", "weight", 1e9, {});

        // date: ISO, days relative to today
        row("date tomorrow", "pickup", isoDaysFromToday(1), {});
        row("date today before min", "pickup", isoDaysFromToday(0),
            QStringLiteral("Choose a date on or after %1.").arg(shortDate(1)));
        row("date last day", "pickup", isoDaysFromToday(30), {});
        row("date after max", "pickup", isoDaysFromToday(31),
            QStringLiteral("Choose a date on or before %1.").arg(shortDate(30)));
        row("past date today", "born", isoDaysFromToday(0), {});
        row("past date long ago", "born", QStringLiteral("1950-01-31"), {});
        row("past date in future", "born", isoDaysFromToday(1),
            QStringLiteral("Choose a date on or before %1.").arg(shortDate(0)));
        row("date german format", "born", QStringLiteral("10.03.2026"),
            QStringLiteral("Enter a valid date."));
        row("date impossible", "born", QStringLiteral("2025-02-30"),
            QStringLiteral("Enter a valid date."));
        row("date with time", "born", QStringLiteral("2025-02-03T10:00:00"),
            QStringLiteral("Enter a valid date."));
        row("date short", "born", QStringLiteral("2025-2-3"),
            QStringLiteral("Enter a valid date."));
        row("date number", "born", 20250203, QStringLiteral("Enter a valid date."));

        // choice
        row("choice ok", "volume", QStringLiteral("large"), {});
        row("choice unknown", "volume", QStringLiteral("huge"),
            QStringLiteral("Choose one of the offered options."));
        row("choice label not value", "volume", QStringLiteral("Klein"),
            QStringLiteral("Choose one of the offered options."));
        row("choice case matters", "volume", QStringLiteral("Small"),
            QStringLiteral("Choose one of the offered options."));
        row("choice array", "volume", strings({ "small" }),
            QStringLiteral("Choose one of the offered options."));

        // multichoice: subset, no duplicates, count bounds
        row("multichoice one", "items", strings({ "sofa" }), {});
        row("multichoice two", "items", strings({ "sofa", "fridge" }), {});
        row("multichoice too many", "items", strings({ "sofa", "bed", "fridge" }),
            QStringLiteral("Choose at most 2 options."));
        row("multichoice unknown", "items", strings({ "sofa", "piano" }),
            QStringLiteral("Choose only from the offered options."));
        row("multichoice duplicate", "items", strings({ "bed", "bed" }),
            QStringLiteral("Choose each option only once."));
        row("multichoice string", "items", QStringLiteral("sofa"), kInvalid);
        row("multichoice numbers", "items", QJsonArray { 1 },
            QStringLiteral("Choose only from the offered options."));

        // checkbox: bool only
        row("checkbox true", "consent", true, {});
        row("checkbox string", "consent", QStringLiteral("true"), kInvalid);
        row("checkbox number", "newsletter", 1, kInvalid);

        // email
        row("email ok", "email", QStringLiteral("erika.mustermann+rathaus@stadt-lueneburg.de"), {});
        row("email bad", "email", QStringLiteral("erika@example"),
            QStringLiteral("Enter a valid email address."));
        row("email number", "email", 5, kInvalid);

        // phone
        row("phone ok", "phone", QStringLiteral("+49 4131 309-0"), {});
        row("phone letters", "phone", QStringLiteral("+49 4131 CITY"),
            QStringLiteral("Enter a valid phone number."));

        // iban
        row("iban ok", "iban", QStringLiteral("DE89 3704 0044 0532 0130 00"), {});
        row("iban checksum", "iban", QStringLiteral("DE89 3704 0044 0532 0130 01"),
            QStringLiteral("Enter a valid IBAN."));

        // licence plate
        row("plate ok", "plate", QStringLiteral("LG-AB 123"), {});
        row("plate bad", "plate", QStringLiteral("LG-AB 0123"),
            QStringLiteral("Enter a valid licence plate, for example LG-AB 123."));

        // postal address: all parts once any is given, five-digit postal code
        row("address ok", "address", address("Am Sande 1", "21335", "Lüneburg"), {});
        row("address no street", "address", address("", "21335", "Lüneburg"),
            QStringLiteral("Enter street, postal code and city."));
        row("address no postal code", "address", address("Am Sande 1", "", "Lüneburg"),
            QStringLiteral("Enter street, postal code and city."));
        row("address no city", "address", address("Am Sande 1", "21335", " "),
            QStringLiteral("Enter street, postal code and city."));
        row("optional address partly given", "other_address", address("", "", "Lüneburg"),
            QStringLiteral("Enter street, postal code and city."));
        row("postal code four digits", "address", address("Am Sande 1", "2133", "Lüneburg"),
            QStringLiteral("Enter a postal code of five digits."));
        row("postal code letters", "address", address("Am Sande 1", "2133A", "Lüneburg"),
            QStringLiteral("Enter a postal code of five digits."));
        row("postal code six digits", "address", address("Am Sande 1", "213355", "Lüneburg"),
            QStringLiteral("Enter a postal code of five digits."));
        row("address string", "address", QStringLiteral("Am Sande 1, 21335 Lüneburg"), kInvalid);
        row("address unknown part", "address",
            QJsonObject { { QStringLiteral("street"), QStringLiteral("Am Sande 1") },
                          { QStringLiteral("postal_code"), QStringLiteral("21335") },
                          { QStringLiteral("city"), QStringLiteral("Lüneburg") },
                          { QStringLiteral("planet"), QStringLiteral("Earth") } },
            kInvalid);
        row("address number part", "address",
            QJsonObject { { QStringLiteral("street"), QStringLiteral("Am Sande 1") },
                          { QStringLiteral("postal_code"), 21335 },
                          { QStringLiteral("city"), QStringLiteral("Lüneburg") } },
            kInvalid);

        // file: upload ids, count bounds
        row("files one", "papers", strings({ "u1" }), {});
        row("files two", "papers", strings({ "u1", "u2" }), {});
        row("files three", "papers", strings({ "u1", "u2", "u3" }),
            QStringLiteral("Attach at most 2 files."));
        row("files duplicate", "papers", strings({ "u1", "u1" }), kInvalid);
        row("files empty id", "papers", strings({ "" }), kInvalid);
        row("files number", "papers", QJsonArray { 7 }, kInvalid);
        // One bare id, and the stored shape (objects naming the upload), count too.
        row("files string", "papers", QStringLiteral("u1"), {});
        row("files object", "papers",
            QJsonObject { { QStringLiteral("upload_id"), QStringLiteral("u1") },
                          { QStringLiteral("name"), QStringLiteral("a.pdf") } },
            {});
        row("files objects", "papers",
            QJsonArray { QJsonObject { { QStringLiteral("upload_id"), QStringLiteral("u1") } },
                         QStringLiteral("u2") },
            {});
        row("files object without id", "papers",
            QJsonArray { QJsonObject { { QStringLiteral("name"), QStringLiteral("a.pdf") } } },
            kInvalid);
        row("files object duplicate", "papers",
            QJsonArray { QJsonObject { { QStringLiteral("upload_id"), QStringLiteral("u1") } },
                         QStringLiteral("u1") },
            kInvalid);
        row("files unbounded", "photos", strings({ "a", "b", "c", "d", "e" }), {});
    }

    void validateField()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(QString, error);
        const FormValidator validator(m_schema, kToday);
        const FormField *definition = m_schema.field(field);
        QVERIFY(definition);
        QCOMPARE(validator.validateField(*definition, value), error);

        // validate() reports the same message under the field's id.
        QJsonObject data = validData();
        if (value.isUndefined())
            data.remove(field);
        else
            data.insert(field, value);
        FormValidator::Errors errors = validator.validate(data);
        QCOMPARE(errors.take(field), error);
        // Other errors only from fields this value has just made visible.
        for (const QString &other : errors.keys()) {
            const FormField *shown = m_schema.field(other);
            QVERIFY2(shown && shown->visibleIf && shown->visibleIf->field == field,
                     qPrintable(other));
        }
    }

    void minimumMultichoiceCount()
    {
        FormSchema local = m_schema;
        for (FormStep &step : local.steps) {
            for (FormField &field : step.fields) {
                if (field.id == QLatin1String("items"))
                    field.minLength = 2;
            }
        }
        const FormValidator validator(local, kToday);
        QCOMPARE(
            validator.validateField(*local.field(QStringLiteral("items")), strings({ "sofa" })),
            QStringLiteral("Choose at least 2 options."));
        QCOMPARE(validator.validateField(*local.field(QStringLiteral("items")),
                                         strings({ "sofa", "bed" })),
                 QString());
    }

    void minimumFileCount()
    {
        FormSchema local = m_schema;
        local.steps[1].fields[6].minLength = 2;
        QCOMPARE(local.steps[1].fields[6].id, QStringLiteral("papers"));
        const FormValidator validator(local, kToday);
        QCOMPARE(validator.validateField(*local.field(QStringLiteral("papers")), strings({ "u1" })),
                 QStringLiteral("Attach at least 2 files."));
    }

    void validDataHasNoErrors()
    {
        const FormValidator validator(m_schema, kToday);
        QCOMPARE(validator.validate(validData()), FormValidator::Errors());
    }

    void emptyDataListsEveryRequiredField()
    {
        const FormValidator validator(m_schema, kToday);
        const FormValidator::Errors errors = validator.validate({});
        QCOMPARE(
            errors.keys(),
            QStringList({ QStringLiteral("address"), QStringLiteral("consent"),
                          QStringLiteral("copies"), QStringLiteral("email"), QStringLiteral("name"),
                          QStringLiteral("papers"), QStringLiteral("volume") }));
    }

    void unknownFields()
    {
        const FormValidator validator(m_schema, kToday);
        QJsonObject data = validData();
        data.insert(QStringLiteral("shoe_size"), 42);
        data.insert(QStringLiteral("Name"), QStringLiteral("case matters"));
        const FormValidator::Errors errors = validator.validate(data);
        QCOMPARE(errors.size(), 2);
        QCOMPARE(errors.value(QStringLiteral("shoe_size")), QStringLiteral("Unknown field."));
        QCOMPARE(errors.value(QStringLiteral("Name")), QStringLiteral("Unknown field."));
    }

    void visibleIf_data()
    {
        QTest::addColumn<QJsonObject>("changes");
        QTest::addColumn<QStringList>("errorFields");

        const auto with = [](std::initializer_list<std::pair<const char *, QJsonValue>> members) {
            QJsonObject object;
            for (const auto &[key, value] : members)
                object.insert(QString::fromLatin1(key), value);
            return object;
        };
        QTest::newRow("hidden required field is not required")
            << with({ { "volume", QStringLiteral("small") } }) << QStringList();
        QTest::newRow("shown required field is required")
            << with({ { "volume", QStringLiteral("large") } })
            << QStringList { QStringLiteral("large_note") };
        QTest::newRow("shown and given") << with({ { "volume", QStringLiteral("large") },
                                                   { "large_note", QStringLiteral("heavy") } })
                                         << QStringList();
        QTest::newRow("hidden field's invalid value is ignored")
            << with({ { "volume", QStringLiteral("small") }, { "large_note", 12345 } })
            << QStringList();
        QTest::newRow("shown field's invalid value counts")
            << with({ { "volume", QStringLiteral("large") }, { "large_note", 12345 } })
            << QStringList { QStringLiteral("large_note") };
        QTest::newRow("chain: shown under shown")
            << with({ { "volume", QStringLiteral("large") },
                      { "large_note", QStringLiteral("more") } })
            << QStringList { QStringLiteral("note_detail") };
        QTest::newRow("chain: hidden under hidden, stale controller value")
            << with({ { "volume", QStringLiteral("small") },
                      { "large_note", QStringLiteral("more") } })
            << QStringList();
        QTest::newRow("multichoice contains")
            << with({ { "items", strings({ "sofa", "fridge" }) } })
            << QStringList { QStringLiteral("fridge_model") };
        QTest::newRow("multichoice does not contain")
            << with({ { "items", strings({ "sofa" }) } }) << QStringList();
        QTest::newRow("checkbox true shows") << with({ { "newsletter", true } })
                                             << QStringList { QStringLiteral("newsletter_topic") };
        QTest::newRow("checkbox false hides") << with({ { "newsletter", false } }) << QStringList();
        QTest::newRow("equals false: absent box counts as false")
            << with({ { "no_newsletter_reason", QStringLiteral("too long") } })
            << QStringList { QStringLiteral("no_newsletter_reason") };
        QTest::newRow("equals false: ticked box hides")
            << with({ { "newsletter", true },
                      { "newsletter_topic", QStringLiteral("x") },
                      { "no_newsletter_reason", QStringLiteral("too long") } })
            << QStringList();
        QTest::newRow("type matters: string true is not true")
            << with({ { "newsletter", QStringLiteral("true") } })
            << QStringList { QStringLiteral("newsletter") };
    }

    void visibleIf()
    {
        QFETCH(QJsonObject, changes);
        QFETCH(QStringList, errorFields);
        QJsonObject data = validData();
        for (auto it = changes.constBegin(); it != changes.constEnd(); ++it)
            data.insert(it.key(), it.value());
        const FormValidator validator(m_schema, kToday);
        QCOMPARE(validator.validate(data).keys(), errorFields);
    }

    void withoutHiddenValues()
    {
        const FormValidator validator(m_schema, kToday);
        QJsonObject data = validData();
        data.insert(QStringLiteral("large_note"), QStringLiteral("stale"));
        data.insert(QStringLiteral("shoe_size"), 42);
        const QJsonObject kept = validator.withoutHiddenValues(data);
        QVERIFY(!kept.contains(QLatin1String("large_note")));
        QVERIFY(!kept.contains(QLatin1String("shoe_size")));
        QCOMPARE(kept, validData());
        data.insert(QStringLiteral("volume"), QStringLiteral("large"));
        QCOMPARE(validator.withoutHiddenValues(data).value(QLatin1String("large_note")).toString(),
                 QStringLiteral("stale"));
    }

    void isVisibleWithoutCondition()
    {
        const FormValidator validator(m_schema, kToday);
        QVERIFY(validator.isVisible(*m_schema.field(QStringLiteral("name")), {}));
        QVERIFY(!validator.isVisible(*m_schema.field(QStringLiteral("large_note")), {}));
    }

    void iban_data()
    {
        QTest::addColumn<QString>("iban");
        QTest::addColumn<bool>("valid");
        QTest::newRow("DE") << QStringLiteral("DE89 3704 0044 0532 0130 00") << true;
        QTest::newRow("DE compact") << QStringLiteral("DE89370400440532013000") << true;
        QTest::newRow("DE lowercase") << QStringLiteral("de89 3704 0044 0532 0130 00") << true;
        QTest::newRow("DE other") << QStringLiteral("DE02120300000000202051") << true;
        QTest::newRow("GB") << QStringLiteral("GB82 WEST 1234 5698 7654 32") << true;
        QTest::newRow("FR") << QStringLiteral("FR14 2004 1010 0505 0001 3M02 606") << true;
        QTest::newRow("NL") << QStringLiteral("NL91 ABNA 0417 1643 00") << true;
        QTest::newRow("AT") << QStringLiteral("AT61 1904 3002 3457 3201") << true;
        QTest::newRow("CH") << QStringLiteral("CH93 0076 2011 6238 5295 7") << true;
        QTest::newRow("BE") << QStringLiteral("BE68 5390 0754 7034") << true;
        QTest::newRow("ES") << QStringLiteral("ES91 2100 0418 4502 0005 1332") << true;
        QTest::newRow("IT") << QStringLiteral("IT60 X054 2811 1010 0000 0123 456") << true;
        QTest::newRow("PL") << QStringLiteral("PL61 1090 1014 0000 0712 1981 2874") << true;
        QTest::newRow("NO shortest") << QStringLiteral("NO93 8601 1117 947") << true;
        QTest::newRow("checksum off by one") << QStringLiteral("DE89370400440532013001") << false;
        QTest::newRow("swapped digits") << QStringLiteral("DE89370400440532031000") << false;
        QTest::newRow("DE too short, checksum fine")
            << QStringLiteral("DE863704004405320130") << false;
        QTest::newRow("DE too long") << QStringLiteral("DE893704004405320130000") << false;
        QTest::newRow("unknown country, checksum fine")
            << QStringLiteral("ZZ1812345678901234") << false;
        QTest::newRow("hyphens") << QStringLiteral("DE89-3704-0044-0532-0130-00") << false;
        QTest::newRow("no country") << QStringLiteral("8937040044053201300012") << false;
        QTest::newRow("empty") << QString() << false;
    }

    void iban()
    {
        QFETCH(QString, iban);
        QFETCH(bool, valid);
        QCOMPARE(FormValidator::isValidIban(iban), valid);
    }

    void licencePlate_data()
    {
        QTest::addColumn<QString>("plate");
        QTest::addColumn<bool>("valid");
        QTest::newRow("hyphen") << QStringLiteral("LG-AB 123") << true;
        QTest::newRow("space") << QStringLiteral("LG AB 123") << true;
        QTest::newRow("shortest") << QStringLiteral("M-X 1") << true;
        QTest::newRow("four digits") << QStringLiteral("B-AB 1234") << true;
        QTest::newRow("three letter district") << QStringLiteral("WOB-A 12") << true;
        QTest::newRow("no space before digits") << QStringLiteral("LG-AB123") << true;
        QTest::newRow("electric") << QStringLiteral("M-AB 123E") << true;
        QTest::newRow("historic") << QStringLiteral("HH-A 99H") << true;
        QTest::newRow("umlaut district") << QStringLiteral("TÜ-AB 12") << true;
        QTest::newRow("lowercase typed") << QStringLiteral("lg-ab 123") << true;
        QTest::newRow("surrounding spaces") << QStringLiteral(" LG-AB 123 ") << true;
        QTest::newRow("eight characters") << QStringLiteral("WOB-AB 123") << true;
        QTest::newRow("nine characters") << QStringLiteral("WOB-AB 1234") << false;
        QTest::newRow("leading zero") << QStringLiteral("LG-AB 0123") << false;
        QTest::newRow("zero alone") << QStringLiteral("M-A 0") << false;
        QTest::newRow("five digits") << QStringLiteral("LG-AB 12345") << false;
        QTest::newRow("three middle letters") << QStringLiteral("LG-ABC 123") << false;
        QTest::newRow("four letter district") << QStringLiteral("ABCD-A 1") << false;
        QTest::newRow("no separator") << QStringLiteral("LGAB 123") << false;
        QTest::newRow("double separator") << QStringLiteral("LG--AB 1") << false;
        QTest::newRow("no digits") << QStringLiteral("LG-AB") << false;
        QTest::newRow("other suffix") << QStringLiteral("LG-AB 123X") << false;
        QTest::newRow("digits in district") << QStringLiteral("L1-AB 12") << false;
        QTest::newRow("empty") << QString() << false;
    }

    void licencePlate()
    {
        QFETCH(QString, plate);
        QFETCH(bool, valid);
        QCOMPARE(FormValidator::isValidGermanLicencePlate(plate), valid);
    }

    void email_data()
    {
        QTest::addColumn<QString>("email");
        QTest::addColumn<bool>("valid");
        QTest::newRow("simple") << QStringLiteral("erika@example.org") << true;
        QTest::newRow("plus and dots")
            << QStringLiteral("erika.m+rathaus@stadt-lueneburg.de") << true;
        QTest::newRow("short") << QStringLiteral("a@b.co") << true;
        QTest::newRow("subdomain") << QStringLiteral("post@mail.lueneburg.de") << true;
        QTest::newRow("idn domain") << QStringLiteral("max@müller.de") << true;
        QTest::newRow("surrounding spaces") << QStringLiteral(" erika@example.org ") << true;
        QTest::newRow("no at") << QStringLiteral("erika.example.org") << false;
        QTest::newRow("no local part") << QStringLiteral("@example.org") << false;
        QTest::newRow("no domain") << QStringLiteral("erika@") << false;
        QTest::newRow("no tld") << QStringLiteral("erika@example") << false;
        QTest::newRow("two ats") << QStringLiteral("erika@@example.org") << false;
        QTest::newRow("double dot domain") << QStringLiteral("erika@example..org") << false;
        QTest::newRow("leading dot") << QStringLiteral(".erika@example.org") << false;
        QTest::newRow("trailing dot local") << QStringLiteral("erika.@example.org") << false;
        QTest::newRow("hyphen label") << QStringLiteral("erika@-example.org") << false;
        QTest::newRow("space inside") << QStringLiteral("er ika@example.org") << false;
        QTest::newRow("numeric tld") << QStringLiteral("erika@example.123") << false;
        QTest::newRow("local part too long")
            << QString(65, QLatin1Char('a')) + QStringLiteral("@example.org") << false;
        QTest::newRow("empty") << QString() << false;
    }

    void email()
    {
        QFETCH(QString, email);
        QFETCH(bool, valid);
        QCOMPARE(FormValidator::isValidEmail(email), valid);
    }

    void phone_data()
    {
        QTest::addColumn<QString>("phone");
        QTest::addColumn<bool>("valid");
        QTest::newRow("international") << QStringLiteral("+49 4131 309-0") << true;
        QTest::newRow("slash") << QStringLiteral("04131 / 30 90") << true;
        QTest::newRow("parentheses") << QStringLiteral("(04131) 3090") << true;
        QTest::newRow("trunk zero in parentheses") << QStringLiteral("+49 (0) 4131 3090") << true;
        QTest::newRow("six digits") << QStringLiteral("123456") << true;
        QTest::newRow("twenty digits") << QString(20, QLatin1Char('1')) << true;
        QTest::newRow("five digits") << QStringLiteral("12345") << false;
        QTest::newRow("twenty-one digits") << QString(21, QLatin1Char('1')) << false;
        QTest::newRow("letters") << QStringLiteral("+49 4131 abc") << false;
        QTest::newRow("plus inside") << QStringLiteral("49+4131 3090") << false;
        QTest::newRow("two plus") << QStringLiteral("++49 4131 3090") << false;
        QTest::newRow("dots") << QStringLiteral("04131.3090") << false;
        QTest::newRow("empty") << QString() << false;
    }

    void phone()
    {
        QFETCH(QString, phone);
        QFETCH(bool, valid);
        QCOMPARE(FormValidator::isValidPhone(phone), valid);
    }
};

QTEST_GUILESS_MAIN(TestFormValidator)
#include "test_form_validator.moc"
